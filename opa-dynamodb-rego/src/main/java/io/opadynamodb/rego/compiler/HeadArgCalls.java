package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.BooleanValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls in function arguments. OPA rejects them ("rule arguments cannot contain calls") except template
 * strings, which its compiler moves into the body: {@code f($"{x}") := 1 if { x = "a" }} runs as
 * {@code f(__local0__) := 1 if { x = "a"; __local0__ = internal.template_string(...) }}.
 */
final class HeadArgCalls extends AstMapper {
  private static final String TEMPLATE_STRING = "internal.template_string";

  private final CompileContext ctx;
  private final List<Expr> support = new ArrayList<>();

  private HeadArgCalls(CompileContext ctx) {
    this.ctx = ctx;
  }

  /** The rewritten arguments and body, or the inputs unchanged when the arguments hold no call. */
  record Result(List<Term> args, Body body) {}

  static Result rewrite(CompileContext ctx, List<Term> args, Body body) {
    HeadArgCalls m = new HeadArgCalls(ctx);
    List<Term> out = m.terms(args);
    if (m.support.isEmpty()) {
      return new Result(out, body);
    }
    List<Expr> exprs = new ArrayList<>();
    if (!isTrue(body)) {
      exprs.addAll(body.exprs());
    }
    exprs.addAll(m.support);
    return new Result(out, new Body(exprs, body.location()));
  }

  private static boolean isTrue(Body b) {
    return b.size() == 1 && b.get(0) instanceof Expr.TermExpr t && !t.negated() && t.with().isEmpty()
        && t.term() instanceof Scalar s && s.value().equals(BooleanValue.TRUE);
  }

  @Override
  protected Term term(Term t) {
    if (t instanceof Call c) {
      if (!c.name().equals(TEMPLATE_STRING)) {
        ctx.error("rego_compile_error", "rule arguments cannot contain calls", c.location());
        return t;
      }
      Var out = new Var(ctx.freshLocal("__template"), c.location());
      support.add(new Expr.CallExpr(new Ref(List.of(new Var("eq", c.location())), c.location()),
          List.of(out, c), false, List.of(), c.location()));
      return out;
    }
    // As OPA's argument visitor: no descent into comprehensions, sets or object keys.
    if (t instanceof ArrayComprehension || t instanceof SetComprehension || t instanceof ObjectComprehension
        || t instanceof SetTerm) {
      return t;
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> es = new ArrayList<>(o.entries().size());
      for (ObjectTerm.Entry e : o.entries()) {
        es.add(new ObjectTerm.Entry(e.key(), term(e.value())));
      }
      return new ObjectTerm(es, o.location());
    }
    return super.term(t);
  }
}
