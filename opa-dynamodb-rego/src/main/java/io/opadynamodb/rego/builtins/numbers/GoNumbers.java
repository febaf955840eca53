package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions between Rego numbers and the representations OPA computes with: its number text
 * read as an int64 ({@code util.Atoi64}), as an exact integer ({@code builtins.NumberToInt}) or as
 * a 64-bit-mantissa binary float ({@code builtins.NumberToFloat}), and back.
 */
public final class GoNumbers {
  private static final long INT32_MIN = Integer.MIN_VALUE;
  private static final long INT32_MAX = Integer.MAX_VALUE;
  /** The most decimal digits a computed number may have (OPA bounds literals by 2^100000). */
  static final long MAX_DIGITS = 1_000_000;

  private GoNumbers() {}

  /**
   * OPA's {@code Number.Int64()}: the number's text as an int64, accepting trailing fractional
   * zeros ({@code "10.00"}) but not exponents ({@code "1e1"}); null when it does not apply.
   */
  public static Long atoi64(NumberValue n) {
    return atoi64(n.toJsonText());
  }

  /**
   * OPA's {@code util.Atoi64}: an optional sign, at most 19 digits and an optional all-zero
   * fraction, as an int64; null when the text is not such an integer.
   */
  public static Long atoi64(String s) {
    int len = s.length();
    if (len == 0) {
      return null;
    }
    boolean negative = s.charAt(0) == '-';
    int start = negative || s.charAt(0) == '+' ? 1 : 0;
    if (len - start == 0 || len - start > 19) {
      return null;
    }
    boolean pastDecimal = false;
    long v = 0;
    for (int i = start; i < len; i++) {
      char ch = s.charAt(i);
      if (ch == '.') {
        if (pastDecimal) {
          return null;
        }
        pastDecimal = true;
        continue;
      }
      int d = ch - '0';
      if (pastDecimal) {
        if (d == 0) {
          continue;
        }
        return null;
      }
      if (d < 0 || d > 9) {
        return null;
      }
      v = v * 10 + d;
    }
    if (!negative && v < 0) {
      return null;
    }
    if (negative) {
      v = -v;
      if (v > 0) {
        return null;
      }
    }
    return v;
  }

  /** OPA's {@code builtins.IntOperand}: a number whose text is an int64, else an operand error. */
  public static long intOperand(Value[] args, int index) {
    NumberValue n = Args.number(args, index);
    Long v = atoi64(n);
    if (v == null) {
      throw Args.operand(index + 1, "must be integer number but got floating-point number");
    }
    return v;
  }

  /** OPA's {@code builtins.BigIntOperand}: "must be integer but got T" for non-numbers. */
  public static BigInteger bigIntOperand(Value[] args, int index) {
    if (!(args[index] instanceof NumberValue n)) {
      throw Args.typeError(index + 1, args[index], "integer");
    }
    BigInteger i = toBigInteger(n);
    if (i == null) {
      throw Args.operand(index + 1, "must be integer number but got floating-point number");
    }
    return i;
  }

  /** The exact integer value, or null when the number is not integral ({@code NumberToInt}). */
  public static BigInteger toBigInteger(NumberValue n) {
    if (!n.isLong()) {
      BigDecimal d = n.bigDecimalValue();
      // An integer of more than MAX_DIGITS digits (1e999999999) cannot be materialised.
      if ((long) d.precision() - d.scale() > MAX_DIGITS && n.isInteger()) {
        throw error("number too big");
      }
    }
    return n.bigIntegerValueOrNull();
  }

  /** True when the number is an integer in the int32 window, OPA's "small int" fast path. */
  static boolean isSmallInt(NumberValue n) {
    if (n.isLong()) {
      long v = n.longValue();
      return v >= INT32_MIN && v <= INT32_MAX;
    }
    BigInteger i = toBigInteger(n);
    return i != null && i.bitLength() < 32;
  }

  /** {@code builtins.NumberToFloat}: the number's text parsed at 64-bit mantissa precision. */
  static GoFloat toFloat(NumberValue n) {
    return GoFloat.parse(n.toJsonText());
  }

  /** {@code builtins.FloatToNumber}: integral floats in 'f' format, others in 'g' format. */
  static NumberValue fromFloat(GoFloat f) {
    return NumberValue.parse(f.isInt() ? f.textF() : f.textG());
  }

  /**
   * {@code builtins.NumberToFloat(n).Int(nil)}: the number rounded to a 64-bit mantissa, then
   * truncated toward zero, as OPA's {@code format_int} and time built-ins read numbers.
   */
  public static BigInteger truncateAsOpaFloat(NumberValue n) {
    return toFloat(n).toBigInteger();
  }

  /** {@code builtins.IntToNumber}. */
  public static NumberValue fromBigInteger(BigInteger i) {
    return NumberValue.of(i);
  }

  /** A plain built-in error (eval_builtin_error). */
  static BuiltinException error(String message) {
    return new BuiltinException(message);
  }
}
