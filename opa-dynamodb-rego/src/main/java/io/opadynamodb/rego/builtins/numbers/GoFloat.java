package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.math.BigInteger;

/**
 * An emulation of the subset of Go's {@code math/big.Float} that OPA's arithmetic uses: binary
 * floating point with a per-value mantissa precision (64 bits by default), rounding to nearest
 * even, signed zero, and Go's decimal parsing and shortest formatting. OPA computes every
 * non-integer result this way, so its printed digits ({@code 1/3 = 0.33333333333333333334}) can
 * only be reproduced by doing the same.
 *
 * <p>The value is {@code (neg ? -1 : 1) * mant * 2^exp}; {@code mant == 0} is zero (signed).
 */
final class GoFloat {
  /** The precision Go gives a Float parsed or computed with precision 0. */
  static final int DEFAULT_PREC = 64;
  /** The precision of {@code big.NewFloat(x)}, a float64. */
  static final int FLOAT64_PREC = 53;

  private static final BigInteger FIVE = BigInteger.valueOf(5);
  private static final int POW5_TABLE_MAX = 27;
  /** Far beyond any number OPA accepts as a literal (binary exponent 100000). */
  private static final long MAX_SHIFT = 64_000_000;

  final boolean neg;
  final BigInteger mant;
  final long exp;
  final int prec;

  private GoFloat(boolean neg, BigInteger mant, long exp, int prec) {
    this.neg = neg;
    this.mant = mant;
    this.exp = exp;
    this.prec = prec;
  }

  static GoFloat zero(boolean neg, int prec) {
    return new GoFloat(neg, BigInteger.ZERO, 0, prec);
  }

  /** {@code big.NewFloat(v)} for a small exact value: precision 53. */
  static GoFloat ofFloat64(long numerator, int binaryExp) {
    return round(numerator < 0, BigInteger.valueOf(Math.abs(numerator)), binaryExp, FLOAT64_PREC, false);
  }

  /** {@code new(big.Float).SetInt(i)}: exact, precision max(bit length, 64). */
  static GoFloat ofInt(BigInteger i) {
    int prec = Math.max(i.bitLength(), DEFAULT_PREC);
    return new GoFloat(i.signum() < 0, i.abs(), 0, prec);
  }

  boolean isZero() {
    return mant.signum() == 0;
  }

  /** Rounds {@code mant * 2^exp} (plus a sticky fraction below it) to {@code prec} bits, nearest even. */
  static GoFloat round(boolean neg, BigInteger mant, long exp, int prec, boolean sticky) {
    int bits = mant.bitLength();
    if (bits == 0) {
      return zero(neg, prec);
    }
    if (bits <= prec && !sticky) {
      return new GoFloat(neg, mant, exp, prec);
    }
    int shift = bits - prec;
    if (shift <= 0) {
      // Only reachable with a sticky fraction and a short mantissa: callers provide extra bits.
      throw new IllegalStateException("rounding needs at least one extra bit");
    }
    boolean rbit = mant.testBit(shift - 1);
    boolean sbit = sticky || (shift >= 2 && mant.getLowestSetBit() < shift - 1);
    BigInteger q = mant.shiftRight(shift);
    if (rbit && (sbit || q.testBit(0))) {
      q = q.add(BigInteger.ONE);
      if (q.bitLength() > prec) {
        q = q.shiftRight(1);
        shift++;
      }
    }
    return new GoFloat(neg, q, exp + shift, prec);
  }

  /** This value rounded to another precision ({@code z.Set(x)}). */
  GoFloat withPrec(int newPrec) {
    return round(neg, mant, exp, newPrec, false);
  }

  GoFloat negate() {
    return new GoFloat(!neg, mant, exp, prec);
  }

  GoFloat abs() {
    return neg ? negate() : this;
  }

  /** {@code new(big.Float).Add(this, y)}. */
  GoFloat add(GoFloat y) {
    return addSigned(y, y.neg);
  }

  /** {@code new(big.Float).Sub(this, y)}. */
  GoFloat sub(GoFloat y) {
    return addSigned(y, !y.neg);
  }

  private GoFloat addSigned(GoFloat y, boolean yneg) {
    int p = Math.max(prec, y.prec);
    if (isZero() && y.isZero()) {
      return zero(neg && yneg, p);
    }
    if (y.isZero()) {
      return withPrec(p);
    }
    if (isZero()) {
      return round(yneg, y.mant, y.exp, p, false);
    }
    long e = Math.min(exp, y.exp);
    BigInteger mx = mant.shiftLeft(toShift(exp - e));
    BigInteger my = y.mant.shiftLeft(toShift(y.exp - e));
    if (neg == yneg) {
      return round(neg, mx.add(my), e, p, false);
    }
    int c = mx.compareTo(my);
    if (c == 0) {
      return zero(false, p);
    }
    return c > 0 ? round(neg, mx.subtract(my), e, p, false) : round(!neg, my.subtract(mx), e, p, false);
  }

  /** {@code new(big.Float).Mul(this, y)}. */
  GoFloat mul(GoFloat y) {
    return mulPrec(y, Math.max(prec, y.prec));
  }

  private GoFloat mulPrec(GoFloat y, int p) {
    boolean n = neg != y.neg;
    if (isZero() || y.isZero()) {
      return zero(n, p);
    }
    return round(n, mant.multiply(y.mant), exp + y.exp, p, false);
  }

  /** {@code this.Mul(this, y)}: the product at this value's own precision. */
  GoFloat mulKeepPrec(GoFloat y) {
    return mulPrec(y, prec);
  }

  /** {@code new(big.Float).Quo(this, y)}; y must not be zero. */
  GoFloat quo(GoFloat y) {
    return quoPrec(y, Math.max(prec, y.prec));
  }

  private GoFloat quoPrec(GoFloat y, int p) {
    boolean n = neg != y.neg;
    if (y.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    if (isZero()) {
      return zero(n, p);
    }
    int k = Math.max(0, p + 2 + y.mant.bitLength() - mant.bitLength());
    BigInteger[] qr = mant.shiftLeft(k).divideAndRemainder(y.mant);
    return round(n, qr[0], exp - k - y.exp, p, qr[1].signum() != 0);
  }

  int compareTo(GoFloat y) {
    int sx = isZero() ? 0 : (neg ? -1 : 1);
    int sy = y.isZero() ? 0 : (y.neg ? -1 : 1);
    if (sx != sy || sx == 0) {
      return Integer.compare(sx, sy);
    }
    long e = Math.min(exp, y.exp);
    int c = mant.shiftLeft(toShift(exp - e)).compareTo(y.mant.shiftLeft(toShift(y.exp - e)));
    return neg ? -c : c;
  }

  boolean isInt() {
    if (isZero() || exp >= 0) {
      return true;
    }
    return mant.getLowestSetBit() >= -exp;
  }

  /** {@code x.Int(nil)}: the integer part, truncated toward zero. */
  BigInteger toBigInteger() {
    BigInteger i = exp >= 0 ? mant.shiftLeft(toShift(exp)) : mant.shiftRight(toShift(-exp));
    return neg ? i.negate() : i;
  }

  /** A shift of mantissa bits; aligning operands of wildly different magnitude is refused. */
  private static int toShift(long n) {
    if (n > MAX_SHIFT) {
      throw new BuiltinException("number too big");
    }
    return (int) n;
  }

  /**
   * {@code new(big.Float).SetString(s)} for decimal text ({@code [sign] digits [. digits] [e [sign] digits]}),
   * reproducing Go's algorithm (exact mantissa scaled by a power of five computed at 128 bits).
   *
   * @throws NumberFormatException on text that is not a decimal number
   */
  static GoFloat parse(String s) {
    int i = 0;
    int n = s.length();
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    StringBuilder digits = new StringBuilder();
    long fcount = 0;
    boolean sawDot = false;
    boolean sawDigit = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        sawDigit = true;
        if (sawDot) {
          fcount--;
        }
      } else if (c == '.' && !sawDot) {
        sawDot = true;
      } else if (c == '_') {
        continue;
      } else {
        break;
      }
    }
    if (!sawDigit) {
      throw new NumberFormatException("not a number: " + s);
    }
    long exp10 = 0;
    if (i < n) {
      char c = s.charAt(i);
      if (c != 'e' && c != 'E') {
        throw new NumberFormatException("not a number: " + s);
      }
      i++;
      boolean eneg = false;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        eneg = s.charAt(i) == '-';
        i++;
      }
      if (i >= n) {
        throw new NumberFormatException("not a number: " + s);
      }
      for (; i < n; i++) {
        char d = s.charAt(i);
        if (d < '0' || d > '9') {
          throw new NumberFormatException("not a number: " + s);
        }
        if (exp10 < 1_000_000_000L) {
          exp10 = exp10 * 10 + (d - '0');
        }
      }
      if (eneg) {
        exp10 = -exp10;
      }
    }
    BigInteger m = new BigInteger(digits.toString());
    if (m.signum() == 0) {
      return zero(negative, DEFAULT_PREC);
    }
    long exp5 = fcount + exp10;
    long exp2 = exp5;
    if (exp5 == 0) {
      return round(negative, m, exp2, DEFAULT_PREC, false);
    }
    // z keeps its exact mantissa until the power of five is applied, as in Go.
    GoFloat z = new GoFloat(negative, m, exp2, DEFAULT_PREC);
    GoFloat p = pow5(Math.abs(exp5), DEFAULT_PREC + 64);
    return exp5 < 0 ? z.quoPrec(p, DEFAULT_PREC) : z.mulPrec(p, DEFAULT_PREC);
  }

  /** Go's {@code Float.pow5}: exact up to 5^27, then square-and-multiply rounded at {@code prec}. */
  private static GoFloat pow5(long n, int prec) {
    if (n <= POW5_TABLE_MAX) {
      return new GoFloat(false, FIVE.pow((int) n), 0, prec);
    }
    GoFloat z = new GoFloat(false, FIVE.pow(POW5_TABLE_MAX), 0, prec);
    n -= POW5_TABLE_MAX;
    GoFloat f = new GoFloat(false, FIVE, 0, prec);
    while (n > 0) {
      if ((n & 1) != 0) {
        z = z.mulPrec(f, prec);
      }
      f = f.mulPrec(f, prec);
      n >>= 1;
    }
    return z;
  }

  /** {@code x.Text('f', -1)}. */
  String textF() {
    return GoFloatFormat.format(this, 'f');
  }

  /** {@code x.Text('g', -1)}. */
  String textG() {
    return GoFloatFormat.format(this, 'g');
  }
}
