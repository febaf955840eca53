package io.opadynamodb.dynamodb.store.builtins;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code cache_duration}: a number of seconds, or a Go duration string such as {@code "90s"} or {@code "1h30m"}. */
final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private Durations() {}

  static Duration parse(Value v) {
    if (v instanceof NumberValue n) {
      return nanos(n.bigDecimalValue().multiply(BigDecimal.valueOf(1_000_000_000L)), v);
    }
    if (v instanceof StringValue s && !s.value().isEmpty()) {
      Matcher m = PART.matcher(s.value());
      BigDecimal total = BigDecimal.ZERO;
      int end = 0;
      while (m.find() && m.start() == end) {
        total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
        end = m.end();
      }
      if (end == s.value().length()) {
        return nanos(total, v);
      }
    }
    throw new BuiltinException("cache_duration must be a number of seconds or a duration such as \"30s\" or "
        + "\"5m\", got " + v);
  }

  private static Duration nanos(BigDecimal n, Value original) {
    if (n.signum() < 0) {
      throw new BuiltinException("cache_duration must not be negative, got " + original);
    }
    return Duration.ofNanos(n.longValue());
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return 1;
      case "us":
      case "µs":
        return 1_000;
      case "ms":
        return 1_000_000;
      case "s":
        return 1_000_000_000L;
      case "m":
        return 60_000_000_000L;
      default:
        return 3_600_000_000_000L;
    }
  }
}
