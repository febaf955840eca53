package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedBuiltinCheckTest {

  @Test
  void v1_modules_may_not_call_deprecated_builtins() {
    Module m = RegoParser.parseModule("dep.rego",
        "package p\nq if { any([true]) }\nr if { x := set_diff({1}, {2}); count(x) > 0 }\ns := [re_match(\"a\", \"a\")]\n",
        RegoVersion.V1);
    List<RegoError> errs = DeprecatedBuiltinCheck.check(List.of(m), BuiltinDecls.standard(), false);
    // Texts as `opa check` v1.22.2 prints them (file:row); columns checked through the locations.
    assertThat(errs).extracting(RegoError::toString).containsExactly(
        "dep.rego:2: rego_type_error: deprecated built-in function calls in expression: any",
        "dep.rego:3: rego_type_error: deprecated built-in function calls in expression: set_diff",
        "dep.rego:4: rego_type_error: deprecated built-in function calls in expression: re_match");
    assertThat(errs).extracting(e -> e.location().col()).containsExactly(8, 13, 7);
  }

  @Test
  void v0_modules_may_unless_strict_or_importing_rego_v1() {
    Module m = RegoParser.parseModule("dep.rego", "package p\nq { any([true]) }\n", RegoVersion.V0);
    assertThat(DeprecatedBuiltinCheck.check(List.of(m), BuiltinDecls.standard(), false)).isEmpty();
    assertThat(DeprecatedBuiltinCheck.check(List.of(m), BuiltinDecls.standard(), true)).hasSize(1);
    Module v1 = RegoParser.parseModule("dep.rego", "package p\nimport rego.v1\nq if { any([true]) }\n",
        RegoVersion.V0);
    assertThat(DeprecatedBuiltinCheck.check(List.of(v1), BuiltinDecls.standard(), false)).hasSize(1);
  }
}
