package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.TermPrinter;
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
  private final PolicySet policies;
  private final CompiledQuery query;
  private final List<QueryCapture.Shown> shown;

  private PreparedQuery(PolicySet policies, CompiledQuery query, List<QueryCapture.Shown> shown) {
    this.policies = policies;
    this.query = query;
    this.shown = shown;
  }

  static PreparedQuery compile(PolicySet policies, String text, RegoVersion version) {
    Body parsed = RegoParser.parseQuery(text, version);
    QueryCapture.Rewritten rewritten = QueryCapture.rewrite(parsed, policies.compiled());
    CompiledQuery q = Compiler.compileQuery(rewritten.body(), policies.compiled());
    return new PreparedQuery(policies, q, rewritten.shown());
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
    for (QueryCapture.Shown s : shown) {
      Expr e = s.expr();
      Value v = s.capture() == null ? null : raw.get(s.capture());
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
        o.printer(), nanos, policies.registry(), policies.sharedCache(), null,
        policies.allowNet());
  }

  /** The compiled query body (for tools). */
  public Body compiledBody() {
    return query.body();
  }
}
