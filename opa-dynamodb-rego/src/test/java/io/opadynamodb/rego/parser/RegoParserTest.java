package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.ast.Var;
import org.junit.jupiter.api.Test;

class RegoParserTest {
  private static Module v1(String src) {
    return RegoParser.parseModule("test.rego", src, RegoVersion.V1);
  }

  private static Module v0(String src) {
    return RegoParser.parseModule("test.rego", src, RegoVersion.V0);
  }

  private static RegoError firstError(String src, RegoVersion v) {
    try {
      RegoParser.parseModule("test.rego", src, v);
    } catch (CompileException e) {
      return e.errors().get(0);
    }
    throw new AssertionError("expected a parse error");
  }

  private static String error(String src, RegoVersion v) {
    try {
      RegoParser.parseModule("test.rego", src, v);
    } catch (CompileException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a parse error");
  }

  @Test
  void parsesCommonRules() {
    Module m = v1("""
        package a.b
        import rego.v1
        import data.x.y as z
        default allow := false
        allow if {
          input.user == "alice"
          some i
          input.roles[i] == "admin"
        }
        s contains x if some x in input.xs
        o[k] := v if { some k, v in input.m }
        f(x) := y if { y := x + 1 }
        g(x) if x > 1
        a.b[c].d := 1 if c := "q"
        p := 1 if false else := 2
        """);
    assertThat(TermPrinter.print(m.pkg().path())).isEqualTo("data.a.b");
    assertThat(m.imports()).hasSize(2);
    assertThat(m.imports().get(1).alias()).isEqualTo("z");
    assertThat(m.rules()).hasSize(8);
    Rule def = m.rules().get(0);
    assertThat(def.isDefault()).isTrue();
    assertThat(def.head().assign()).isTrue();
    Rule s = m.rules().get(2);
    assertThat(s.head().isMultiValue()).isTrue();
    assertThat(TermPrinter.print(s.head().key())).isEqualTo("x");
    Rule o = m.rules().get(3);
    assertThat(TermPrinter.print(o.head().ref())).isEqualTo("o[k]");
    assertThat(o.head().key()).isNull();
    Rule f = m.rules().get(4);
    assertThat(f.head().isFunction()).isTrue();
    Rule g = m.rules().get(5);
    assertThat(TermPrinter.print(g.head().value())).isEqualTo("true");
    assertThat(TermPrinter.body(g.body())).isEqualTo("gt(x, 1)");
    Rule p = m.rules().get(7);
    assertThat(p.elseRule()).isNotNull();
    assertThat(TermPrinter.print(p.elseRule().head().value())).isEqualTo("2");
  }

  @Test
  void precedence() {
    Body b = RegoParser.parseQuery("x := 1 + 2 * 3 - 4 / 2 == 5 | y & z", RegoVersion.V1);
    assertThat(TermPrinter.body(b)).isEqualTo("assign(x, equal(minus(plus(1, mul(2, 3)), div(4, 2)), or(5, and(y, z))))");
  }

  @Test
  void queriesSplitOnNewlinesAndSemicolons() {
    Body b = RegoParser.parseQuery("x := 1; y := x + 1\nz = y", RegoVersion.V1);
    assertThat(b.size()).isEqualTo(3);
  }

  @Test
  void wildcardsAreNumbered() {
    Body b = RegoParser.parseQuery("a[_] = b[_]", RegoVersion.V1);
    Expr.CallExpr eq = (Expr.CallExpr) b.get(0);
    assertThat(((Var) ((Ref) eq.args().get(0)).get(1)).name()).isEqualTo("$0");
    assertThat(((Var) ((Ref) eq.args().get(1)).get(1)).name()).isEqualTo("$1");
    // printed as OPA prints wildcards
    assertThat(TermPrinter.body(b)).isEqualTo("eq(a[_], b[_])");
  }

  @Test
  void v0Syntax() {
    Module m = v0("""
        package x
        p[x] { x := 1 }
        q[k] = v { k := 1; v := 2 }
        r { true } { false }
        f(x) = y { y := x }
        """);
    assertThat(m.rules()).hasSize(5);
    assertThat(m.rules().get(0).head().isMultiValue()).isTrue();
  }

  // Expected texts are what `opa check` v1.22.2 prints (file:row, no column); the column is in the location.
  @Test
  void v1RequiresIf() {
    RegoError e = firstError("package x\np { true }\n", RegoVersion.V1);
    assertThat(e.toString()).isEqualTo("test.rego:2: rego_parse_error: `if` keyword is required before rule body");
    assertThat(e.location().col()).isEqualTo(1);
  }

  @Test
  void varCannotBeRuleName() {
    RegoError e = firstError("package x\np\n", RegoVersion.V1);
    assertThat(e.toString()).isEqualTo("test.rego:2: rego_parse_error: var cannot be used for rule name");
    assertThat(e.location().col()).isEqualTo(1);
  }

  @Test
  void parsesTerms() {
    Term t = RegoParser.parseTerm("{\"a\": [1, 2.50, {3}], `raw`: set(), \"e\\n\": -1}");
    assertThat(TermPrinter.print(t)).isEqualTo("{\"a\": [1, 2.50, {3}], \"raw\": set(), \"e\\n\": -1}");
  }

  @Test
  void everyAndNot() {
    Module m = v1("package x\np if { every k, v in input { v > k }; not q with input as 1 with data.a as 2 }\nq := 1");
    Expr e0 = m.rules().get(0).body().get(0);
    assertThat(e0).isInstanceOf(Expr.EveryExpr.class);
    Expr e1 = m.rules().get(0).body().get(1);
    assertThat(e1.negated()).isTrue();
    assertThat(e1.with()).hasSize(2);
  }

  @Test
  void unaryMinusOnRef() {
    Body b = RegoParser.parseQuery("x := -input.n", RegoVersion.V1);
    Expr.CallExpr c = (Expr.CallExpr) b.get(0);
    assertThat(((Call) c.args().get(1)).name()).isEqualTo("minus");
  }

  @Test
  void locations() {
    Module m = v1("package x\n\np := 1 if {\n  input.a == 2\n}\n");
    Rule p = m.rules().get(0);
    assertThat(p.location().row()).isEqualTo(3);
    assertThat(p.location().text()).isEqualTo("p := 1 if {\n  input.a == 2\n}");
    Expr e = p.body().get(0);
    assertThat(e.location().row()).isEqualTo(4);
    assertThat(e.location().col()).isEqualTo(3);
    assertThat(e.location().text()).isEqualTo("input.a == 2");
  }

  @Test
  void badInputIsAParseError() {
    assertThatThrownBy(() -> v1("package x\np := }"))
        .isInstanceOf(CompileException.class)
        .hasMessageContaining("rego_parse_error");
  }
}
