package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.util.function.UnaryOperator;

/**
 * OPA's {@code topdown/arithmetic.go}: {@code plus minus mul div rem abs round ceil floor}.
 *
 * <p>As in OPA, integers are computed exactly; anything else (and every division that does not
 * come out exact on small integers) in 64-bit-mantissa binary floating point, whose results are
 * printed in Go's shortest form. {@code minus} also computes set difference.
 */
public final class ArithmeticFamily implements BuiltinFamily {
  private static final GoFloat HALF = GoFloat.ofFloat64(1, -1);
  private static final GoFloat ONE = GoFloat.ofFloat64(1, 0);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("plus", (ctx, a) -> plus(Args.number(a, 0), Args.number(a, 1)));
    r.register("minus", (ctx, a) -> minusOperator(a));
    r.register("mul", (ctx, a) -> mul(Args.number(a, 0), Args.number(a, 1)));
    r.register("div", (ctx, a) -> div(Args.number(a, 0), Args.number(a, 1)));
    r.register("rem", (ctx, a) -> rem(Args.number(a, 0), Args.number(a, 1)));
    r.register("abs", (ctx, a) -> abs(Args.number(a, 0)));
    r.register("round", (ctx, a) -> unary(Args.number(a, 0), ArithmeticFamily::roundHalfAway));
    r.register("ceil", (ctx, a) -> unary(Args.number(a, 0), ArithmeticFamily::ceil));
    r.register("floor", (ctx, a) -> unary(Args.number(a, 0), ArithmeticFamily::floor));
  }

  public static NumberValue plus(NumberValue x, NumberValue y) {
    if (x.isLong() && y.isLong() && GoNumbers.isSmallInt(x) && GoNumbers.isSmallInt(y)) {
      return NumberValue.of(x.longValue() + y.longValue());
    }
    BigInteger[] ints = ints(x, y);
    if (ints != null) {
      return NumberValue.of(ints[0].add(ints[1]));
    }
    return GoNumbers.fromFloat(GoNumbers.toFloat(x).add(GoNumbers.toFloat(y)));
  }

  public static NumberValue minus(NumberValue x, NumberValue y) {
    if (x.isLong() && y.isLong() && GoNumbers.isSmallInt(x) && GoNumbers.isSmallInt(y)) {
      return NumberValue.of(x.longValue() - y.longValue());
    }
    BigInteger[] ints = ints(x, y);
    if (ints != null) {
      return NumberValue.of(ints[0].subtract(ints[1]));
    }
    return GoNumbers.fromFloat(GoNumbers.toFloat(x).sub(GoNumbers.toFloat(y)));
  }

  public static NumberValue mul(NumberValue x, NumberValue y) {
    if (x.isLong() && y.isLong() && GoNumbers.isSmallInt(x) && GoNumbers.isSmallInt(y)) {
      return NumberValue.of(x.longValue() * y.longValue());
    }
    BigInteger[] ints = ints(x, y);
    if (ints != null) {
      return NumberValue.of(ints[0].multiply(ints[1]));
    }
    return GoNumbers.fromFloat(GoNumbers.toFloat(x).mul(GoNumbers.toFloat(y)));
  }

  /** Exact only for small integers that divide; otherwise a float quotient (so 0/-5 is -0). */
  public static NumberValue div(NumberValue x, NumberValue y) {
    if (GoNumbers.isSmallInt(x) && GoNumbers.isSmallInt(y)) {
      long a = x.bigDecimalValue().longValue();
      long b = y.bigDecimalValue().longValue();
      if (b == 0) {
        throw GoNumbers.error("divide by zero");
      }
      if (a != 0 && a % b == 0) {
        return NumberValue.of(a / b);
      }
    }
    GoFloat fy = GoNumbers.toFloat(y);
    if (fy.isZero()) {
      throw GoNumbers.error("divide by zero");
    }
    return GoNumbers.fromFloat(GoNumbers.toFloat(x).quo(fy));
  }

  /** Integer remainder (truncated, sign of the dividend); floats are an error. */
  public static NumberValue rem(NumberValue x, NumberValue y) {
    BigInteger[] ints = ints(x, y);
    if (ints == null) {
      throw GoNumbers.error("modulo on floating-point number");
    }
    if (ints[1].signum() == 0) {
      throw GoNumbers.error("modulo by zero");
    }
    return NumberValue.of(ints[0].remainder(ints[1]));
  }

  public static NumberValue abs(NumberValue x) {
    if (GoNumbers.isSmallInt(x)) {
      return NumberValue.of(Math.abs(x.bigDecimalValue().longValue()));
    }
    return GoNumbers.fromFloat(GoNumbers.toFloat(x).abs());
  }

  private static Value minusOperator(Value[] a) {
    if (a[0] instanceof NumberValue x && a[1] instanceof NumberValue y) {
      return minus(x, y);
    }
    if (a[0] instanceof SetValue s1 && a[1] instanceof SetValue s2) {
      return s1.minus(s2);
    }
    boolean firstNumber = a[0] instanceof NumberValue;
    if (!firstNumber && !(a[0] instanceof SetValue)) {
      throw Args.typeError(1, a[0], "number", "set");
    }
    if (a[1] instanceof NumberValue) {
      throw Args.typeError(2, a[1], "set");
    }
    throw Args.typeError(2, a[1], "number");
  }

  private static NumberValue unary(NumberValue x, UnaryOperator<GoFloat> op) {
    if (GoNumbers.isSmallInt(x)) {
      return NumberValue.of(x.bigDecimalValue().longValue());
    }
    return GoNumbers.fromFloat(op.apply(GoNumbers.toFloat(x)));
  }

  /** Both values as exact integers, or null if either is not integral. */
  private static BigInteger[] ints(NumberValue x, NumberValue y) {
    BigInteger a = GoNumbers.toBigInteger(x);
    if (a == null) {
      return null;
    }
    BigInteger b = GoNumbers.toBigInteger(y);
    return b == null ? null : new BigInteger[] {a, b};
  }

  /** OPA's {@code arithRound}: half away from zero. */
  static GoFloat roundHalfAway(GoFloat a) {
    GoFloat t = a.neg ? a.sub(HALF) : a.add(HALF);
    return GoFloat.ofInt(t.toBigInteger());
  }

  /** OPA's {@code arithCeil}, including its quirk that ceil(-0.5) is 1 (the truncation is +0). */
  static GoFloat ceil(GoFloat a) {
    GoFloat f = GoFloat.ofInt(a.toBigInteger());
    if (f.neg || a.compareTo(f) == 0) {
      return f;
    }
    return f.add(ONE);
  }

  /** OPA's {@code arithFloor}. */
  static GoFloat floor(GoFloat a) {
    GoFloat f = GoFloat.ofInt(a.toBigInteger());
    if (!f.neg || a.compareTo(f) == 0) {
      return f;
    }
    return f.sub(ONE);
  }
}
