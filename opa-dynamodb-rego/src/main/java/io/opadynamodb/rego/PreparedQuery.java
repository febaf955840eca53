package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.TermPrinter;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.compiler.CompiledQuery;
import io.opadynamodb.rego.compiler.Compiler;
import io.opadynamodb.rego.eval.EvalConfig;
import io.opadynamodb.rego.eval.Evaluator;
import io.opadynamodb.rego.parser.RegoParser;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compiled query over a {@link PolicySet}. Immutable and thread-safe: {@link #evaluate} may run
 * concurrently.
 */
public final class PreparedQuery {
  private static final String CAPTURE = "__capture";

  private final PolicySet policies;
  private final CompiledQuery query;
  private final Body original;

  private PreparedQuery(PolicySet policies, CompiledQuery query, Body original) {
    this.policies = policies;
    this.query = query;
    this.original = original;
  }

  static PreparedQuery compile(PolicySet policies, String text, RegoVersion version) {
    Body parsed = RegoParser.parseQuery(text, version);
    // As OPA's rego package: capture the value of each term expression in a variable.
    List<Expr> exprs = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Expr e = parsed.get(i);
      if (e instanceof Expr.TermExpr t && !t.negated()) {
        Var capture = new Var(CAPTURE + i + "__", t.location());
        exprs.add(new Expr.CallExpr(new Ref(List.of(new Var("eq", t.location())), t.location()),
            List.of(capture, t.term()), false, t.with(), t.location()));
      } else {
        exprs.add(e);
      }
    }
    CompiledQuery q = Compiler.compileQuery(new Body(exprs, parsed.location()), policies.compiled());
    return new PreparedQuery(policies, q, parsed);
  }

  /** Evaluates the query. Errors are {@link RegoException}s (conflicts, strict built-in errors, cancellation). */
  public EvalResult evaluate(EvalOptions options) {
    Evaluator ev = new Evaluator(policies.compiled(), policies.data(), config(options));
    List<ResultRow> rows = new ArrayList<>();
    ev.runWithEvaluator(query.body(), () -> rows.add(row(ev.bindings())));
    return new EvalResult(rows);
  }

  private ResultRow row(Map<String, Value> raw) {
    List<ExpressionValue> exprs = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      Expr e = original.get(i);
      Value v = raw.get(CAPTURE + i + "__");
      String text = e.location().text().isEmpty() ? TermPrinter.expr(e) : e.location().text();
      exprs.add(new ExpressionValue(v == null ? BooleanValue.TRUE : v, text, e.location()));
    }
    Map<String, Value> bindings = new TreeMap<>();
    raw.forEach((name, v) -> {
      String source = query.originalNames().getOrDefault(name, name);
      if (!source.startsWith("$") && !source.startsWith("__")) {
        bindings.put(source, v);
      }
    });
    return new ResultRow(exprs, new LinkedHashMap<>(bindings));
  }

  private EvalConfig config(EvalOptions o) {
    long deadline = o.timeout() == null ? 0 : System.nanoTime() + o.timeout().toNanos();
    if (deadline == 0 && o.timeout() != null) {
      deadline = 1;
    }
    Instant now = o.now() == null ? Instant.now() : o.now();
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    Cancellation c = o.cancellation();
    return new EvalConfig(o.input(), o.strictBuiltinErrors(), deadline, c == null ? null : c::isCancelled,
        o.printer(), nanos, policies.registry(), policies.sharedCache(), null);
  }

  /** The compiled query body (for tools). */
  public Body compiledBody() {
    return query.body();
  }
}
