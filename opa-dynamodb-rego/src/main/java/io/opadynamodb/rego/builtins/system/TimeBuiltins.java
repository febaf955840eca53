package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@code time.*} built-ins (OPA's topdown/time.go). */
public final class TimeBuiltins implements BuiltinFamily {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Map<String, String> NAMED_LAYOUTS = Map.of(
      "ANSIC", "Mon Jan _2 15:04:05 2006",
      "UnixDate", "Mon Jan _2 15:04:05 MST 2006",
      "RubyDate", "Mon Jan 02 15:04:05 -0700 2006",
      "RFC822", "02 Jan 06 15:04 MST",
      "RFC822Z", "02 Jan 06 15:04 -0700",
      "RFC850", "Monday, 02-Jan-06 15:04:05 MST",
      "RFC1123", "Mon, 02 Jan 2006 15:04:05 MST",
      "RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700",
      "RFC3339", "2006-01-02T15:04:05Z07:00",
      "RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00");
  private static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
  private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
  private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  @Override
  public void register(BuiltinRegistry r) {
    r.register("time.now_ns", (ctx, args) -> NumberValue.of(ctx.nowNanos()));
    r.register("time.parse_ns", (ctx, args) -> {
      String layout = Args.string(args, 0);
      String value = Args.string(args, 1);
      return safeUnixNano(GoTimeParse.parse(NAMED_LAYOUTS.getOrDefault(layout, layout), value));
    });
    r.register("time.parse_rfc3339_ns", (ctx, args) ->
        safeUnixNano(GoTimeParse.parse(RFC3339, Args.string(args, 0))));
    r.register("time.parse_duration_ns", (ctx, args) ->
        NumberValue.of(GoDuration.parseExtended(Args.string(args, 0))));
    r.register("time.format", (ctx, args) -> {
      TzTime t = tzTime(args[0]);
      String layout = t.layout.isEmpty() ? RFC3339_NANO : NAMED_LAYOUTS.getOrDefault(t.layout, t.layout);
      return StringValue.of(GoTimeFormat.format(t.time, layout));
    });
    r.register("time.date", (ctx, args) -> {
      ZonedDateTime t = tzTime(args[0]).time;
      return ArrayValue.of(NumberValue.of(t.getYear()), NumberValue.of(t.getMonthValue()),
          NumberValue.of(t.getDayOfMonth()));
    });
    r.register("time.clock", (ctx, args) -> {
      ZonedDateTime t = tzTime(args[0]).time;
      return ArrayValue.of(NumberValue.of(t.getHour()), NumberValue.of(t.getMinute()),
          NumberValue.of(t.getSecond()));
    });
    r.register("time.weekday", (ctx, args) ->
        StringValue.of(GoTimeFormat.LONG_DAYS[GoTimeFormat.weekday(tzTime(args[0]).time)]));
    r.register("time.add_date", (ctx, args) -> addDate(args));
    r.register("time.diff", (ctx, args) -> diff(args));
  }

  private static Value addDate(Value[] args) {
    ZonedDateTime t = tzTime(args[0]).time;
    long years = Args.intValue(args, 1);
    long months = Args.intValue(args, 2);
    long days = Args.intValue(args, 3);
    // Go's AddDate normalises month and day overflow through Date(): same as adding months, then days.
    ZonedDateTime result;
    try {
      LocalDate date = LocalDate.of(t.getYear(), 1, 1)
          .plusYears(years)
          .plusMonths((long) t.getMonthValue() - 1 + months)
          .plusDays((long) t.getDayOfMonth() - 1 + days);
      result = ZonedDateTime.of(LocalDateTime.of(date, t.toLocalTime()), t.getZone());
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw new BuiltinException("time outside of valid range");
    }
    Instant i = result.toInstant();
    return safeUnixNano(new GoTimeParse.Instant(i.getEpochSecond(), i.getNano()));
  }

  private static Value diff(Value[] args) {
    ZonedDateTime t1 = tzTime(args[0]).time;
    ZonedDateTime t2 = tzTime(args[1]).time.withZoneSameInstant(t1.getZone());
    if (t1.toInstant().isAfter(t2.toInstant())) {
      ZonedDateTime tmp = t1;
      t1 = t2;
      t2 = tmp;
    }
    int year = t2.getYear() - t1.getYear();
    int month = t2.getMonthValue() - t1.getMonthValue();
    int day = t2.getDayOfMonth() - t1.getDayOfMonth();
    int hour = t2.getHour() - t1.getHour();
    int min = t2.getMinute() - t1.getMinute();
    int sec = t2.getSecond() - t1.getSecond();
    if (sec < 0) {
      sec += 60;
      min--;
    }
    if (min < 0) {
      min += 60;
      hour--;
    }
    if (hour < 0) {
      hour += 24;
      day--;
    }
    if (day < 0) {
      day += LocalDate.of(t1.getYear(), t1.getMonthValue(), 1).lengthOfMonth();
      month--;
    }
    if (month < 0) {
      month += 12;
      year--;
    }
    return ArrayValue.of(NumberValue.of(year), NumberValue.of(month), NumberValue.of(day),
        NumberValue.of(hour), NumberValue.of(min), NumberValue.of(sec));
  }

  private record TzTime(ZonedDateTime time, String layout) {}

  private static final String TZ_EXPECTED = "either number (ns) or [number (ns), string (tz)]";

  /** OPA's tzTime: a number of ns, or [ns, tz] or [ns, tz, layout]; operand errors always name operand 1. */
  private static TzTime tzTime(Value a) {
    Value nVal;
    ZoneId zone = UTC;
    String layout = "";
    if (a instanceof ArrayValue arr) {
      if (arr.size() == 0) {
        throw Args.typeError(1, a, TZ_EXPECTED);
      }
      nVal = arr.get(0);
      if (!(nVal instanceof NumberValue)) {
        throw Args.typeError(1, nVal, "number");
      }
      if (arr.size() > 1) {
        if (!(arr.get(1) instanceof StringValue tz)) {
          throw Args.typeError(1, arr.get(1), "string");
        }
        zone = zone(tz.value());
      }
      if (arr.size() > 2) {
        if (!(arr.get(2) instanceof StringValue l)) {
          throw Args.typeError(1, arr.get(2), "string");
        }
        layout = l.value();
      }
    } else if (a instanceof NumberValue) {
      nVal = a;
    } else {
      throw Args.typeError(1, a, TZ_EXPECTED);
    }
    BigDecimal d = ((NumberValue) nVal).bigDecimalValue();
    long ns;
    try {
      ns = d.longValueExact();
    } catch (ArithmeticException e) {
      throw new BuiltinException("timestamp too big");
    }
    Instant instant = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
    return new TzTime(ZonedDateTime.ofInstant(instant, zone), layout);
  }

  private static ZoneId zone(String name) {
    if (name.isEmpty() || name.equals("UTC")) {
      return UTC;
    }
    if (name.equals("Local")) {
      return ZoneId.systemDefault();
    }
    ZoneId cached = ZONES.get(name);
    if (cached != null) {
      return cached;
    }
    // Go's LoadLocation only knows IANA names (no "+05:00" or "GMT+5" offsets that ZoneId.of accepts).
    if (!ZoneId.getAvailableZoneIds().contains(name)) {
      throw new BuiltinException("unknown time zone " + name);
    }
    ZoneId z = ZoneId.of(name);
    ZONES.put(name, z);
    return z;
  }

  private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);

  private static Value safeUnixNano(GoTimeParse.Instant t) {
    BigInteger ns = BigInteger.valueOf(t.epochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(t.nano()));
    if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) {
      throw new BuiltinException("time outside of valid range");
    }
    return NumberValue.of(ns.longValueExact());
  }
}
