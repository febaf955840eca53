package io.opadynamodb.spring.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpContextTest {

  @Test
  void segmentsAreDecodedAndAPlusStaysAPlus() {
    assertThat(HttpContext.segments("/a+b//c%20d/%E2%82%AC/plain/"))
        .isEqualTo(List.of("a+b", "c d", "\u20ac", "plain"));
    assertThat(HttpContext.segments("/x%2By+z")).isEqualTo(List.of("x+y+z"));
    assertThat(HttpContext.segments("/")).isEmpty();
  }

  @Test
  void malformedEscapesInASegmentAreABadRequest() {
    assertThatThrownBy(() -> HttpContext.segments("/servers/x%zz")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("malformed path segment encoding");
  }
}
