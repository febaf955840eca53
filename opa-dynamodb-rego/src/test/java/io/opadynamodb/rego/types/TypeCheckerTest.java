package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import io.opadynamodb.rego.value.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeCheckerTest {
  private static final TypeEnv ENV = TypeEnv.of(BuiltinDecls.standard());

  private static List<RegoError> check(String... sources) {
    List<Module> modules = new java.util.ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      modules.add(RegoParser.parseModule("m" + i + ".rego", sources[i], RegoVersion.V1));
    }
    return TypeChecker.check(modules, ENV);
  }

  /** Messages name a rule's local variables as written (opa v1.22.2: {@code undefined ref: x.b}). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"y if { x := {\"a\": 1}; x.b == 2 }",
      "y if { some x in [1]; x.b == 2 }", "y if { x := {\"a\": 1}; z := [v | v := x.b] }",
      "y if { [x, z] := [{\"a\": 1}, 2]; x.b == z }"})
  void compiled_rule_locals_print_with_their_source_names(String rule) {
    CompileException e = catchThrowableOfType(CompileException.class,
        () -> PolicySet.builder().module("p.rego", "package p\n" + rule + "\n").build());
    assertThat(e.errors().get(0).message()).startsWith("undefined ref: x.b\n");
  }

  @Test
  void query_sees_rule_types() {
    Module m = RegoParser.parseModule("m.rego", "package p\nq := \"s\"\nf(x) := x + 1\n", RegoVersion.V1);
    TypeChecker.ModulesResult r = TypeChecker.check(List.of(m), ENV, TypeChecker.Options.DEFAULT);
    assertThat(r.errors()).isEmpty();
    List<RegoError> errs = TypeChecker.checkQuery(RegoParser.parseQuery("x := data.p.q + 1", RegoVersion.V1), r.env());
    assertThat(errs).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("rego_type_error");
      assertThat(e.message()).isEqualTo("plus: invalid argument(s)\n\thave: (string, number, ???)\n\t"
          + "want: (x: number, y: number, z: number)");
    });
    assertThat(TypeChecker.checkQuery(RegoParser.parseQuery("data.p.f(1, y)", RegoVersion.V1), r.env())).isEmpty();
    assertThat(TypeChecker.checkQuery(RegoParser.parseQuery("data.p.f(1, 2, 3)", RegoVersion.V1), r.env()))
        .singleElement().extracting(RegoError::message)
        .isEqualTo("data.p.f: arity mismatch\n\thave: (number, number, number)\n\twant: (number)");
  }

  @Test
  void custom_builtin_is_checked() {
    BuiltinDecls decls = BuiltinDecls.standard().withCustom("dynamodb.get",
        FunctionType.of(List.of(Types.objectOf(Types.A, Types.A)), Types.objectOf(Types.A, Types.A)));
    TypeEnv env = TypeEnv.of(decls);
    Module ok = RegoParser.parseModule("m.rego", "package p\nq := dynamodb.get({\"table\": \"t\"})\n", RegoVersion.V1);
    assertThat(TypeChecker.check(List.of(ok), env)).isEmpty();
    Module bad = RegoParser.parseModule("m.rego", "package p\nq := dynamodb.get(\"t\")\n", RegoVersion.V1);
    assertThat(TypeChecker.check(List.of(bad), env)).singleElement().extracting(RegoError::message)
        .isEqualTo("dynamodb.get: invalid argument(s)\n\thave: (string, ???)\n\t"
            + "want: (object[any: any], object[any: any])");
    assertThat(TypeChecker.check(List.of(ok), ENV)).singleElement().extracting(RegoError::message)
        .isEqualTo("undefined function dynamodb.get");
  }

  @Test
  void errors_in_several_rules_are_sorted_by_location() {
    List<RegoError> errs = check("package p\nb := 1 + \"a\"\na := upper(1)\n");
    assertThat(errs).extracting(e -> e.location().row()).containsExactly(2, 3);
  }

  @Test
  void rule_types_flow_across_modules() {
    assertThat(check("package a\nx := \"s\"\n", "package b\nimport data.a\ny := a.x + 1\n"))
        .singleElement().extracting(RegoError::message)
        .isEqualTo("plus: invalid argument(s)\n\thave: (string, number, ???)\n\twant: (x: number, y: number, z: number)");
  }

  @Test
  void erroneous_rule_is_typed_any_for_dependents() {
    List<RegoError> errs = check("package p\nx := y if { y := 1 + \"a\" }\nz := upper(x)\n");
    assertThat(errs).hasSize(1);
  }

  @Test
  void with_replacing_a_rule_relaxes_its_dependents() {
    assertThat(check("package p\na := 1\nb := a\nq if { b == \"x\" with data.p.a as \"s\" }\n")).isEmpty();
    assertThat(check("package p\na := 1\nb := a\nq if { b == \"x\" }\n")).hasSize(1);
  }

  @Test
  void allow_undefined_functions() {
    Module m = RegoParser.parseModule("m.rego", "package p\nq := nope(1)\n", RegoVersion.V1);
    TypeChecker.Options opts = new TypeChecker.Options(java.util.Map.of(), true, true, null);
    assertThat(TypeChecker.check(List.of(m), ENV, opts).errors()).isEmpty();
  }

  @Test
  void a_dynamic_key_into_data_from_a_rule_or_function_argument_is_not_an_undefined_ref() {
    PolicySet ps = PolicySet.builder()
        .module("r.rego", "package r\nimport rego.v1\nrule := input.rule\nv(path) := data.policies[path[0]][rule]\n")
        .module("c.rego", "package policies.compute\nimport rego.v1\ndeny contains \"x\" if true\n")
        .build();
    EvalResult r = ps.evaluate("data.r.v([\"compute\"])",
        EvalOptions.builder().inputJson("{\"rule\": \"deny\"}").build());
    assertThat(Json.write(r.rows().get(0).expressions().get(0))).isEqualTo("[\"x\"]");
  }

  @Test
  void a_dynamic_key_into_data_that_cannot_be_a_string_is_still_an_undefined_ref() {
    CompileException e = catchThrowableOfType(CompileException.class, () -> PolicySet.builder()
        .module("r.rego", "package r\nv := data.policies[count([1])]\n")
        .module("c.rego", "package policies.compute\nimport rego.v1\ndeny contains \"x\" if true\n")
        .build());
    assertThat(e).isNotNull();
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.code()).isEqualTo("rego_type_error");
      assertThat(err.message().lines().findFirst()).hasValue("undefined ref: data.policies[count([1])]");
      assertThat(err.location().row()).isEqualTo(2);
      assertThat(err.location().col()).isEqualTo(6);
    });
  }
}
