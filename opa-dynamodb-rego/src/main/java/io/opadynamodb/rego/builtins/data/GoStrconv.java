package io.opadynamodb.rego.builtins.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Go's {@code strconv} number parsing and float formatting, as far as OPA's built-ins need them. */
final class GoStrconv {
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final Pattern DECIMAL_FLOAT = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private GoStrconv() {}

  /**
   * {@code strconv.ParseInt(s, base, 64)} (base 0 reads Go prefixes, a leading 0 means octal),
   * and when that fails and {@code tryUnsigned}, {@code strconv.ParseUint}. Null when invalid.
   */
  static BigInteger parseInt(String s, int base, boolean tryUnsigned) {
    BigInteger v = parse(s, base, true);
    if (v != null && v.compareTo(INT64_MIN) >= 0 && v.compareTo(INT64_MAX) <= 0) {
      return v;
    }
    if (tryUnsigned) {
      BigInteger u = parse(s, base, false);
      if (u != null && u.compareTo(UINT64_MAX) <= 0) {
        return u;
      }
    }
    return null;
  }

  private static BigInteger parse(String s, int base, boolean signed) {
    if (s.isEmpty()) {
      return null;
    }
    boolean neg = false;
    if (signed && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (base == 0) {
      base = 10;
      if (s.startsWith("0x") || s.startsWith("0X")) {
        base = 16;
        s = s.substring(2);
      } else if (s.startsWith("0o") || s.startsWith("0O")) {
        base = 8;
        s = s.substring(2);
      } else if (s.startsWith("0b") || s.startsWith("0B")) {
        base = 2;
        s = s.substring(2);
      } else if (s.startsWith("0") && s.length() > 1) {
        base = 8;
        s = s.substring(1);
      }
    }
    if (s.isEmpty()) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), base) < 0 || s.charAt(i) > 'z') {
        return null;
      }
    }
    BigInteger v = new BigInteger(s, base);
    return neg ? v.negate() : v;
  }

  /** {@code strconv.ParseFloat(s, 64)} for decimal forms; null when invalid or out of range. */
  static Double parseFloat(String s) {
    if (!DECIMAL_FLOAT.matcher(s).matches()) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isInfinite(d) ? null : d;
  }

  /** The shortest decimal digits and exponent: value = 0.d1d2... * 10^dp. */
  private record Digits(boolean neg, String digits, int dp) {}

  private static Digits digits(BigDecimal d, boolean neg) {
    if (d.signum() == 0) {
      return new Digits(neg, "0", 1);
    }
    BigDecimal s = d.abs().stripTrailingZeros();
    String digits = s.unscaledValue().toString();
    int dp = digits.length() - s.scale();
    return new Digits(neg, digits, dp);
  }

  private static Digits digits(double v) {
    boolean neg = (Double.doubleToRawLongBits(v) < 0);
    return digits(new BigDecimal(Double.toString(Math.abs(v))), neg);
  }

  /** {@code strconv.FormatFloat(v, 'g', -1, 64)}. */
  static String formatFloatG(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return formatG(digits(v));
  }

  /** {@code strconv.FormatFloat(float64(f), 'g', -1, 32)}. */
  static String formatFloat32G(float f) {
    if (Float.isNaN(f)) {
      return "NaN";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = Float.floatToRawIntBits(f) < 0;
    return formatG(digits(new BigDecimal(Float.toString(Math.abs(f))), neg));
  }

  private static String formatG(Digits d) {
    // Shortest 'g' decides on precision 6: %e below 1e-4 and from 1e6 up.
    int exp = d.dp - 1;
    if (exp < -4 || exp >= 6) {
      return formatE(d);
    }
    return formatF(d);
  }

  private static String formatE(Digits d) {
    StringBuilder sb = new StringBuilder();
    if (d.neg) {
      sb.append('-');
    }
    sb.append(d.digits.charAt(0));
    if (d.digits.length() > 1) {
      sb.append('.').append(d.digits, 1, d.digits.length());
    }
    int exp = d.digits.equals("0") ? 0 : d.dp - 1;
    sb.append('e').append(exp < 0 ? '-' : '+');
    int a = Math.abs(exp);
    if (a < 10) {
      sb.append('0');
    }
    sb.append(a);
    return sb.toString();
  }

  private static String formatF(Digits d) {
    StringBuilder sb = new StringBuilder();
    if (d.neg) {
      sb.append('-');
    }
    String digits = d.digits;
    int dp = d.dp;
    if (dp <= 0) {
      sb.append("0.");
      for (int i = 0; i < -dp; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (dp >= digits.length()) {
      sb.append(digits);
      for (int i = digits.length(); i < dp; i++) {
        sb.append('0');
      }
    } else {
      sb.append(digits, 0, dp).append('.').append(digits, dp, digits.length());
    }
    return sb.toString();
  }

  /** A float64 as Go's {@code encoding/json} writes it. */
  static String formatJsonFloat(double v) {
    Digits d = digits(v);
    double abs = Math.abs(v);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String e = formatE(d);
      int n = e.length();
      // Go cleans up e-09 to e-9.
      if (n >= 4 && e.charAt(n - 4) == 'e' && e.charAt(n - 3) == '-' && e.charAt(n - 2) == '0') {
        e = e.substring(0, n - 2) + e.charAt(n - 1);
      }
      return e;
    }
    return formatF(d);
  }
}
