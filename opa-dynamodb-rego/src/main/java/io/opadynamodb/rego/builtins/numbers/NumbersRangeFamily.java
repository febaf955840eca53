package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** OPA's {@code topdown/numbers.go} ranges: {@code numbers.range}, {@code numbers.range_step}. */
public final class NumbersRangeFamily implements BuiltinFamily {
  /** Larger ranges cannot be held in one array; OPA would run until cancelled. */
  private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
  private static final int CANCEL_CHECK_INTERVAL = 4096;

  @Override
  public void register(BuiltinRegistry r) {
    r.register("numbers.range", (ctx, a) -> range(ctx, a, "numbers.range"));
    r.register("numbers.range_step", (ctx, a) -> range(ctx, a, "numbers.range_step"));
  }

  private static Value range(BuiltinContext ctx, Value[] a, String name) {
    BigInteger x = GoNumbers.bigIntOperand(a, 0);
    BigInteger y = GoNumbers.bigIntOperand(a, 1);
    BigInteger step = BigInteger.ONE;
    if (a.length > 2) {
      step = GoNumbers.bigIntOperand(a, 2);
      if (step.signum() <= 0) {
        throw new BuiltinException("numbers.range_step: step must be a positive integer");
      }
    }
    BigInteger count = x.subtract(y).abs().divide(step).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_ELEMENTS)) > 0) {
      throw BuiltinException.halt("eval_cancel_error", name + ": timed out before generating all numbers in range");
    }
    boolean descending = x.compareTo(y) > 0;
    int n = count.intValue();
    List<Value> out = new ArrayList<>(Math.min(n, 1 << 16));
    if (x.bitLength() < 63 && y.bitLength() < 63 && step.bitLength() < 62) {
      long i = x.longValue();
      long s = descending ? -step.longValue() : step.longValue();
      for (int k = 0; k < n; k++, i += s) {
        checkCancelled(ctx, k);
        out.add(NumberValue.of(i));
      }
    } else {
      BigInteger i = x;
      BigInteger s = descending ? step.negate() : step;
      for (int k = 0; k < n; k++, i = i.add(s)) {
        checkCancelled(ctx, k);
        out.add(NumberValue.of(i));
      }
    }
    return ArrayValue.of(out);
  }

  private static void checkCancelled(BuiltinContext ctx, int k) {
    if (ctx != null && k % CANCEL_CHECK_INTERVAL == CANCEL_CHECK_INTERVAL - 1) {
      ctx.checkCancelled();
    }
  }
}
