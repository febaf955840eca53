package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.compiler.CompiledModules;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's query rewrite that makes each expression report a value (the rego package's
 * {@code rewriteQueryToCaptureValue}): a term expression {@code t} becomes {@code t = capture}, a call
 * given exactly its function's arity ({@code count(x)}, {@code 1 == 2}) gets {@code capture} as its
 * output argument. When the query iterates or has several expressions, each capture must also hold
 * (be defined and not {@code false}), so {@code x := 1; 1 == 2} is undefined while {@code 1 == 2} alone is
 * {@code false}. Plain {@code some x} declarations report no expression, as in OPA.
 */
final class QueryCapture {
  private static final String PREFIX = "__capture";

  /**
   * One expression the result reports.
   *
   * @param expr the expression as parsed (its text and location are reported)
   * @param capture the variable holding its value, or null when the value is {@code true}
   */
  record Shown(Expr expr, String capture) {}

  /**
   * The query to compile and what its results report.
   *
   * @param body the rewritten query
   * @param shown the reported expressions, in query order
   */
  record Rewritten(Body body, List<Shown> shown) {}

  private QueryCapture() {}

  static Rewritten rewrite(Body parsed, CompiledModules compiled) {
    boolean checkCapture = parsed.size() > 1 || iterates(parsed, compiled);
    List<Expr> exprs = new ArrayList<>();
    List<Expr> checks = new ArrayList<>();
    List<Shown> shown = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Expr e = parsed.get(i);
      Var capture = new Var(PREFIX + i + "__", e.location());
      Expr rewritten = capture(e, capture, compiled);
      exprs.add(rewritten);
      if (rewritten == e) {
        if (!isDeclaration(e)) {
          shown.add(new Shown(e, null));
        }
        continue;
      }
      shown.add(new Shown(e, capture.name()));
      if (checkCapture) {
        checks.add(new Expr.TermExpr(capture, false, List.of(), e.location()));
      }
    }
    exprs.addAll(checks);
    return new Rewritten(new Body(exprs, parsed.location()), shown);
  }

  /** The expression rewritten to capture its value, or {@code e} itself when it reports {@code true}. */
  private static Expr capture(Expr e, Var capture, CompiledModules compiled) {
    if (e.negated()) {
      return e;
    }
    if (e instanceof Expr.TermExpr t) {
      return new Expr.CallExpr(new Ref(List.of(new Var("eq", t.location())), t.location()),
          List.of(capture, t.term()), false, t.with(), t.location());
    }
    if (e instanceof Expr.CallExpr c && !c.name().equals("eq") && !c.name().equals("assign")
        && arity(c.name(), compiled) == c.args().size()) {
      List<Term> args = new ArrayList<>(c.args());
      args.add(capture);
      return new Expr.CallExpr(c.operator(), args, false, c.with(), c.location());
    }
    return e;
  }

  /** The declared argument count of a built-in or user function; -1 when unknown or variadic. */
  private static int arity(String name, CompiledModules compiled) {
    Integer user = compiled.functionArity().get(name);
    if (user != null) {
      return user;
    }
    Integer builtin = compiled.catalog().arity(name);
    return builtin == null ? -1 : builtin;
  }

  private static boolean isDeclaration(Expr e) {
    return e instanceof Expr.SomeExpr s && s.symbols().stream().allMatch(Var.class::isInstance);
  }

  // ------------------------------------------------------------ OPA's iteration(query)

  /** Whether the query iterates: a ref with a variable operand or a relation call, outside comprehensions. */
  private static boolean iterates(Body b, CompiledModules compiled) {
    for (Expr e : b.exprs()) {
      if (iterates(e, compiled)) {
        return true;
      }
    }
    return false;
  }

  private static boolean iterates(Expr e, CompiledModules compiled) {
    for (With w : e.with()) {
      if (iterates(w.value(), compiled)) {
        return true;
      }
    }
    if (e instanceof Expr.TermExpr t) {
      return iterates(t.term(), compiled);
    }
    if (e instanceof Expr.CallExpr c) {
      return compiled.catalog().isRelation(c.name()) || anyIterates(c.args(), compiled);
    }
    if (e instanceof Expr.SomeExpr s) {
      return anyIterates(s.symbols(), compiled);
    }
    Expr.EveryExpr ev = (Expr.EveryExpr) e;
    return iterates(ev.domain(), compiled) || iterates(ev.body(), compiled);
  }

  private static boolean anyIterates(List<Term> terms, CompiledModules compiled) {
    for (Term t : terms) {
      if (iterates(t, compiled)) {
        return true;
      }
    }
    return false;
  }

  private static boolean iterates(Term t, CompiledModules compiled) {
    if (t instanceof ArrayComprehension || t instanceof SetComprehension || t instanceof ObjectComprehension) {
      return false;
    }
    if (t instanceof Ref r) {
      for (int i = 1; i < r.size(); i++) {
        if (r.get(i) instanceof Var) {
          return true;
        }
      }
      return anyIterates(r.terms(), compiled);
    }
    if (t instanceof Call c) {
      return compiled.catalog().isRelation(c.name()) || anyIterates(c.args(), compiled);
    }
    if (t instanceof ArrayTerm a) {
      return anyIterates(a.elements(), compiled);
    }
    if (t instanceof SetTerm s) {
      return anyIterates(s.elements(), compiled);
    }
    if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry en : o.entries()) {
        if (iterates(en.key(), compiled) || iterates(en.value(), compiled)) {
          return true;
        }
      }
    }
    return false;
  }
}
