package io.opadynamodb.rego.types;

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
import io.opadynamodb.rego.ast.With;
import java.util.function.Predicate;

/**
 * Visits the comprehension bodies of an expression, outermost first (OPA's {@code WalkClosures});
 * when the visitor returns true the comprehension's insides are skipped.
 */
final class ClosureWalker {
  private ClosureWalker() {}

  static void walk(Expr e, Predicate<Body> f) {
    if (e instanceof Expr.CallExpr c) {
      walk(c.operator(), f);
      for (Term t : c.args()) {
        walk(t, f);
      }
    } else if (e instanceof Expr.TermExpr t) {
      walk(t.term(), f);
    } else if (e instanceof Expr.SomeExpr s) {
      for (Term t : s.symbols()) {
        walk(t, f);
      }
    } else if (e instanceof Expr.EveryExpr ev) {
      if (ev.key() != null) {
        walk(ev.key(), f);
      }
      walk(ev.value(), f);
      walk(ev.domain(), f);
      walkBody(ev.body(), f);
    }
    for (With w : e.with()) {
      walk(w.target(), f);
      walk(w.value(), f);
    }
  }

  private static void walkBody(Body b, Predicate<Body> f) {
    for (Expr x : b.exprs()) {
      walk(x, f);
    }
  }

  static void walk(Term t, Predicate<Body> f) {
    if (t instanceof ArrayComprehension c) {
      if (!f.test(c.body())) {
        walk(c.head(), f);
        walkBody(c.body(), f);
      }
    } else if (t instanceof SetComprehension c) {
      if (!f.test(c.body())) {
        walk(c.head(), f);
        walkBody(c.body(), f);
      }
    } else if (t instanceof ObjectComprehension c) {
      if (!f.test(c.body())) {
        walk(c.key(), f);
        walk(c.value(), f);
        walkBody(c.body(), f);
      }
    } else if (t instanceof Ref r) {
      for (Term x : r.terms()) {
        walk(x, f);
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        walk(x, f);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        walk(x, f);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry x : o.entries()) {
        walk(x.key(), f);
        walk(x.value(), f);
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        walk(x, f);
      }
    }
  }
}
