package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.util.List;

/**
 * The numeric folds of OPA's {@code sum} and {@code product}: exact when every element is an
 * integer, else in binary floating point (64-bit mantissa for sums, 53-bit for products, as
 * OPA's accumulators start from {@code new(big.Float)} and {@code big.NewFloat(1)}).
 */
public final class Accumulate {
  private Accumulate() {}

  /** {@code sum}: {@code composite} (an array or set) is only used in the element error. */
  public static NumberValue sum(Value composite, List<Value> elems) {
    BigInteger exact = exact(elems, BigInteger.ZERO, false);
    if (exact != null) {
      return NumberValue.of(exact);
    }
    GoFloat acc = GoFloat.zero(false, 0);
    for (Value v : elems) {
      acc = acc.add(GoNumbers.toFloat(number(composite, v)));
    }
    return GoNumbers.fromFloat(acc);
  }

  /** {@code product}. */
  public static NumberValue product(Value composite, List<Value> elems) {
    BigInteger exact = exact(elems, BigInteger.ONE, true);
    if (exact != null) {
      return NumberValue.of(exact);
    }
    GoFloat acc = GoFloat.ofFloat64(1, 0);
    for (Value v : elems) {
      acc = acc.mulKeepPrec(GoNumbers.toFloat(number(composite, v)));
    }
    return GoNumbers.fromFloat(acc);
  }

  private static NumberValue number(Value composite, Value v) {
    if (v instanceof NumberValue n) {
      return n;
    }
    throw Args.elementError(1, composite, v, "number");
  }

  private static BigInteger exact(List<Value> elems, BigInteger init, boolean multiply) {
    long small = init.longValue();
    boolean smallOk = true;
    BigInteger acc = init;
    for (Value v : elems) {
      if (!(v instanceof NumberValue n)) {
        return null;
      }
      if (smallOk && n.isLong()) {
        long x = n.longValue();
        try {
          small = multiply ? Math.multiplyExact(small, x) : Math.addExact(small, x);
          continue;
        } catch (ArithmeticException overflow) {
          acc = BigInteger.valueOf(small);
          smallOk = false;
        }
      } else if (smallOk) {
        acc = BigInteger.valueOf(small);
        smallOk = false;
      }
      BigInteger i = GoNumbers.toBigInteger(n);
      if (i == null) {
        return null;
      }
      acc = multiply ? acc.multiply(i) : acc.add(i);
    }
    return smallOk ? BigInteger.valueOf(small) : acc;
  }
}
