package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.With;
import java.util.function.BiConsumer;

/** Visits every ref and every called operator of a rule (head, body, else chain), recursively. */
final class RuleRefs {
  private RuleRefs() {}

  /** Calls {@code visitor(ref, isCallOperator)} for each ref. */
  static void visit(Rule r, BiConsumer<Ref, Boolean> visitor) {
    if (r.head().args() != null) {
      for (Term a : r.head().args()) {
        term(a, visitor);
      }
    }
    for (int i = 1; i < r.head().ref().size(); i++) {
      term(r.head().ref().get(i), visitor);
    }
    if (r.head().key() != null) {
      term(r.head().key(), visitor);
    }
    if (r.head().value() != null) {
      term(r.head().value(), visitor);
    }
    body(r.body(), visitor);
    if (r.elseRule() != null) {
      visit(r.elseRule(), visitor);
    }
  }

  static void body(Body b, BiConsumer<Ref, Boolean> visitor) {
    for (Expr e : b.exprs()) {
      expr(e, visitor);
    }
  }

  static void expr(Expr e, BiConsumer<Ref, Boolean> visitor) {
    if (e instanceof Expr.TermExpr t) {
      term(t.term(), visitor);
    } else if (e instanceof Expr.CallExpr c) {
      visitor.accept(c.operator(), true);
      for (Term a : c.args()) {
        term(a, visitor);
      }
    } else if (e instanceof Expr.SomeExpr s) {
      for (Term a : s.symbols()) {
        term(a, visitor);
      }
    } else if (e instanceof Expr.EveryExpr ev) {
      term(ev.domain(), visitor);
      body(ev.body(), visitor);
    }
    for (With w : e.with()) {
      term(w.value(), visitor);
    }
  }

  static void term(Term t, BiConsumer<Ref, Boolean> visitor) {
    if (t instanceof Ref r) {
      visitor.accept(r, false);
      for (Term x : r.terms()) {
        if (!(x instanceof io.opadynamodb.rego.ast.Var)) {
          term(x, visitor);
        }
      }
    } else if (t instanceof Call c) {
      visitor.accept(c.operator(), true);
      for (Term a : c.args()) {
        term(a, visitor);
      }
    } else if (t instanceof io.opadynamodb.rego.ast.ArrayTerm a) {
      for (Term x : a.elements()) {
        term(x, visitor);
      }
    } else if (t instanceof io.opadynamodb.rego.ast.SetTerm s) {
      for (Term x : s.elements()) {
        term(x, visitor);
      }
    } else if (t instanceof io.opadynamodb.rego.ast.ObjectTerm o) {
      for (io.opadynamodb.rego.ast.ObjectTerm.Entry en : o.entries()) {
        term(en.key(), visitor);
        term(en.value(), visitor);
      }
    } else if (t instanceof ArrayComprehension c) {
      term(c.head(), visitor);
      body(c.body(), visitor);
    } else if (t instanceof SetComprehension c) {
      term(c.head(), visitor);
      body(c.body(), visitor);
    } else if (t instanceof ObjectComprehension c) {
      term(c.key(), visitor);
      term(c.value(), visitor);
      body(c.body(), visitor);
    }
  }
}
