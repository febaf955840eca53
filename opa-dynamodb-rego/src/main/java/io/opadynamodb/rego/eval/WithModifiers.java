package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.EvaluationException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.compiler.RuleNode;
import io.opadynamodb.rego.value.StringValue;
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
    boolean badPath = false;
    for (With w : e.with()) {
      Term target = w.target();
      Ref ref = target instanceof Ref r ? r : new Ref(List.of(target), target.location());
      String head = ref.headName();
      if (isFunctionTarget(ref)) {
        Term replacement = w.value();
        if (!namesFunction(replacement)) {
          // a value replacement is evaluated here, in the scope of the with
          Value rv = ev.firstValue(replacement);
          if (rv == null) {
            return false;
          }
          replacement = new Scalar(rv, replacement.location());
        }
        functions.put(RefNames.dotted(ref), replacement);
        continue;
      }
      Value v = ev.firstValue(w.value());
      if (v == null) {
        return false;
      }
      List<Value> path = new ArrayList<>();
      for (int i = 1; i < ref.size(); i++) {
        // OPA checks the target as written: every key a string literal (a var, even bound to a string, is not)
        if (ref.get(i) instanceof Scalar s && s.value() instanceof StringValue key) {
          path.add(key);
        } else {
          badPath = true;
        }
      }
      if (badPath) {
        continue; // the expression fails below; only the other values are still evaluated (undefined wins)
      }
      if ("input".equals(head)) {
        input = Upsert.upsert(input, path, v);
      } else if ("data".equals(head)) {
        data.add(new State.DataOverride(path, v));
      }
    }
    if (badPath) {
      // OPA's IsValidImportPath: input and data paths are strings only; checked once every value is defined
      throw new EvaluationException(new RegoError("eval_conflict_error", "bad document path", e.location()));
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

  private boolean namesFunction(Term t) {
    if (t instanceof Var v) {
      return ev.b.get(v.name()) == null && !v.isRoot()
          && (ev.compiled.catalog().contains(v.name()) || ev.config.registry().contains(v.name()));
    }
    if (t instanceof Ref r && r.head() instanceof Var hv && !(ev.b.get(hv.name()) != null)) {
      if ("data".equals(hv.name())) {
        RuleNode n = ev.compiled.root();
        for (int i = 1; i < r.size() && n != null; i++) {
          n = r.get(i) instanceof Scalar s ? n.child(s.value()) : null;
        }
        return n != null && n.isFunction();
      }
      String name = RefNames.dotted(r);
      return ev.compiled.catalog().contains(name) || ev.config.registry().contains(name);
    }
    return false;
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
