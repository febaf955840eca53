package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.ast.Annotations;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.StringValue;
import org.junit.jupiter.api.Test;

/** Rule heads, else chains, wildcards, annotations, template strings and logical operators. */
class RuleShapesTest {
  private static Module v1(String src) {
    return RegoParser.parseModule("t.rego", src, RegoVersion.V1);
  }

  @Test
  void refHeads() {
    Module m = v1("""
        package x
        a.b[c] contains x if { c := "k"; x := 1 }
        a.b.c := 1
        a.b[c].d := 1 if c := "q"
        a.b.c.d if true
        """);
    Rule r0 = m.rules().get(0);
    assertThat(TermPrinter.print(r0.head().ref())).isEqualTo("a.b[c]");
    assertThat(r0.head().isMultiValue()).isTrue();
    assertThat(TermPrinter.print(m.rules().get(1).head().ref())).isEqualTo("a.b.c");
    assertThat(TermPrinter.print(m.rules().get(1).head().value())).isEqualTo("1");
    assertThat(TermPrinter.print(m.rules().get(2).head().ref())).isEqualTo("a.b[c].d");
    assertThat(TermPrinter.print(m.rules().get(3).head().value())).isEqualTo("true");
  }

  @Test
  void elseChainsKeepTheHeadAndRenumberWildcards() {
    Module m = v1("""
        package x
        f(_) := 1 if false else := 2 if false else := 3
        """);
    Rule f = m.rules().get(0);
    assertThat(((Var) f.head().args().get(0)).name()).isEqualTo("$0");
    Rule e1 = f.elseRule();
    assertThat(((Var) e1.head().args().get(0)).name()).isEqualTo("$1");
    assertThat(TermPrinter.print(e1.head().value())).isEqualTo("2");
    Rule e2 = e1.elseRule();
    assertThat(TermPrinter.print(e2.head().value())).isEqualTo("3");
    assertThat(TermPrinter.body(e2.body())).isEqualTo("true");
  }

  @Test
  void v0MultipleBodiesShareTheHead() {
    Module m = RegoParser.parseModule("t.rego", "package x\np[x] { x := 1 } { x := 2 }\n", RegoVersion.V0);
    assertThat(m.rules()).hasSize(2);
    assertThat(TermPrinter.print(m.rules().get(1).head().key())).isEqualTo("x");
    assertThat(m.rules().get(1).location().text()).isEqualTo("{ x := 2 }");
  }

  @Test
  void wildcardsAreNumberedPerModule() {
    Module m = v1("package x\np if { input[_] == 1 }\nq if { input[_][_] }\n");
    Ref r = (Ref) ((Expr.TermExpr) m.rules().get(1).body().get(0)).term();
    assertThat(((Var) r.get(1)).name()).isEqualTo("$1");
    assertThat(((Var) r.get(2)).name()).isEqualTo("$2");
    // printed as OPA prints wildcards
    assertThat(TermPrinter.body(m.rules().get(1).body())).isEqualTo("input[_][_]");
  }

  @Test
  void annotationsGetOpaScopes() {
    Module m = v1("""
        # METADATA
        # title: The package
        package x

        # METADATA
        # title: Allow
        # description: lets people in
        # authors:
        # - Jane Doe <jane@example.com>
        # custom:
        #   severity: high
        allow if true

        # METADATA
        # scope: document
        # title: Doc
        deny if false
        """);
    assertThat(m.annotations()).hasSize(3);
    assertThat(m.annotations().get(0).scope()).isEqualTo("package");
    Annotations allow = m.rules().get(0).annotations().get(0);
    assertThat(allow.scope()).isEqualTo("rule");
    assertThat(allow.content().get("title")).isEqualTo(StringValue.of("Allow"));
    assertThat(allow.content().get("authors").toString()).contains("jane@example.com");
    assertThat(m.rules().get(1).annotations().get(0).scope()).isEqualTo("document");
  }

  @Test
  void templateStringsBecomeTemplateStringCalls() {
    Module m = v1("package x\na := 1\np := $\"v={a} sum={a + 1} lit={2}\"\n");
    String printed = TermPrinter.print(m.rules().get(1).head().value());
    assertThat(printed).isEqualTo(
        "internal.template_string([\"v=\", {a}, \" sum=\", {__tmpl0__ | eq(__tmpl0__, plus(a, 1))}, \" lit=\", 2])");
  }

  @Test
  void logicalOperatorsAreScopedDefinednessTests() {
    Module m = v1("package x\nimport future.keywords.and\nimport future.keywords.or\n"
        + "p if { input.a and input.b or not input.c }\n");
    Body b = m.rules().get(0).body();
    assertThat(b.size()).isEqualTo(1);
    assertThat(TermPrinter.body(b)).isEqualTo(
        "equal([1 | not neq([1 | neq([1 | input.a], []); neq([1 | input.b], [])], []); "
            + "equal([1 | not input.c], [])], [])");
  }

  @Test
  void notBodies() {
    Module m = v1("package x\nimport future.keywords.not\np if { not { input.a; input.b } }\n");
    Expr e = m.rules().get(0).body().get(0);
    assertThat(TermPrinter.expr(e)).isEqualTo("equal([1 | input.a; input.b], [])");
  }
}
