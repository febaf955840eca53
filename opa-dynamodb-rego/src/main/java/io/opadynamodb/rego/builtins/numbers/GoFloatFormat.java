package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A port of Go's {@code big.Float.Text} for the {@code 'f'} and {@code 'g'} formats with precision
 * -1 (the shortest decimal that identifies the value at its mantissa precision), including its
 * {@code roundShortest} algorithm, so numbers print digit for digit as OPA prints them.
 */
final class GoFloatFormat {
  /** About a million decimal digits. */
  private static final long MAX_BINARY_EXP = 3_400_000;

  private GoFloatFormat() {}

  /** A decimal {@code 0.mant * 10^exp} with ASCII digits and no trailing zeros (Go's {@code decimal}). */
  private static final class Decimal {
    char[] mant;
    int len;
    int exp;

    Decimal(BigInteger m, long shift) {
      if (m.signum() == 0) {
        mant = new char[0];
        return;
      }
      if (Math.abs(shift) > MAX_BINARY_EXP) {
        // Printing would take millions of digits; OPA bounds number literals far below this.
        throw new BuiltinException("number too big");
      }
      String s;
      int scale;
      if (shift >= 0) {
        s = m.shiftLeft((int) shift).toString();
        scale = 0;
      } else {
        int tz = m.getLowestSetBit();
        int drop = (int) Math.min(tz, -shift);
        m = m.shiftRight(drop);
        int k = (int) (-shift - drop);
        s = k == 0 ? m.toString() : m.multiply(BigInteger.valueOf(5).pow(k)).toString();
        scale = k;
      }
      int n = s.length();
      exp = n - scale;
      while (n > 0 && s.charAt(n - 1) == '0') {
        n--;
      }
      mant = s.substring(0, n).toCharArray();
      len = n;
      if (len == 0) {
        exp = 0;
      }
    }

    char at(int i) {
      return i >= 0 && i < len ? mant[i] : '0';
    }

    void round(int n) {
      if (n < 0 || n >= len) {
        return;
      }
      if (shouldRoundUp(n)) {
        roundUp(n);
      } else {
        roundDown(n);
      }
    }

    private boolean shouldRoundUp(int n) {
      if (mant[n] == '5' && n + 1 == len) {
        return n > 0 && ((mant[n - 1] - '0') & 1) != 0;
      }
      return mant[n] >= '5';
    }

    void roundUp(int n) {
      if (n < 0 || n >= len) {
        return;
      }
      while (n > 0 && mant[n - 1] >= '9') {
        n--;
      }
      if (n == 0) {
        mant[0] = '1';
        len = 1;
        exp++;
        return;
      }
      mant[n - 1]++;
      len = n;
    }

    void roundDown(int n) {
      if (n < 0 || n >= len) {
        return;
      }
      len = n;
      trim();
    }

    private void trim() {
      int i = len;
      while (i > 0 && mant[i - 1] == '0') {
        i--;
      }
      len = i;
      if (i == 0) {
        exp = 0;
      }
    }
  }

  static String format(GoFloat x, char fmt) {
    StringBuilder buf = new StringBuilder();
    if (x.neg) {
      buf.append('-');
    }
    Decimal d = x.isZero() ? new Decimal(BigInteger.ZERO, 0) : new Decimal(x.mant, x.exp);
    roundShortest(d, x);
    if (fmt == 'f') {
      fmtF(buf, Math.max(d.len - d.exp, 0), d);
      return buf.toString();
    }
    int prec = d.len;
    int eprec = 6;
    int exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) {
      fmtE(buf, prec - 1, d);
      return buf.toString();
    }
    fmtF(buf, Math.max(prec - d.exp, 0), d);
    return buf.toString();
  }

  private static void roundShortest(Decimal d, GoFloat x) {
    if (d.len == 0) {
      return;
    }
    BigInteger mant = x.mant;
    long exp = x.exp;
    int s = mant.bitLength() - (x.prec + 1);
    if (s < 0) {
      mant = mant.shiftLeft(-s);
    } else if (s > 0) {
      mant = mant.shiftRight(s);
    }
    exp += s;
    Decimal lower = new Decimal(mant.subtract(BigInteger.ONE), exp);
    Decimal upper = new Decimal(mant.add(BigInteger.ONE), exp);
    boolean inclusive = !mant.testBit(1);
    for (int i = 0; i < d.len; i++) {
      char m = d.mant[i];
      char l = lower.at(i);
      char u = upper.at(i);
      boolean okdown = l != m || inclusive && i + 1 == lower.len;
      boolean okup = m != u && (inclusive || m + 1 < u || i + 1 < upper.len);
      if (okdown && okup) {
        d.round(i + 1);
        return;
      } else if (okdown) {
        d.roundDown(i + 1);
        return;
      } else if (okup) {
        d.roundUp(i + 1);
        return;
      }
    }
  }

  private static void fmtE(StringBuilder buf, int prec, Decimal d) {
    buf.append(d.len > 0 ? d.mant[0] : '0');
    if (prec > 0) {
      buf.append('.');
      int i = 1;
      int m = Math.min(d.len, prec + 1);
      if (i < m) {
        buf.append(d.mant, i, m - i);
        i = m;
      }
      for (; i <= prec; i++) {
        buf.append('0');
      }
    }
    buf.append('e');
    long exp = d.len > 0 ? (long) d.exp - 1 : 0;
    if (exp < 0) {
      buf.append('-');
      exp = -exp;
    } else {
      buf.append('+');
    }
    if (exp < 10) {
      buf.append('0');
    }
    buf.append(exp);
  }

  private static void fmtF(StringBuilder buf, int prec, Decimal d) {
    if (d.exp > 0) {
      int m = Math.min(d.len, d.exp);
      buf.append(d.mant, 0, m);
      for (; m < d.exp; m++) {
        buf.append('0');
      }
    } else {
      buf.append('0');
    }
    if (prec > 0) {
      buf.append('.');
      for (int i = 0; i < prec; i++) {
        buf.append(d.at(d.exp + i));
      }
    }
  }

  /** Exact decimal value of a float (for tests and diagnostics). */
  static BigDecimal exact(GoFloat x) {
    BigDecimal m = new BigDecimal(x.mant);
    BigDecimal v = x.exp >= 0
        ? new BigDecimal(x.mant.shiftLeft((int) x.exp))
        : m.multiply(BigDecimal.valueOf(5).pow((int) -x.exp)).scaleByPowerOfTen((int) x.exp);
    return x.neg ? v.negate() : v;
  }
}
