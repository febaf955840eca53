package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Template strings ({@code $"..{expr}.."} and {@code $`..`}). OPA keeps a TemplateString node that
 * its compiler rewrites into {@code internal.template_string([parts])}; we produce that call
 * directly: literal parts stay strings/scalars, a variable becomes {@code {x}}, any other expression
 * {@code {__tmplN__ | __tmplN__ = expr}} (so an undefined value renders as an empty set).
 */
final class TemplateStrings {
  private TemplateStrings() {}

  static Term parse(ExprParser p, boolean raw) {
    Pos start = p.pos();
    Location loc = p.loc();
    if (p.version == RegoVersion.V0) {
      p.errorf(loc, "template strings are not supported by current capabilities");
      return null;
    }
    List<Term> parts = new ArrayList<>();
    while (true) {
      String str = partText(p.s.tok, p.s.lit);
      if (str == null) {
        p.error(p.loc(), "illegal template-string part: " + p.s.lit);
        return null;
      }
      if (!str.isEmpty()) {
        parts.add(Nodes.string(str, p.loc()));
      }
      if (p.s.tok == Token.TEMPLATE_STRING_END || p.s.tok == Token.RAW_TEMPLATE_STRING_END) {
        break;
      }
      int commentsBefore = p.s.comments.size();
      p.scan();
      int commentsAfter = p.s.comments.size();
      Expr expr = p.parseLiteral();
      if (expr == null) {
        p.error(p.loc(), "invalid template-string expression");
        return null;
      }
      String bad = disallowed(expr);
      if (bad != null) {
        p.error(expr.location(), bad);
        return null;
      }
      if (expr instanceof Expr.TermExpr te && te.term() instanceof Scalar && te.with().isEmpty()
          && commentsAfter == commentsBefore) {
        parts.add(te.term());
      } else {
        parts.add(capture(p, expr));
      }
      if (p.s.tok != Token.RBRACE) {
        p.errorf(p.loc(), "expected %s to end template string expression", Token.RBRACE);
        return null;
      }
      p.doScan(false, raw);
    }
    Location l = p.loc(start, p.s.tokEnd);
    Ref op = new Ref(List.of(new Var("internal", l), Nodes.string("template_string", l)), l);
    return new Call(op, List.of(new ArrayTerm(parts, l)), l);
  }

  private static String disallowed(Expr expr) {
    if (expr.negated()) {
      return "unexpected negation ('not') in template-string expression";
    }
    if (expr instanceof Expr.CallExpr c && c.args().size() == 2 && c.name().equals("eq")) {
      return "unexpected unification ('=') in template-string expression";
    }
    if (expr instanceof Expr.CallExpr c && c.args().size() == 2 && c.name().equals("assign")) {
      return "unexpected assignment (':=') in template-string expression";
    }
    if (expr instanceof Expr.EveryExpr) {
      return "unexpected 'every' in template-string expression";
    }
    if (expr instanceof Expr.SomeExpr) {
      return "unexpected 'some' in template-string expression";
    }
    return null;
  }

  private static Term capture(ExprParser p, Expr expr) {
    Location l = expr.location();
    if (expr instanceof Expr.TermExpr te && te.term() instanceof Var && te.with().isEmpty()) {
      return new SetTerm(List.of(te.term()), l);
    }
    Term value = expr instanceof Expr.TermExpr te ? te.term()
        : new Call(((Expr.CallExpr) expr).operator(), ((Expr.CallExpr) expr).args(), l);
    Var x = new Var("__tmpl" + (p.s.templateVars++) + "__", l);
    Ref eq = new Ref(List.of(new Var("eq", l)), l);
    Expr capture = new Expr.CallExpr(eq, List.of(x, value), false, expr.with(), l);
    return new SetComprehension(x, new Body(List.of(capture), l), l);
  }

  /** The literal text of a template part without its delimiters, unescaped; null when invalid. */
  private static String partText(Token tok, String lit) {
    if (lit.length() < 2) {
      return lit.isEmpty() ? "" : null;
    }
    String inner = lit.substring(1, lit.length() - 1);
    if (tok == Token.TEMPLATE_STRING_PART || tok == Token.TEMPLATE_STRING_END) {
      if (inner.indexOf('\\') < 0) {
        return inner;
      }
      return StringLiterals.decode("\"" + inner + "\"");
    }
    if (tok == Token.RAW_TEMPLATE_STRING_PART || tok == Token.RAW_TEMPLATE_STRING_END) {
      return inner;
    }
    return null;
  }

  static boolean isString(Term t) {
    return t instanceof Scalar s && s.value() instanceof StringValue;
  }
}
