package io.opadynamodb.rego.compiler;

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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects variable names of terms and expressions. */
final class Vars {
  private Vars() {}

  /** Every var of the term, including those inside comprehensions (when {@code deep}). */
  static void collect(Term t, Collection<String> out, boolean deep) {
    if (t instanceof Var v) {
      if (!v.isRoot()) {
        out.add(v.name());
      }
    } else if (t instanceof Ref r) {
      for (Term x : r.terms()) {
        collect(x, out, deep);
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        collect(x, out, deep);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        collect(x, out, deep);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        collect(e.key(), out, deep);
        collect(e.value(), out, deep);
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        collect(x, out, deep);
      }
    } else if (deep && t instanceof ArrayComprehension c) {
      collect(c.head(), out, true);
      collect(c.body(), out);
    } else if (deep && t instanceof SetComprehension c) {
      collect(c.head(), out, true);
      collect(c.body(), out);
    } else if (deep && t instanceof ObjectComprehension c) {
      collect(c.key(), out, true);
      collect(c.value(), out, true);
      collect(c.body(), out);
    }
  }

  static void collect(Body b, Collection<String> out) {
    for (Expr e : b.exprs()) {
      collect(e, out, true);
    }
  }

  static void collect(Expr e, Collection<String> out, boolean deep) {
    if (e instanceof Expr.TermExpr t) {
      collect(t.term(), out, deep);
    } else if (e instanceof Expr.CallExpr c) {
      for (Term x : c.args()) {
        collect(x, out, deep);
      }
    } else if (e instanceof Expr.SomeExpr s) {
      for (Term x : s.symbols()) {
        collect(x, out, deep);
      }
    } else if (e instanceof Expr.EveryExpr ev) {
      collect(ev.domain(), out, deep);
      if (deep) {
        if (ev.key() != null) {
          collect(ev.key(), out, true);
        }
        collect(ev.value(), out, true);
        collect(ev.body(), out);
      }
    }
    for (With w : e.with()) {
      collect(w.value(), out, deep);
    }
  }

  static Set<String> of(Term t) {
    Set<String> s = new LinkedHashSet<>();
    collect(t, s, true);
    return s;
  }
}
