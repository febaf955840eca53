package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

class ParseModuleBuiltinTest {
  private static BuiltinFunction fn() {
    BuiltinRegistry r = new BuiltinRegistry();
    new ParseModuleBuiltin().register(r);
    return r.get("rego.parse_module");
  }

  @Test
  void returnsOpasJsonAst() {
    Value m = fn().call(null, new Value[] {StringValue.of("x.rego"),
        StringValue.of("package foo.bar\n\nimport rego.v1\nimport data.a\n\np if { a = true }")});
    ObjectValue pkg = (ObjectValue) ((ObjectValue) m).get("package");
    ObjectValue second = (ObjectValue) ((ArrayValue) pkg.get("path")).get(1);
    assertThat(second.get("value")).isEqualTo(StringValue.of("foo"));
    assertThat(((ArrayValue) ((ObjectValue) m).get("rules")).size()).isEqualTo(1);
  }

  @Test
  void syntaxErrorsUseOpasText() {
    assertThatThrownBy(() -> fn().call(null, new Value[] {StringValue.of("x.rego"), StringValue.of("package foo.")}))
        .isInstanceOf(BuiltinException.class)
        .hasMessage("1 error occurred: x.rego:1: rego_parse_error: unexpected eof token: expected identifier\n"
            + "\tpackage foo.\n\t           ^");
  }

  @Test
  void v1ChecksAreReportedWithoutSourceLines() {
    assertThatThrownBy(() -> fn().call(null, new Value[] {StringValue.of("x.rego"),
        StringValue.of("package foo\np { 1 }\nq { 2 }")}))
        .hasMessage("2 errors occurred:\nx.rego:2: rego_parse_error: `if` keyword is required before rule body\n"
            + "x.rego:3: rego_parse_error: `if` keyword is required before rule body");
  }
}
