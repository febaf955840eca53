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
import io.opadynamodb.rego.ast.With;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds terms, expressions and bodies bottom-up. Subclasses override {@link #leaf} (called for
 * vars and scalars) and, when they need scoping, {@link #body}.
 */
abstract class AstMapper {
  /** Maps a variable or scalar. */
  protected Term leaf(Term t) {
    return t;
  }

  protected Term term(Term t) {
    if (t instanceof Ref r) {
      return ref(r);
    }
    if (t instanceof ArrayTerm a) {
      return new ArrayTerm(terms(a.elements()), a.location());
    }
    if (t instanceof SetTerm s) {
      return new SetTerm(terms(s.elements()), s.location());
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> es = new ArrayList<>(o.entries().size());
      for (ObjectTerm.Entry e : o.entries()) {
        es.add(new ObjectTerm.Entry(term(e.key()), term(e.value())));
      }
      return new ObjectTerm(es, o.location());
    }
    if (t instanceof Call c) {
      return new Call(operator(c.operator()), terms(c.args()), c.location());
    }
    if (t instanceof ArrayComprehension c) {
      Body b = body(c.body());
      return new ArrayComprehension(comprehensionTerm(c.head()), b, c.location());
    }
    if (t instanceof SetComprehension c) {
      Body b = body(c.body());
      return new SetComprehension(comprehensionTerm(c.head()), b, c.location());
    }
    if (t instanceof ObjectComprehension c) {
      Body b = body(c.body());
      return new ObjectComprehension(comprehensionTerm(c.key()), comprehensionTerm(c.value()), b, c.location());
    }
    return leaf(t);
  }

  /** A comprehension head, mapped after its body (so scopes opened by the body apply). */
  protected Term comprehensionTerm(Term t) {
    return term(t);
  }

  protected Ref ref(Ref r) {
    return new Ref(terms(r.terms()), r.location());
  }

  /** The operator of a call: by default left untouched. */
  protected Ref operator(Ref op) {
    return op;
  }

  protected List<Term> terms(List<Term> ts) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(term(t));
    }
    return out;
  }

  protected Body body(Body b) {
    List<Expr> out = new ArrayList<>(b.size());
    for (Expr e : b.exprs()) {
      out.add(expr(e));
    }
    return new Body(out, b.location());
  }

  protected List<With> withs(List<With> ws) {
    List<With> out = new ArrayList<>(ws.size());
    for (With w : ws) {
      out.add(new With(w.target(), term(w.value()), w.location()));
    }
    return out;
  }

  protected Expr expr(Expr e) {
    if (e instanceof Expr.TermExpr t) {
      return new Expr.TermExpr(term(t.term()), t.negated(), withs(t.with()), t.location());
    }
    if (e instanceof Expr.CallExpr c) {
      return new Expr.CallExpr(operator(c.operator()), terms(c.args()), c.negated(), withs(c.with()), c.location());
    }
    if (e instanceof Expr.SomeExpr s) {
      return new Expr.SomeExpr(terms(s.symbols()), s.negated(), withs(s.with()), s.location());
    }
    Expr.EveryExpr ev = (Expr.EveryExpr) e;
    Term domain = term(ev.domain());
    return new Expr.EveryExpr(ev.key() == null ? null : term(ev.key()), term(ev.value()), domain, body(ev.body()),
        ev.negated(), withs(ev.with()), ev.location());
  }
}
