package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.GoQuote;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Go's {@code time.Duration} text: {@code time.ParseDuration} plus OPA's extended units
 * ({@code d} (24h), {@code w} (7d) and {@code y} (365d), rewritten to hours before parsing as OPA
 * does), and the short form {@code opa test} prints durations in.
 */
public final class GoDuration {
  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
  private static final Map<String, Integer> EXTENDED = Map.of("d", 24, "w", 7 * 24, "y", 365 * 24);

  private GoDuration() {}

  /**
   * Nanoseconds of an OPA duration string ({@code time.parse_duration_ns}).
   *
   * @throws BuiltinException with Go's message when the text is not a duration
   */
  public static long parseExtended(String s) {
    if (s.isEmpty()) {
      throw new BuiltinException("time: invalid duration " + GoQuote.quote(s));
    }
    if (s.indexOf('d') < 0 && s.indexOf('w') < 0 && s.indexOf('y') < 0) {
      return parse(s);
    }
    String rewritten = rewrite(s);
    if (rewritten == null) {
      throw new BuiltinException("time: invalid duration " + GoQuote.quote(s));
    }
    try {
      return parse(rewritten);
    } catch (BuiltinException e) {
      String msg = e.getMessage();
      int i = msg.lastIndexOf(' ');
      if (i != -1) {
        msg = msg.substring(0, i);
      }
      throw new BuiltinException(msg + " " + GoQuote.quote(s));
    }
  }

  /** Rewrites d/w/y segments to hours following OPA's duration grammar; null when it does not match. */
  private static String rewrite(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      b.append(s.charAt(0));
      i = 1;
    }
    if (i >= s.length()) {
      return null;
    }
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '.')) {
        i++;
      }
      if (i == start || i >= s.length()) {
        return null;
      }
      String digits = s.substring(start, i);
      String unit;
      if (s.startsWith("ms", i) || s.startsWith("us", i) || s.startsWith("ns", i)) {
        unit = s.substring(i, i + 2);
      } else if (s.startsWith("\u00b5s", i)) {
        unit = "\u00b5s";
      } else if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
        unit = s.substring(i, i + 1);
      } else {
        return null;
      }
      i += unit.length();
      Integer coeff = EXTENDED.get(unit);
      if (coeff == null) {
        b.append(digits).append(unit);
      } else {
        double val;
        try {
          val = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
          return null;
        }
        double hours = val * coeff;
        b.append(new BigDecimal(Double.toString(hours)).stripTrailingZeros().toPlainString()).append('h');
      }
    }
    return b.toString();
  }

  /**
   * Go's {@code time.ParseDuration}: nanoseconds of a duration such as {@code 1h2m0.5s}.
   *
   * @throws BuiltinException with Go's message when the text is not a duration
   */
  public static long parse(String orig) {
    String s = orig;
    long d = 0;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    // Unsigned arithmetic on long: values up to 1<<63 are allowed for negative durations.
    while (!s.isEmpty()) {
      char c0 = s.charAt(0);
      if (!(c0 == '.' || (c0 >= '0' && c0 <= '9'))) {
        throw invalid(orig);
      }
      int i = 0;
      long v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (Long.compareUnsigned(v, Long.MIN_VALUE / 10 * -1) > 0) {
          throw invalid(orig);
        }
        v = v * 10 + (s.charAt(i) - '0');
        if (Long.compareUnsigned(v, Long.MIN_VALUE) > 0) {
          throw invalid(orig);
        }
        i++;
      }
      boolean pre = i > 0;
      s = s.substring(i);
      boolean post = false;
      long f = 0;
      double scale = 1;
      if (!s.isEmpty() && s.charAt(0) == '.') {
        s = s.substring(1);
        int j = 0;
        boolean overflow = false;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          if (!overflow) {
            if (f > (Long.MAX_VALUE) / 10) {
              overflow = true;
            } else {
              long y = f * 10 + (s.charAt(j) - '0');
              if (y < 0) {
                overflow = true;
              } else {
                f = y;
                scale *= 10;
              }
            }
          }
          j++;
        }
        post = j > 0;
        s = s.substring(j);
      }
      if (!pre && !post) {
        throw invalid(orig);
      }
      int u = 0;
      while (u < s.length() && s.charAt(u) != '.' && !(s.charAt(u) >= '0' && s.charAt(u) <= '9')) {
        u++;
      }
      if (u == 0) {
        throw new BuiltinException("time: missing unit in duration " + GoTimeQuote.quote(orig));
      }
      String unitName = s.substring(0, u);
      s = s.substring(u);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        throw new BuiltinException("time: unknown unit " + GoTimeQuote.quote(unitName) + " in duration "
            + GoTimeQuote.quote(orig));
      }
      if (Long.compareUnsigned(v, Long.divideUnsigned(Long.MIN_VALUE, unit)) > 0) {
        throw invalid(orig);
      }
      v *= unit;
      if (f > 0) {
        v += (long) ((double) f * ((double) unit / scale));
        if (Long.compareUnsigned(v, Long.MIN_VALUE) > 0) {
          throw invalid(orig);
        }
      }
      d += v;
      if (Long.compareUnsigned(d, Long.MIN_VALUE) > 0) {
        throw invalid(orig);
      }
    }
    if (neg) {
      return -d;
    }
    if (d < 0) {
      throw invalid(orig);
    }
    return d;
  }

  /**
   * A duration as {@code time.Duration.String()} prints durations below a minute
   * ({@code 419.958µs}, {@code 1.2ms}, {@code 3s}); longer ones stay in seconds.
   */
  public static String format(long nanos) {
    if (nanos < 1_000) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000) {
      return scaled(nanos, 3) + "µs";
    }
    if (nanos < 1_000_000_000) {
      return scaled(nanos, 6) + "ms";
    }
    return scaled(nanos, 9) + "s";
  }

  private static String scaled(long nanos, int digits) {
    return BigDecimal.valueOf(nanos).movePointLeft(digits).stripTrailingZeros().toPlainString();
  }

  private static BuiltinException invalid(String orig) {
    return new BuiltinException("time: invalid duration " + GoTimeQuote.quote(orig));
  }
}
