package io.opadynamodb.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueOrderTest {
  @Test
  void typesOrderAsOpaDoes() {
    List<Value> ordered = List.of(NullValue.INSTANCE, BooleanValue.FALSE, BooleanValue.TRUE, NumberValue.of(-1),
        NumberValue.of(2), StringValue.of("a"), ArrayValue.of(), ObjectValue.EMPTY, SetValue.EMPTY);
    for (int i = 0; i + 1 < ordered.size(); i++) {
      assertThat(ordered.get(i).compareTo(ordered.get(i + 1))).isNegative();
      assertThat(ordered.get(i + 1).compareTo(ordered.get(i))).isPositive();
    }
  }

  @Test
  void numbersCompareByValueAndKeepTheirLiteralText() {
    NumberValue one = NumberValue.of(1);
    NumberValue oneDotZero = NumberValue.parse("1.0");
    assertThat(oneDotZero).isEqualTo(one);
    assertThat(oneDotZero.hashCode()).isEqualTo(one.hashCode());
    assertThat(oneDotZero.toJsonText()).isEqualTo("1.0");
    assertThat(NumberValue.parse("1e400").compareTo(NumberValue.of(Long.MAX_VALUE))).isPositive();
    assertThat(NumberValue.of(new BigDecimal("2.50")).toJsonText()).isEqualTo("2.5");
  }

  @Test
  void setsDeduplicateNumericallyEqualElements() {
    SetValue s = SetValue.of(NumberValue.of(1), NumberValue.parse("1.0"), NumberValue.of(2));
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.contains(NumberValue.parse("2.0"))).isTrue();
  }

  @Test
  void stringsCompareByCodePoint() {
    // U+FFFD is below U+1F600 as a code point, though its UTF-16 unit is above the surrogate.
    assertThat(StringValue.of("\uFFFD").compareTo(StringValue.of("\uD83D\uDE00"))).isNegative();
  }

  @Test
  void largeObjectsAreLookedUpByKey() {
    ObjectValue.Builder b = ObjectValue.builder();
    for (int i = 0; i < 100; i++) {
      b.put("user" + i, NumberValue.of(i));
    }
    ObjectValue o = b.build();
    assertThat(o.get("user42")).isEqualTo(NumberValue.of(42));
    assertThat(o.get("nobody")).isNull();
    assertThat(o.toString()).startsWith("{\"user0\": 0, \"user1\": 1, \"user10\": 10");
  }
}
