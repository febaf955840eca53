package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse errors (message, row, column) compared with those of {@code opa parse} v1.22.2 for the
 * same sources; {@code opa-parse-errors.json} was recorded from the real binary. YAML messages
 * of {@code # METADATA} blocks come from a different YAML library and are only compared by row.
 */
class OpaParseErrorsTest {
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = OpaParseErrorsTest.class.getResourceAsStream("/parser/opa-parse-errors.json")) {
      ArrayValue all = (ArrayValue) Json.parse(in);
      List<Arguments> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        ObjectValue c = (ObjectValue) all.get(i);
        out.add(Arguments.of(i, str(c.get("version")), str(c.get("source")), c.get("errors")));
      }
      return out.stream();
    }
  }

  private static String str(Value v) {
    return ((StringValue) v).value();
  }

  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void sameErrorsAsOpa(int index, String version, String source, ArrayValue want) {
    List<RegoError> got = List.of();
    try {
      RegoParser.parseModule("s.rego", source, version.equals("v0") ? RegoVersion.V0 : RegoVersion.V1);
    } catch (CompileException e) {
      got = e.errors();
    }
    assertThat(got).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      ObjectValue w = (ObjectValue) want.get(i);
      RegoError g = got.get(i);
      assertThat(g.code()).isEqualTo("rego_parse_error");
      assertThat(g.location().row()).isEqualTo(((NumberValue) w.get("row")).longValue());
      String msg = str(w.get("message"));
      if (!msg.startsWith("yaml:")) {
        assertThat(g.location().col()).isEqualTo(((NumberValue) w.get("col")).longValue());
        assertThat(g.message()).isEqualTo(msg);
      }
    }
  }
}
