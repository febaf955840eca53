package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.EvaluationException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Evaluates terms to values: scalars, variables, composites, refs and comprehensions. */
final class TermEval {
  private final Evaluator ev;

  TermEval(Evaluator ev) {
    this.ev = ev;
  }

  /** Calls {@code k} with each value of the term (refs with unbound operands enumerate). */
  boolean eval(Term t, VK k) {
    if (t instanceof Scalar s) {
      return k.accept(s.value());
    }
    if (t instanceof Var v) {
      if (v.name().equals("input")) {
        return ev.state.input != null && k.accept(ev.state.input);
      }
      if (v.name().equals("data")) {
        return ev.docs.evalData(new Ref(List.of(v), v.location()), k);
      }
      Value val = ev.b.get(v.name());
      return val != null && k.accept(val);
    }
    if (t instanceof Ref r) {
      return ref(r, k);
    }
    if (t instanceof ArrayTerm a) {
      Value[] out = new Value[a.elements().size()];
      return list(a.elements(), 0, out, () -> k.accept(ArrayValue.wrap(out.clone())));
    }
    if (t instanceof SetTerm s) {
      Value[] out = new Value[s.elements().size()];
      return list(s.elements(), 0, out, () -> k.accept(SetValue.of(out)));
    }
    if (t instanceof ObjectTerm o) {
      List<Term> flat = new ArrayList<>(o.entries().size() * 2);
      for (ObjectTerm.Entry e : o.entries()) {
        flat.add(e.key());
        flat.add(e.value());
      }
      Value[] out = new Value[flat.size()];
      return list(flat, 0, out, () -> {
        ObjectValue.Builder bld = ObjectValue.builder();
        for (int i = 0; i < out.length; i += 2) {
          bld.put(out[i], out[i + 1]);
        }
        return k.accept(bld.build());
      });
    }
    if (t instanceof ArrayComprehension c) {
      List<Value> acc = new ArrayList<>();
      ev.evalBody(c.body(), 0, () -> eval(c.head(), v -> {
        acc.add(v);
        return false;
      }));
      return k.accept(ArrayValue.of(acc));
    }
    if (t instanceof SetComprehension c) {
      SetValue.Builder acc = SetValue.builder();
      ev.evalBody(c.body(), 0, () -> eval(c.head(), v -> {
        acc.add(v);
        return false;
      }));
      return k.accept(acc.build());
    }
    if (t instanceof ObjectComprehension c) {
      ObjectValue.Builder acc = ObjectValue.builder();
      ev.evalBody(c.body(), 0, () -> eval(c.key(), key -> eval(c.value(), val -> {
        Value prev = acc.get(key);
        if (prev != null && !prev.equals(val)) {
          throw new EvaluationException(new RegoError("eval_conflict_error", "object keys must be unique",
              c.location()));
        }
        acc.put(key, val);
        return false;
      })));
      return k.accept(acc.build());
    }
    Call call = (Call) t;
    if (call.name().equals("internal.template_string") && call.args().size() == 1
        && call.args().get(0) instanceof ArrayTerm parts) {
      return templateString(call, parts, k);
    }
    Value[] args = new Value[call.args().size()];
    return list(call.args(), 0, args, () -> ev.calls.call(call.operator(), args.clone(), call.location(), k));
  }

  /**
   * Template string parts: a one-element set term stands for "every value of this expression" (an
   * undefined expression gives an empty set, printed as {@code <undefined>}), as OPA's rewriting.
   */
  private boolean templateString(Call call, ArrayTerm parts, VK k) {
    List<Term> literal = new ArrayList<>();
    Value[] out = new Value[parts.elements().size()];
    List<Integer> sets = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      Term part = parts.elements().get(i);
      if (part instanceof SetTerm st && st.elements().size() == 1) {
        SetValue.Builder all = SetValue.builder();
        int m = ev.b.mark();
        eval(st.elements().get(0), v -> {
          all.add(v);
          return false;
        });
        ev.b.undo(m);
        out[i] = all.build();
        sets.add(i);
      } else {
        literal.add(part);
      }
    }
    Value[] lits = new Value[literal.size()];
    return list(literal, 0, lits, () -> {
      Value[] merged = out.clone();
      int j = 0;
      for (int i = 0; i < merged.length; i++) {
        if (!sets.contains(i)) {
          merged[i] = lits[j++];
        }
      }
      return ev.calls.call(call.operator(), new Value[] {ArrayValue.wrap(merged)}, call.location(), k);
    });
  }

  /** Evaluates each term in turn into {@code out}, then runs {@code k} (once per combination). */
  boolean list(List<Term> ts, int i, Value[] out, K k) {
    if (i == ts.size()) {
      return k.run();
    }
    return eval(ts.get(i), v -> {
      out[i] = v;
      return list(ts, i + 1, out, k);
    });
  }

  private boolean ref(Ref r, VK k) {
    Term head = r.head();
    if (head instanceof Var v) {
      if (v.name().equals("input")) {
        return ev.state.input != null && walk(ev.state.input, r, 1, k);
      }
      if (v.name().equals("data")) {
        return ev.docs.evalData(r, k);
      }
      Value val = ev.b.get(v.name());
      return val != null && walk(val, r, 1, k);
    }
    return eval(head, hv -> walk(hv, r, 1, k));
  }

  /** Walks the operands {@code i..} of a ref over a value, enumerating unbound operands. */
  boolean walk(Value cur, Ref r, int i, VK k) {
    if (i == r.size()) {
      return k.accept(cur);
    }
    ev.tick();
    Term op = r.get(i);
    if (op instanceof Var v && !v.isRoot()) {
      Value bound = ev.b.get(v.name());
      if (bound == null) {
        String name = v.name();
        return Collections.forEach(cur, (key, val) -> ev.bind(name, key, () -> walk(val, r, i + 1, k)));
      }
      Value child = Collections.lookup(cur, bound);
      return child != null && walk(child, r, i + 1, k);
    }
    if (op instanceof Scalar s) {
      Value child = Collections.lookup(cur, s.value());
      return child != null && walk(child, r, i + 1, k);
    }
    if (ev.groundable(op)) {
      return eval(op, key -> {
        Value child = Collections.lookup(cur, key);
        return child != null && walk(child, r, i + 1, k);
      });
    }
    return Collections.forEach(cur, (key, val) -> ev.unifyValue(op, key, () -> walk(val, r, i + 1, k)));
  }
}
