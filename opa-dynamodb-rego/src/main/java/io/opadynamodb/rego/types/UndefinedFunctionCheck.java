package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports calls to functions that do not exist and calls with the wrong number of arguments
 * (OPA's {@code CheckUndefinedFuncs} compiler stage, which runs before type checking).
 */
final class UndefinedFunctionCheck {
  private final TypeEnv env;
  private final List<RuleGraph.Node> rules;
  private final Set<Expr> generated;
  private final List<TypeError> errors = new ArrayList<>();

  private UndefinedFunctionCheck(TypeEnv env, List<RuleGraph.Node> rules, Set<Expr> generated) {
    this.env = env;
    this.rules = rules;
    this.generated = generated;
  }

  /** The errors for the (normalized) modules, in module order. */
  static List<TypeError> check(List<Module> modules, TypeEnv env, RuleGraph graph, Set<Expr> generated) {
    UndefinedFunctionCheck c = new UndefinedFunctionCheck(env, graph.nodes(), generated);
    for (Module m : modules) {
      for (Rule r : m.rules()) {
        for (Rule x = r; x != null; x = x.elseRule()) {
          c.body(x.body());
        }
      }
    }
    return c.errors;
  }

  /** The errors of a query. */
  static List<TypeError> checkQuery(Body query, TypeEnv env, Set<Expr> generated) {
    UndefinedFunctionCheck c = new UndefinedFunctionCheck(env, List.of(), generated);
    c.body(query);
    return c.errors;
  }

  private void body(Body b) {
    for (Expr e : b.exprs()) {
      expr(e);
    }
  }

  private void expr(Expr e) {
    if (e instanceof Expr.CallExpr call) {
      if (!checkCall(call)) {
        return;
      }
    }
    if (e instanceof Expr.EveryExpr ev) {
      body(ev.body());
    }
    ClosureWalker.walk(e, b -> {
      body(b);
      return true;
    });
  }

  /** Returns false when an error was reported (OPA then skips the expression's insides). */
  private boolean checkCall(Expr.CallExpr call) {
    Ref ref = call.operator();
    int arity = arity(ref);
    int operands = call.args().size();
    if (arity == -2) {
      return true;
    }
    if (arity >= 0) {
      if (generated.contains(call)) {
        if (!call.name().equals("eq") && operands != arity + 1) {
          errors.add(arityMismatch(ref, call, arity, operands - 1));
          return false;
        }
      } else if (operands != arity && operands != arity + 1) {
        errors.add(arityMismatch(ref, call, arity, operands));
        return false;
      }
      return true;
    }
    errors.add(TypeErrors.plain(call.location(), "undefined function " + RefNames.dotted(ref)));
    return false;
  }

  private int arity(Ref ref) {
    for (RuleGraph.Node n : rules) {
      if (samePath(n.path(), ref)) {
        return n.rule().head().args() == null ? 0 : n.rule().head().args().size();
      }
    }
    Integer known = env.ruleArity(RefNames.dotted(ref));
    if (known != null) {
      return known;
    }
    if (!"data".equals(ref.headName()) && env.getByRef(ref) instanceof FunctionType f) {
      // print is rewritten to internal.print([...]) before this check in OPA: any count is fine.
      return f.variadic() != null ? -2 : f.arity();
    }
    return -1;
  }

  private static boolean samePath(List<Term> path, Ref ref) {
    if (path.size() != ref.size()) {
      return false;
    }
    for (int i = 1; i < path.size(); i++) {
      Value a = Terms.constant(path.get(i));
      Value b = Terms.constant(ref.get(i));
      if (a == null || !a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  private TypeError arityMismatch(Ref f, Expr.CallExpr expr, int exp, int act) {
    if (env.getByRef(f) instanceof FunctionType want) {
      List<Type> have = new ArrayList<>();
      for (Term op : expr.args()) {
        have.add(env.getByValue(op));
      }
      return TypeErrors.argError(expr.location(), f, "arity mismatch", have, want.namedFuncArgs());
    }
    String noun = act != 1 ? "arguments" : "argument";
    return TypeErrors.plain(expr.location(),
        "function " + RefNames.dotted(f) + " has arity " + exp + ", got " + act + " " + noun);
  }
}
