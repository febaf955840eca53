package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import java.math.BigInteger;
import java.util.function.BinaryOperator;

/** OPA's {@code topdown/bits.go}: bitwise operations on exact (two's complement) integers. */
public final class BitsFamily implements BuiltinFamily {
  /** Shifts beyond this many bits would exhaust memory; OPA would try anyway. */
  private static final long MAX_LEFT_SHIFT = 1L << 24;
  private static final BigInteger UINT64_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  @Override
  public void register(BuiltinRegistry r) {
    binary(r, "bits.or", BigInteger::or);
    binary(r, "bits.and", BigInteger::and);
    binary(r, "bits.xor", BigInteger::xor);
    r.register("bits.negate", (ctx, a) -> NumberValue.of(GoNumbers.bigIntOperand(a, 0).not()));
    r.register("bits.lsh", (ctx, a) -> {
      BigInteger x = GoNumbers.bigIntOperand(a, 0);
      long shift = shiftOperand(GoNumbers.bigIntOperand(a, 1));
      if (x.signum() == 0) {
        return NumberValue.of(0);
      }
      if (Long.compareUnsigned(shift, MAX_LEFT_SHIFT) > 0) {
        throw new BuiltinException("shift amount too large");
      }
      return NumberValue.of(x.shiftLeft((int) shift));
    });
    r.register("bits.rsh", (ctx, a) -> {
      BigInteger x = GoNumbers.bigIntOperand(a, 0);
      long shift = shiftOperand(GoNumbers.bigIntOperand(a, 1));
      if (Long.compareUnsigned(shift, Integer.MAX_VALUE) > 0) {
        return NumberValue.of(x.signum() < 0 ? -1 : 0);
      }
      return NumberValue.of(x.shiftRight((int) shift));
    });
  }

  private static void binary(BuiltinRegistry r, String name, BinaryOperator<BigInteger> op) {
    r.register(name, (ctx, a) -> {
      BigInteger x = GoNumbers.bigIntOperand(a, 0);
      BigInteger y = GoNumbers.bigIntOperand(a, 1);
      return NumberValue.of(op.apply(x, y));
    });
  }

  /** Go's {@code uint(b.Uint64())}: the low 64 bits of a non-negative shift amount. */
  private static long shiftOperand(BigInteger b) {
    if (b.signum() < 0) {
      throw Args.operand(2, "must be an unsigned integer number but got a negative integer");
    }
    return b.and(UINT64_MASK).longValue();
  }
}
