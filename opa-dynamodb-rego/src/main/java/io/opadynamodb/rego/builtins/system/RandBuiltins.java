package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** {@code rand.intn}: a random integer in [0, |n|), the same for the same (str, n) within a query. */
public final class RandBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("rand.intn", (ctx, args) -> {
      String str = Args.string(args, 0);
      long n = Args.intValue(args, 1);
      if (n == 0) {
        return NumberValue.of(0);
      }
      if (n < 0) {
        n = n == Long.MIN_VALUE ? Long.MAX_VALUE : -n;
      }
      Object key = List.of("rand.intn", str + "-" + n);
      Value cached = (Value) ctx.evaluationCache().get(key);
      if (cached != null) {
        return cached;
      }
      Value result = NumberValue.of(n <= Integer.MAX_VALUE ? ctx.random().nextInt((int) n) : ctx.random().nextLong(n));
      ctx.evaluationCache().put(key, result);
      return result;
    });
  }
}
