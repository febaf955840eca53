package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.ExpressionValue;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.ResultRow;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The {@link Engine} of the CLI: the engine's public API ({@link PolicySet}, prepared queries). */
final class CoreEngine implements Engine {

  @Override
  public Compiled compile(Map<String, String> modules, ObjectValue data, boolean v0, Capabilities capabilities) {
    RegoVersion version = v0 ? RegoVersion.V0 : RegoVersion.V1;
    PolicySet.Builder builder = PolicySet.builder().defaultRegoVersion(version).data(data);
    if (capabilities != null) {
      builder.standardBuiltins(capabilities.builtins());
      if (capabilities.allowNet() != null) {
        builder.allowNet(capabilities.allowNet());
      }
    }
    modules.forEach((file, source) -> builder.module(file, source, version));
    return new CompiledPolicies(builder.build());
  }

  private record CompiledPolicies(PolicySet policies) implements Compiled {

    @Override
    public List<QueryRow> eval(String query, Value input, boolean strictBuiltinErrors, Duration timeout,
        Consumer<String> printer) {
      EvalOptions options = EvalOptions.builder()
          .input(input)
          .strictBuiltinErrors(strictBuiltinErrors)
          .timeout(timeout)
          .printer(printer)
          .build();
      EvalResult result = policies.prepare(query).evaluate(options);
      List<QueryRow> rows = new ArrayList<>(result.rows().size());
      for (ResultRow row : result.rows()) {
        List<QueryRow.Expression> expressions = new ArrayList<>();
        for (ExpressionValue e : row.expressionDetails()) {
          Location loc = e.location() == null ? Location.NONE : e.location();
          expressions.add(new QueryRow.Expression(e.value(), e.text(), loc.row(), loc.col()));
        }
        // opa prints bindings in key order (Go sorts map keys)
        rows.add(new QueryRow(expressions, new TreeMap<>(row.bindings())));
      }
      return rows;
    }

    @Override
    public List<Module> modules() {
      return policies.modules();
    }
  }
}
