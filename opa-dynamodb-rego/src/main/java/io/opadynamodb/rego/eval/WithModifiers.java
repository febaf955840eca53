package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.compiler.RuleNode;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code with} modifiers: the expression runs in a new {@link State} (new input, data paths or
 * functions replaced, fresh caches); the rest of the body runs in the previous state again.
 */
final class WithModifiers {
  private final Evaluator ev;

  WithModifiers(Evaluator ev) {
    this.ev = ev;
  }

  boolean eval(Expr e, K k) {
    State old = ev.state;
    Value input = old.input;
    List<State.DataOverride> data = new ArrayList<>();
    Map<String, Term> functions = new HashMap<>();
    for (With w : e.with()) {
      Term target = w.target();
      Ref ref = target instanceof Ref r ? r : new Ref(List.of(target), target.location());
      String head = ref.headName();
      if (isFunctionTarget(ref)) {
        functions.put(RefNames.dotted(ref), w.value());
        continue;
      }
      Value v = ev.firstValue(w.value());
      if (v == null) {
        return false;
      }
      List<Value> path = new ArrayList<>();
      for (int i = 1; i < ref.size(); i++) {
        Value key = ref.get(i) instanceof Scalar s ? s.value() : ev.firstValue(ref.get(i));
        if (key == null) {
          return false;
        }
        path.add(key);
      }
      if ("input".equals(head)) {
        input = Upsert.upsert(input, path, v);
      } else if ("data".equals(head)) {
        data.add(new State.DataOverride(path, v));
      }
    }
    State ns = old.with(input, data, functions);
    ev.state = ns;
    try {
      return ev.evalExprNoWith(e, () -> {
        ev.state = old;
        try {
          return k.run();
        } finally {
          ev.state = ns;
        }
      });
    } finally {
      ev.state = old;
    }
  }

  private boolean isFunctionTarget(Ref ref) {
    String head = ref.headName();
    if ("input".equals(head)) {
      return false;
    }
    if ("data".equals(head)) {
      RuleNode n = ev.compiled.root();
      for (int i = 1; i < ref.size() && n != null; i++) {
        n = ref.get(i) instanceof Scalar s ? n.child(s.value()) : null;
      }
      return n != null && n.isFunction();
    }
    String name = RefNames.dotted(ref);
    return ev.compiled.catalog().contains(name) || ev.config.registry().contains(name)
        || (ref.head() instanceof Var);
  }
}
