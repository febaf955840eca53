package io.opadynamodb.rego.builtins.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's {@code strconv.FormatFloat(v, fmt, prec, 64)} for the formats e, E, f, g, G, b, x, X. */
final class GoFloat {
  private GoFloat() {}

  /** Decimal digits without trailing zeros ("" for zero); the value is 0.digits * 10^dp. */
  private record Digits(String d, int dp) {
    int nd() {
      return d.length();
    }

    char at(int i) {
      return d.charAt(i);
    }
  }

  static String format(double v, char fmt, int prec) {
    long bits = Double.doubleToRawLongBits(v);
    boolean neg = bits < 0;
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return neg ? "-Inf" : "+Inf";
    }
    int rawExp = (int) ((bits >>> 52) & 0x7ff);
    long mant = bits & ((1L << 52) - 1);
    int exp;
    if (rawExp == 0) {
      exp = 1 - 1023;
    } else {
      mant |= 1L << 52;
      exp = rawExp - 1023;
    }
    if (fmt == 'b') {
      return fmtB(neg, mant, exp);
    }
    if (fmt == 'x' || fmt == 'X') {
      return fmtX(prec, fmt, neg, mant, exp);
    }
    double abs = Math.abs(v);
    boolean shortest = prec < 0;
    Digits digs;
    if (shortest) {
      digs = shortest(abs);
      switch (fmt) {
        case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
        case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
        default -> prec = digs.nd();
      }
    } else {
      BigDecimal x = new BigDecimal(abs);
      switch (fmt) {
        case 'e', 'E' -> digs = roundSignificant(x, prec + 1);
        case 'f' -> digs = digits(x.setScale(prec, RoundingMode.HALF_EVEN));
        default -> {
          if (prec == 0) {
            prec = 1;
          }
          digs = roundSignificant(x, prec);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    switch (fmt) {
      case 'e', 'E' -> fmtE(sb, digs, prec, fmt);
      case 'f' -> fmtF(sb, digs, prec);
      default -> {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
          eprec = digs.nd();
        }
        // %e is used if the exponent is below -4 or at least the precision (6 for shortest).
        if (shortest) {
          eprec = 6;
        }
        int e = digs.dp() - 1;
        if (e < -4 || e >= eprec) {
          if (prec > digs.nd()) {
            prec = digs.nd();
          }
          fmtE(sb, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
        } else {
          if (prec > digs.dp()) {
            prec = digs.nd();
          }
          fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
        }
      }
    }
    return sb.toString();
  }

  private static Digits digits(BigDecimal x) {
    if (x.signum() == 0) {
      return new Digits("", 0);
    }
    BigDecimal s = x.stripTrailingZeros();
    String d = s.unscaledValue().toString();
    return new Digits(d, d.length() - s.scale());
  }

  private static Digits roundSignificant(BigDecimal x, int n) {
    if (x.signum() == 0) {
      return new Digits("", 0);
    }
    return digits(x.round(new MathContext(n, RoundingMode.HALF_EVEN)));
  }

  /** The shortest digits that read back as the same double, the closest one on a tie of length. */
  private static Digits shortest(double abs) {
    if (abs == 0) {
      return new Digits("", 0);
    }
    BigDecimal x = new BigDecimal(abs);
    for (int p = 1; p <= 17; p++) {
      BigDecimal lo = x.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal hi = x.round(new MathContext(p, RoundingMode.CEILING));
      boolean loOk = Double.parseDouble(lo.toString()) == abs;
      boolean hiOk = Double.parseDouble(hi.toString()) == abs;
      if (loOk && hiOk) {
        int c = x.subtract(lo).compareTo(hi.subtract(x));
        return digits(c <= 0 ? lo : hi);
      }
      if (loOk) {
        return digits(lo);
      }
      if (hiOk) {
        return digits(hi);
      }
    }
    return digits(x.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  private static void fmtE(StringBuilder sb, Digits d, int prec, char fmt) {
    sb.append(d.nd() == 0 ? '0' : d.at(0));
    if (prec > 0) {
      sb.append('.');
      int i = 1;
      int m = Math.min(d.nd(), prec + 1);
      if (i < m) {
        sb.append(d.d(), i, m);
        i = m;
      }
      for (; i <= prec; i++) {
        sb.append('0');
      }
    }
    sb.append(fmt);
    int exp = d.nd() == 0 ? 0 : d.dp() - 1;
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      sb.append('0');
    }
    sb.append(exp);
  }

  private static void fmtF(StringBuilder sb, Digits d, int prec) {
    if (d.dp() > 0) {
      int m = Math.min(d.nd(), d.dp());
      sb.append(d.d(), 0, m);
      for (; m < d.dp(); m++) {
        sb.append('0');
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        int j = d.dp() + i - 1;
        sb.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
      }
    }
  }

  private static String fmtB(boolean neg, long mant, int exp) {
    exp -= 52;
    return (neg ? "-" : "") + mant + "p" + (exp >= 0 ? "+" : "") + exp;
  }

  private static String fmtX(int prec, char fmt, boolean neg, long mant, int exp) {
    if (mant == 0) {
      exp = 0;
    }
    mant <<= 60 - 52;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if ((extra | (mant & 1)) > (1L << 59)) {
        mant++;
      }
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      sb.append('.');
      while (mant != 0) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    sb.append(fmt == 'X' ? 'P' : 'p');
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      sb.append('0');
    }
    sb.append(exp);
    return sb.toString();
  }
}
