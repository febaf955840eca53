package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Collects variable names of terms and expressions. */
final class Vars {
  private Vars() {}

  /** Every var of the term, including those inside comprehensions (when {@code deep}). */
  static void collect(Term t, Collection<String> out, boolean deep) {
    visit(t, v -> out.add(v.name()), deep);
  }

  /**
   * The location of the last occurrence of each var of the term outside comprehensions: OPA's var
   * visitor overwrites the location on every occurrence, so errors point at the last one.
   */
  static void lastLocations(Term t, Map<String, Location> out) {
    visit(t, v -> out.put(v.name(), v.location()), false);
  }

  /** Feeds every non-root var of the term to {@code sink}, in source order. */
  private static void visit(Term t, Consumer<Var> sink, boolean deep) {
    if (t instanceof Var v) {
      if (!v.isRoot()) {
        sink.accept(v);
      }
    } else if (t instanceof Ref r) {
      for (Term x : r.terms()) {
        visit(x, sink, deep);
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        visit(x, sink, deep);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        visit(x, sink, deep);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        visit(e.key(), sink, deep);
        visit(e.value(), sink, deep);
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        visit(x, sink, deep);
      }
    } else if (deep && t instanceof ArrayComprehension c) {
      visit(c.head(), sink, true);
      visit(c.body(), sink);
    } else if (deep && t instanceof SetComprehension c) {
      visit(c.head(), sink, true);
      visit(c.body(), sink);
    } else if (deep && t instanceof ObjectComprehension c) {
      visit(c.key(), sink, true);
      visit(c.value(), sink, true);
      visit(c.body(), sink);
    }
  }

  static void collect(Body b, Collection<String> out) {
    visit(b, v -> out.add(v.name()));
  }

  static void collect(Expr e, Collection<String> out, boolean deep) {
    visit(e, v -> out.add(v.name()), deep);
  }

  private static void visit(Body b, Consumer<Var> sink) {
    for (Expr e : b.exprs()) {
      visit(e, sink, true);
    }
  }

  private static void visit(Expr e, Consumer<Var> sink, boolean deep) {
    if (e instanceof Expr.TermExpr t) {
      visit(t.term(), sink, deep);
    } else if (e instanceof Expr.CallExpr c) {
      for (Term x : c.args()) {
        visit(x, sink, deep);
      }
    } else if (e instanceof Expr.SomeExpr s) {
      for (Term x : s.symbols()) {
        visit(x, sink, deep);
      }
    } else if (e instanceof Expr.EveryExpr ev) {
      visit(ev.domain(), sink, deep);
      if (deep) {
        if (ev.key() != null) {
          visit(ev.key(), sink, true);
        }
        visit(ev.value(), sink, true);
        visit(ev.body(), sink);
      }
    }
    for (With w : e.with()) {
      visit(w.value(), sink, deep);
    }
  }

  static Set<String> of(Term t) {
    Set<String> s = new LinkedHashSet<>();
    collect(t, s, true);
    return s;
  }
}
