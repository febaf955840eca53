package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;

/** Copy-with-change helpers for the immutable AST records, and small structural queries. */
final class Nodes {
  private Nodes() {}

  static Term withLocation(Term t, Location l) {
    if (t instanceof Scalar x) {
      return new Scalar(x.value(), l);
    }
    if (t instanceof Var x) {
      return new Var(x.name(), l);
    }
    if (t instanceof Ref x) {
      return new Ref(x.terms(), l);
    }
    if (t instanceof ArrayTerm x) {
      return new ArrayTerm(x.elements(), l);
    }
    if (t instanceof ObjectTerm x) {
      return new ObjectTerm(x.entries(), l);
    }
    if (t instanceof SetTerm x) {
      return new SetTerm(x.elements(), l);
    }
    if (t instanceof ArrayComprehension x) {
      return new ArrayComprehension(x.head(), x.body(), l);
    }
    if (t instanceof SetComprehension x) {
      return new SetComprehension(x.head(), x.body(), l);
    }
    if (t instanceof ObjectComprehension x) {
      return new ObjectComprehension(x.key(), x.value(), x.body(), l);
    }
    Call c = (Call) t;
    return new Call(c.operator(), c.args(), l);
  }

  static Expr withLocation(Expr e, Location l) {
    if (e instanceof Expr.TermExpr x) {
      return new Expr.TermExpr(x.term(), x.negated(), x.with(), l);
    }
    if (e instanceof Expr.CallExpr x) {
      return new Expr.CallExpr(x.operator(), x.args(), x.negated(), x.with(), l);
    }
    if (e instanceof Expr.SomeExpr x) {
      return new Expr.SomeExpr(x.symbols(), x.negated(), x.with(), l);
    }
    Expr.EveryExpr x = (Expr.EveryExpr) e;
    return new Expr.EveryExpr(x.key(), x.value(), x.domain(), x.body(), x.negated(), x.with(), l);
  }

  static Expr withWith(Expr e, List<With> w) {
    if (e instanceof Expr.TermExpr x) {
      return new Expr.TermExpr(x.term(), x.negated(), w, x.location());
    }
    if (e instanceof Expr.CallExpr x) {
      return new Expr.CallExpr(x.operator(), x.args(), x.negated(), w, x.location());
    }
    if (e instanceof Expr.SomeExpr x) {
      return new Expr.SomeExpr(x.symbols(), x.negated(), w, x.location());
    }
    Expr.EveryExpr x = (Expr.EveryExpr) e;
    return new Expr.EveryExpr(x.key(), x.value(), x.domain(), x.body(), x.negated(), w, x.location());
  }

  static Expr negate(Expr e) {
    if (e instanceof Expr.TermExpr x) {
      return new Expr.TermExpr(x.term(), true, x.with(), x.location());
    }
    if (e instanceof Expr.CallExpr x) {
      return new Expr.CallExpr(x.operator(), x.args(), true, x.with(), x.location());
    }
    if (e instanceof Expr.SomeExpr x) {
      return new Expr.SomeExpr(x.symbols(), true, x.with(), x.location());
    }
    Expr.EveryExpr x = (Expr.EveryExpr) e;
    return new Expr.EveryExpr(x.key(), x.value(), x.domain(), x.body(), true, x.with(), x.location());
  }

  /** Sets the location of every node of a body (OPA's setLocRecursive), used for chained rule bodies. */
  static Body relocate(Body b, Location l) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : b.exprs()) {
      out.add(relocate(e, l));
    }
    return new Body(out, l);
  }

  static Expr relocate(Expr e, Location l) {
    List<With> ws = new ArrayList<>();
    for (With w : e.with()) {
      ws.add(new With(relocate(w.target(), l), relocate(w.value(), l), l));
    }
    if (e instanceof Expr.TermExpr x) {
      return new Expr.TermExpr(relocate(x.term(), l), x.negated(), ws, l);
    }
    if (e instanceof Expr.CallExpr x) {
      return new Expr.CallExpr((Ref) relocate(x.operator(), l), relocateAll(x.args(), l), x.negated(), ws, l);
    }
    if (e instanceof Expr.SomeExpr x) {
      return new Expr.SomeExpr(relocateAll(x.symbols(), l), x.negated(), ws, l);
    }
    Expr.EveryExpr x = (Expr.EveryExpr) e;
    return new Expr.EveryExpr(x.key() == null ? null : relocate(x.key(), l), relocate(x.value(), l),
        relocate(x.domain(), l), relocate(x.body(), l), x.negated(), ws, l);
  }

  static List<Term> relocateAll(List<Term> ts, Location l) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(relocate(t, l));
    }
    return out;
  }

  static Term relocate(Term t, Location l) {
    if (t instanceof Scalar || t instanceof Var) {
      return withLocation(t, l);
    }
    if (t instanceof Ref x) {
      return new Ref(relocateAll(x.terms(), l), l);
    }
    if (t instanceof ArrayTerm x) {
      return new ArrayTerm(relocateAll(x.elements(), l), l);
    }
    if (t instanceof SetTerm x) {
      return new SetTerm(relocateAll(x.elements(), l), l);
    }
    if (t instanceof ObjectTerm x) {
      List<ObjectTerm.Entry> es = new ArrayList<>();
      for (ObjectTerm.Entry en : x.entries()) {
        es.add(new ObjectTerm.Entry(relocate(en.key(), l), relocate(en.value(), l)));
      }
      return new ObjectTerm(es, l);
    }
    if (t instanceof ArrayComprehension x) {
      return new ArrayComprehension(relocate(x.head(), l), relocate(x.body(), l), l);
    }
    if (t instanceof SetComprehension x) {
      return new SetComprehension(relocate(x.head(), l), relocate(x.body(), l), l);
    }
    if (t instanceof ObjectComprehension x) {
      return new ObjectComprehension(relocate(x.key(), l), relocate(x.value(), l), relocate(x.body(), l), l);
    }
    Call c = (Call) t;
    return new Call((Ref) relocate(c.operator(), l), relocateAll(c.args(), l), l);
  }

  /** OPA's Term.IsGround: no variables (a ref's head does not count). */
  static boolean isGround(Term t) {
    if (t instanceof Scalar) {
      return true;
    }
    if (t instanceof Var) {
      return false;
    }
    if (t instanceof Ref r) {
      for (int i = 1; i < r.size(); i++) {
        if (!isGround(r.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof ArrayTerm a) {
      return allGround(a.elements());
    }
    if (t instanceof SetTerm a) {
      return allGround(a.elements());
    }
    if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        if (!isGround(e.key()) || !isGround(e.value())) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof Call c) {
      return isGround(c.operator()) && allGround(c.args());
    }
    // comprehensions: OPA checks head and body; bodies nearly always hold vars
    return false;
  }

  private static boolean allGround(List<Term> ts) {
    for (Term t : ts) {
      if (!isGround(t)) {
        return false;
      }
    }
    return true;
  }

  static Scalar string(String s, Location l) {
    return new Scalar(StringValue.of(s), l);
  }

  /** OPA's ValueName: the kind of a term used in messages ({@code var}, {@code ref}, {@code object}...). */
  static String valueName(Term t) {
    if (t instanceof Scalar sc) {
      return sc.value().typeName();
    }
    if (t instanceof Var) {
      return "var";
    }
    if (t instanceof Ref) {
      return "ref";
    }
    if (t instanceof ArrayTerm) {
      return "array";
    }
    if (t instanceof ObjectTerm) {
      return "object";
    }
    if (t instanceof SetTerm) {
      return "set";
    }
    if (t instanceof ArrayComprehension) {
      return "arraycomprehension";
    }
    if (t instanceof SetComprehension) {
      return "setcomprehension";
    }
    if (t instanceof ObjectComprehension) {
      return "objectcomprehension";
    }
    return "call";
  }
}
