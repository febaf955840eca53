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
import org.junit.jupiter.api.Test;

/**
 * Recorded answers of {@code opa parse} v1.22.2 (see {@link OracleAstDiffTest} and
 * {@link OracleErrorDiffTest} for the full runs): 250 compliance-suite modules with their JSON AST,
 * and 700 modules broken at random with OPA's errors (message, row, column).
 */
class RecordedOracleTest {
  private static ArrayValue load(String name) throws IOException {
    try (InputStream in = RecordedOracleTest.class.getResourceAsStream(name)) {
      return (ArrayValue) Json.parse(in);
    }
  }

  private static String str(Value v) {
    return ((StringValue) v).value();
  }

  private static RegoVersion version(ObjectValue c) {
    return str(c.get("version")).equals("v0") ? RegoVersion.V0 : RegoVersion.V1;
  }

  @Test
  void sameAstAsOpa() throws IOException {
    ArrayValue all = load("/parser/opa-asts.json");
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ObjectValue c = (ObjectValue) all.get(i);
      ObjectValue ours = AstJson.module(RegoParser.parseDetailed("m.rego", str(c.get("source")), version(c), true));
      ours = ours.without(StringValue.of("comments"));
      if (!ours.equals(c.get("ast"))) {
        diffs.add(str(c.get("source")));
      }
    }
    assertThat(all.size()).isEqualTo(250);
    assertThat(diffs).isEmpty();
  }

  @Test
  void sameErrorsAsOpa() throws IOException {
    ArrayValue all = load("/parser/opa-broken-modules.json");
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ObjectValue c = (ObjectValue) all.get(i);
      StringBuilder want = new StringBuilder();
      ArrayValue errs = (ArrayValue) c.get("errors");
      for (int j = 0; j < errs.size(); j++) {
        ObjectValue e = (ObjectValue) errs.get(j);
        want.append(((NumberValue) e.get("row")).longValue()).append(':')
            .append(((NumberValue) e.get("col")).longValue()).append(' ').append(str(e.get("message"))).append('\n');
      }
      StringBuilder got = new StringBuilder();
      try {
        RegoParser.parseModule("m.rego", str(c.get("source")), version(c));
      } catch (CompileException e) {
        for (RegoError err : e.errors()) {
          got.append(err.location().row()).append(':').append(err.location().col()).append(' ')
              .append(err.message()).append('\n');
        }
      }
      if (!want.toString().equals(got.toString())) {
        diffs.add(str(c.get("source")) + "\nwant " + want + "got  " + got);
      }
    }
    assertThat(all.size()).isEqualTo(700);
    assertThat(diffs).isEmpty();
  }
}
