package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA evaluates the refs among a call's arguments before the call (its compiler's rewriteDynamics), so in
 * {@code foo == input.foos[foo]} the ref binds {@code foo} before {@code foo} is read. Our evaluator reads
 * arguments left to right; where a variable argument precedes an iterating ref, the ref is hoisted into
 * {@code __localN__ = ref} just before the call, as OPA does.
 */
final class DynamicCallArgs {
  private DynamicCallArgs() {}

  /** Appends {@code e} to {@code out}, preceded by hoisted refs when its arguments need them. */
  static void append(CompileContext ctx, Expr e, List<Expr> out) {
    if (!(e instanceof Expr.CallExpr c) || c.negated() || c.name().equals("eq") || c.name().equals("assign")
        || !varBeforeIteratingRef(c.args())) {
      out.add(e);
      return;
    }
    List<Term> args = new ArrayList<>(c.args().size());
    for (Term a : c.args()) {
      if (a instanceof Ref r && iterates(r)) {
        Var local = new Var(ctx.freshLocal("__dynamic"), r.location());
        out.add(new Expr.CallExpr(new Ref(List.of(new Var("eq", r.location())), r.location()), List.of(local, r),
            false, c.with(), c.location()));
        args.add(local);
      } else {
        args.add(a);
      }
    }
    out.add(new Expr.CallExpr(c.operator(), args, false, c.with(), c.location()));
  }

  private static boolean varBeforeIteratingRef(List<Term> args) {
    boolean var = false;
    for (Term a : args) {
      if (a instanceof Var v && !v.isRoot()) {
        var = true;
      } else if (var && a instanceof Ref r && iterates(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean iterates(Ref r) {
    for (int i = 1; i < r.size(); i++) {
      if (r.get(i) instanceof Var) {
        return true;
      }
    }
    return false;
  }
}
