package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.EvaluationCancelledException;
import io.opadynamodb.rego.EvaluationException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.compiler.CompiledModules;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Top-down evaluation of one query with backtracking, in continuation-passing style like OPA's
 * {@code topdown/eval.go}: {@code evalBody(body, i, k)} evaluates expression {@code i} and calls
 * {@code k} once per solution. Bindings are undone on the way back. Not thread-safe: one
 * evaluator per query evaluation.
 */
public final class Evaluator {
  final CompiledModules compiled;
  final Value baseData;
  final EvalConfig config;
  final TermEval terms;
  final VirtualDocs docs;
  final Calls calls;
  final WithModifiers withs;
  Bindings b = new Bindings();
  State state;
  /** The rule whose body is being evaluated (null in the query), for {@code rego.metadata.*}. */
  io.opadynamodb.rego.compiler.CompiledRule currentRule;
  io.opadynamodb.rego.compiler.RuleNode currentNode;
  private int ticks;

  public Evaluator(CompiledModules compiled, Value baseData, EvalConfig config) {
    this.compiled = compiled;
    this.baseData = baseData;
    this.config = config;
    this.state = new State(config.input(), List.of(), Map.of());
    this.terms = new TermEval(this);
    this.docs = new VirtualDocs(this);
    this.calls = new Calls(this);
    this.withs = new WithModifiers(this);
  }

  /**
   * Evaluates a compiled query body, calling {@code onResult} with the bindings of each solution.
   * Deep recursion and unexpected failures become typed {@link RegoException}s.
   */
  public void run(Body query, Consumer<Map<String, Value>> onResult) {
    try {
      evalBody(query, 0, () -> {
        onResult.accept(b.snapshot());
        return false;
      });
    } catch (RegoException e) {
      throw e;
    } catch (StackOverflowError e) {
      throw new EvaluationException(new RegoError("eval_internal_error",
          "evaluation exceeded the maximum depth (stack overflow)", Location.NONE));
    }
  }

  /** The first value of a term under the current bindings (for query expression values), or null. */
  public Value firstValue(Term t) {
    Value[] out = {null};
    terms.eval(t, v -> {
      out[0] = v;
      return true;
    });
    return out[0];
  }

  /** Evaluates a query, then {@code perResult} runs with the evaluator positioned on each solution. */
  public void runWithEvaluator(Body query, Runnable perResult) {
    try {
      evalBody(query, 0, () -> {
        perResult.run();
        return false;
      });
    } catch (StackOverflowError e) {
      throw new EvaluationException(new RegoError("eval_internal_error",
          "evaluation exceeded the maximum depth (stack overflow)", Location.NONE));
    }
  }

  /** Current bindings (a copy). */
  public Map<String, Value> bindings() {
    return b.snapshot();
  }

  void tick() {
    if ((++ticks & 255) == 0) {
      checkCancelled();
    }
  }

  void checkCancelled() {
    if (config.cancelled() != null && config.cancelled().getAsBoolean()) {
      throw new EvaluationCancelledException("caller cancelled query execution");
    }
    if (config.deadlineNanos() != 0 && System.nanoTime() - config.deadlineNanos() > 0) {
      throw new EvaluationCancelledException("timed out: evaluation exceeded its time limit");
    }
  }

  boolean evalBody(Body body, int i, K k) {
    if (i == body.size()) {
      return k.run();
    }
    return evalExpr(body.get(i), () -> evalBody(body, i + 1, k));
  }

  boolean evalExpr(Expr e, K k) {
    tick();
    if (!e.with().isEmpty()) {
      return withs.eval(e, k);
    }
    return evalExprNoWith(e, k);
  }

  boolean evalExprNoWith(Expr e, K k) {
    if (e.negated()) {
      int m = b.mark();
      boolean found = evalPositive(e, () -> true);
      b.undo(m);
      return found ? false : k.run();
    }
    return evalPositive(e, k);
  }

  private boolean evalPositive(Expr e, K k) {
    if (e instanceof Expr.TermExpr t) {
      return terms.eval(t.term(), v -> v != BooleanValue.FALSE && !BooleanValue.FALSE.equals(v) && k.run());
    }
    if (e instanceof Expr.CallExpr c) {
      String name = c.name();
      if ((name.equals("eq") || name.equals("assign")) && c.args().size() == 2) {
        return unify(c.args().get(0), c.args().get(1), k);
      }
      return calls.evalCallExpr(c, k);
    }
    if (e instanceof Expr.SomeExpr s) {
      if (!s.symbols().isEmpty() && s.symbols().get(0) instanceof Call c) {
        return someIn(c, k);
      }
      return k.run();
    }
    return every((Expr.EveryExpr) e, k);
  }

  private boolean someIn(Call c, K k) {
    List<Term> args = c.args();
    Term coll = args.get(args.size() - 1);
    if (args.size() == 3 && groundable(args.get(0))) {
      // the key is known: look it up instead of scanning the collection
      return terms.eval(coll, cv -> terms.eval(args.get(0), key -> {
        Value val = Collections.lookup(cv, key);
        return val != null && unifyValue(args.get(1), val, k);
      }));
    }
    return terms.eval(coll, cv -> Collections.forEach(cv, (key, val) -> {
      if (args.size() == 2) {
        return unifyValue(args.get(0), val, k);
      }
      return unifyValue(args.get(0), key, () -> unifyValue(args.get(1), val, k));
    }));
  }

  private boolean every(Expr.EveryExpr ev, K k) {
    return terms.eval(ev.domain(), dv -> {
      if (!(dv instanceof ObjectValue || dv instanceof ArrayValue || dv instanceof SetValue)) {
        return false;
      }
      boolean[] all = {true};
      Collections.forEach(dv, (key, val) -> {
        int m = b.mark();
        boolean found;
        if (ev.key() != null) {
          found = unifyValue(ev.key(), key, () -> unifyValue(ev.value(), val, () -> evalBody(ev.body(), 0, () -> true)));
        } else {
          found = unifyValue(ev.value(), val, () -> evalBody(ev.body(), 0, () -> true));
        }
        b.undo(m);
        if (!found) {
          all[0] = false;
          return true;
        }
        return false;
      });
      return all[0] && k.run();
    });
  }

  // ---- unification -------------------------------------------------------------------------

  /** Unifies two terms, calling {@code k} once per way they can be made equal. */
  boolean unify(Term a, Term c, K k) {
    if (a instanceof Var va && !va.isRoot() && b.get(va.name()) == null) {
      if (c instanceof Var vc && !vc.isRoot() && b.get(vc.name()) == null) {
        return va.name().equals(vc.name()) && k.run();
      }
      if (groundable(c)) {
        // evaluating c may bind va itself (x = xs[x]): then the values must agree
        return terms.eval(c, v -> unifyValue(va, v, k));
      }
      return false;
    }
    if (c instanceof Var vc && !vc.isRoot() && b.get(vc.name()) == null) {
      return unify(c, a, k);
    }
    if (a instanceof ArrayTerm x && c instanceof ArrayTerm y) {
      if (x.elements().size() != y.elements().size()) {
        return false;
      }
      return unifyAll(x.elements(), y.elements(), 0, k);
    }
    boolean ga = groundable(a);
    boolean gc = groundable(c);
    if (ga && gc) {
      return terms.eval(a, va -> terms.eval(c, vc -> va.equals(vc) && k.run()));
    }
    if (gc) {
      return terms.eval(c, v -> unifyValue(a, v, k));
    }
    if (ga) {
      return terms.eval(a, v -> unifyValue(c, v, k));
    }
    if (a instanceof ObjectTerm x && c instanceof ObjectTerm y) {
      return unifyObjects(x, y, k);
    }
    return false;
  }

  private boolean unifyObjects(ObjectTerm x, ObjectTerm y, K k) {
    if (x.entries().size() != y.entries().size()) {
      return false;
    }
    List<Term> xs = new ArrayList<>();
    List<Term> ys = new ArrayList<>();
    for (ObjectTerm.Entry ex : x.entries()) {
      Value kx = groundKey(ex.key());
      boolean matched = false;
      for (ObjectTerm.Entry ey : y.entries()) {
        Value ky = groundKey(ey.key());
        if (kx != null && kx.equals(ky)) {
          xs.add(ex.value());
          ys.add(ey.value());
          matched = true;
        }
      }
      if (!matched) {
        return false;
      }
    }
    return unifyAll(xs, ys, 0, k);
  }

  private Value groundKey(Term t) {
    return groundable(t) ? firstValue(t) : null;
  }

  private boolean unifyAll(List<Term> xs, List<Term> ys, int i, K k) {
    if (i == xs.size()) {
      return k.run();
    }
    return unify(xs.get(i), ys.get(i), () -> unifyAll(xs, ys, i + 1, k));
  }

  /** Unifies a term (possibly a pattern with unbound vars) with a value. */
  boolean unifyValue(Term p, Value v, K k) {
    if (p instanceof Var var && !var.isRoot()) {
      Value cur = b.get(var.name());
      if (cur == null) {
        return bind(var.name(), v, k);
      }
      return cur.equals(v) && k.run();
    }
    if (p instanceof Scalar s) {
      return s.value().equals(v) && k.run();
    }
    if (p instanceof ArrayTerm a && !groundable(p)) {
      if (!(v instanceof ArrayValue av) || av.size() != a.elements().size()) {
        return false;
      }
      return unifyElems(a.elements(), av, 0, k);
    }
    if (p instanceof ObjectTerm o && !groundable(p)) {
      if (!(v instanceof ObjectValue ov) || ov.size() != o.entries().size()) {
        return false;
      }
      return unifyEntries(o.entries(), ov, 0, k);
    }
    if (p instanceof SetTerm && !groundable(p)) {
      return false;
    }
    return terms.eval(p, x -> x.equals(v) && k.run());
  }

  private boolean unifyElems(List<Term> ps, ArrayValue av, int i, K k) {
    if (i == ps.size()) {
      return k.run();
    }
    return unifyValue(ps.get(i), av.get(i), () -> unifyElems(ps, av, i + 1, k));
  }

  private boolean unifyEntries(List<ObjectTerm.Entry> es, ObjectValue ov, int i, K k) {
    if (i == es.size()) {
      return k.run();
    }
    ObjectTerm.Entry e = es.get(i);
    return terms.eval(e.key(), key -> {
      Value val = ov.get(key);
      return val != null && unifyValue(e.value(), val, () -> unifyEntries(es, ov, i + 1, k));
    });
  }

  boolean bind(String name, Value v, K k) {
    int m = b.mark();
    b.bind(name, v);
    boolean r = k.run();
    b.undo(m);
    return r;
  }

  /**
   * True when the term can be evaluated to values: every var outside ref operands is bound
   * (unbound vars inside ref operands are enumerated).
   */
  boolean groundable(Term t) {
    if (t instanceof Var v) {
      return v.isRoot() || b.get(v.name()) != null;
    }
    if (t instanceof Scalar) {
      return true;
    }
    if (t instanceof Ref r) {
      Term head = r.head();
      return head instanceof Var hv ? (hv.isRoot() || b.get(hv.name()) != null) : groundable(head);
    }
    if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        if (!groundable(x)) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        if (!groundable(x)) {
          return false;
        }
      }
      return true;
    }
    if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        if (!groundable(e.key()) || !groundable(e.value())) {
          return false;
        }
      }
      return true;
    }
    return true;
  }

  static boolean isTrue(Value v) {
    return !(v instanceof BooleanValue bv) || bv.value();
  }

  static NumberValue index(int i) {
    return NumberValue.of(i);
  }

  static SetValue emptySet() {
    return SetValue.EMPTY;
  }
}
