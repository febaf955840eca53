package io.opadynamodb.rego.compliance;

import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.compiler.BuiltinCatalog;
import io.opadynamodb.rego.types.BuiltinDecls;
import io.opadynamodb.rego.types.FunctionType;
import io.opadynamodb.rego.types.Types;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code test.sleep(duration)}: a built-in that OPA's compliance runner declares for its cases
 * ({@code time caching} checks that {@code time.now_ns} stays fixed across a sleep). Sleeps for the Go
 * duration and returns {@code null}.
 */
final class TestSleep {
  static final String NAME = "test.sleep";

  private TestSleep() {}

  static BuiltinCatalog declare(BuiltinCatalog catalog) {
    return catalog.withFunction(NAME, 1, false);
  }

  static BuiltinDecls declare(BuiltinDecls decls) {
    return decls.withCustom(NAME, FunctionType.of(List.of(Types.S), Types.NL));
  }

  static BuiltinRegistry register(BuiltinRegistry registry) {
    return registry.register(NAME, (ctx, args) -> sleep(registry, ctx, args));
  }

  private static Value sleep(BuiltinRegistry registry, BuiltinContext ctx, Value[] args) {
    // the duration syntax is time.parse_duration_ns's
    Value nanos = registry.get("time.parse_duration_ns").call(ctx, args);
    if (!(nanos instanceof NumberValue n)) {
      throw new BuiltinException("invalid duration");
    }
    try {
      TimeUnit.NANOSECONDS.sleep(n.longValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return NullValue.INSTANCE;
  }
}
