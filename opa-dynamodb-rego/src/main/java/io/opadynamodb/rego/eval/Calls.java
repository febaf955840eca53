package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.EvaluationException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.compiler.RuleNode;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Function and built-in calls: argument evaluation, output binding ({@code plus(1, 2, x)}),
 * user functions, built-ins implemented by the evaluator ({@code print}, {@code walk},
 * {@code internal.member_*}), {@code with} replacements, and OPA's built-in error policy.
 */
final class Calls {
  private final Evaluator ev;
  private final EvalBuiltinContext bctx;

  Calls(Evaluator ev) {
    this.ev = ev;
    this.bctx = new EvalBuiltinContext(ev);
  }

  boolean evalCallExpr(Expr.CallExpr c, K k) {
    String name = c.name();
    List<Term> args = c.args();
    if (name.equals("print") || name.equals("internal.print")) {
      return print(args, c.location()) || k.run();
    }
    int arity = arity(name, c.operator());
    boolean hasOutput = arity >= 0 && args.size() == arity + 1;
    int n = hasOutput ? arity : args.size();
    Value[] vals = new Value[n];
    List<Term> inputs = args.subList(0, n);
    return ev.terms.list(inputs, 0, vals, () -> call(c.operator(), vals.clone(), c.location(), result -> {
      if (hasOutput) {
        return ev.unifyValue(args.get(arity), result, k);
      }
      return Evaluator.isTrue(result) && k.run();
    }));
  }

  private int arity(String name, Ref op) {
    Term override = ev.state.functionOverrides.get(name);
    Integer a = ev.compiled.functionArity().get(name);
    if (a == null) {
      a = ev.compiled.catalog().arity(name);
    }
    if (a == null && override != null && override instanceof Ref r) {
      return arity(RefNames.dotted(r), r);
    }
    return a == null ? -1 : a;
  }

  /** Calls a function or built-in by operator ref with ground arguments. */
  boolean call(Ref op, Value[] args, Location loc, VK k) {
    String name = RefNames.dotted(op);
    Term override = ev.state.functionOverrides.get(name);
    if (override != null) {
      Ref target;
      if (override instanceof Ref r && isFunctionRef(r)) {
        target = r;
      } else if (override instanceof io.opadynamodb.rego.ast.Var v && isFunctionName(v.name())) {
        target = new Ref(List.of(v), v.location());
      } else {
        return ev.terms.eval(override, k);
      }
      State saved = ev.state;
      ev.state = saved.withoutFunctionOverrides();
      try {
        return call(target, args, loc, v -> {
          State inner = ev.state;
          ev.state = saved;
          try {
            return k.accept(v);
          } finally {
            ev.state = inner;
          }
        });
      } finally {
        ev.state = saved;
      }
    }
    if ("data".equals(op.headName())) {
      RuleNode node = ev.compiled.root();
      for (int i = 1; i < op.size() && node != null; i++) {
        node = op.get(i) instanceof Scalar s ? node.child(s.value()) : null;
      }
      if (node == null || !node.isFunction()) {
        return false;
      }
      return ev.docs.callFunction(node, args, loc, k);
    }
    switch (name) {
      case "internal.member_2":
        return k.accept(BooleanValue.of(Members.member2(args[0], args[1])));
      case "internal.member_3":
        return k.accept(BooleanValue.of(Members.member3(args[0], args[1], args[2])));
      case "walk":
        return Members.walk(args[0], k);
      case "trace":
        return k.accept(BooleanValue.TRUE);
      case "rego.metadata.chain":
        return k.accept(Metadata.chain(ev));
      case "rego.metadata.rule":
        return k.accept(Metadata.rule(ev));
      default:
        break;
    }
    BuiltinFunction fn = ev.config.registry().get(name);
    if (fn == null) {
      fn = FallbackOperators.get(name);
    }
    if (fn == null) {
      throw new EvaluationException(new RegoError("eval_internal_error",
          "built-in function " + name + " is not implemented", loc));
    }
    Value result;
    try {
      bctx.location = loc;
      result = fn.call(bctx, args);
    } catch (BuiltinException e) {
      if (e.haltCode() != null) {
        throw new EvaluationException(new RegoError(e.haltCode(), e.getMessage(), loc));
      }
      return builtinError(e.isTypeError() ? "eval_type_error" : "eval_builtin_error", name + ": " + e.getMessage(),
          loc);
    } catch (io.opadynamodb.rego.RegoException e) {
      throw e;
    } catch (RuntimeException e) {
      return builtinError("eval_builtin_error", name + ": " + e, loc);
    }
    return result != null && k.accept(result);
  }

  private boolean builtinError(String code, String message, Location loc) {
    RegoError err = new RegoError(code, message, loc);
    if (ev.config.strictBuiltinErrors()) {
      throw new EvaluationException(err);
    }
    return false;
  }

  private boolean isFunctionRef(Ref r) {
    if ("data".equals(r.headName())) {
      RuleNode node = ev.compiled.root();
      for (int i = 1; i < r.size() && node != null; i++) {
        node = r.get(i) instanceof Scalar s ? node.child(s.value()) : null;
      }
      return node != null && node.isFunction();
    }
    return isFunctionName(RefNames.dotted(r));
  }

  private boolean isFunctionName(String name) {
    return ev.compiled.catalog().contains(name) || ev.config.registry().contains(name);
  }

  /** OPA's {@code internal.print}: each argument's values, cross product, joined with spaces. */
  private boolean print(List<Term> args, Location loc) {
    List<List<String>> options = new ArrayList<>();
    for (Term a : args) {
      List<String> vs = new ArrayList<>();
      io.opadynamodb.rego.value.SetValue.Builder set = io.opadynamodb.rego.value.SetValue.builder();
      int m = ev.b.mark();
      ev.terms.eval(a, v -> {
        set.add(v);
        return false;
      });
      ev.b.undo(m);
      io.opadynamodb.rego.value.SetValue s = set.build();
      if (s.isEmpty()) {
        vs.add("<undefined>");
      }
      for (int i = 0; i < s.size(); i++) {
        Value v = s.get(i);
        vs.add(v instanceof StringValue str ? str.value() : ValueFormatter.rego(v));
      }
      options.add(vs);
    }
    emit(options, 0, new String[options.size()], loc);
    return false;
  }

  private void emit(List<List<String>> options, int i, String[] buf, Location loc) {
    if (i == options.size()) {
      if (ev.config.printer() != null) {
        String prefix = loc != null && loc.row() > 0 ? loc + ": " : "";
        ev.config.printer().accept(prefix + String.join(" ", buf));
      }
      return;
    }
    for (String s : options.get(i)) {
      buf[i] = s;
      emit(options, i + 1, buf, loc);
    }
  }

  static ArrayValue pair(Value a, Value b) {
    return ArrayValue.of(a, b);
  }
}
