package io.opadynamodb.rego.builtins.system;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Go's {@code time.Time.Format}: renders a zoned time with a Go layout. */
final class GoTimeFormat {
  static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday"};

  private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private GoTimeFormat() {}

  static String format(ZonedDateTime t, String layout) {
    StringBuilder b = new StringBuilder();
    String rest = layout;
    while (!rest.isEmpty()) {
      GoLayout.Chunk c = GoLayout.next(rest);
      b.append(c.prefix());
      if (c.std() == GoLayout.NONE) {
        break;
      }
      rest = c.suffix();
      appendElement(b, t, c);
    }
    return b.toString();
  }

  private static void appendElement(StringBuilder b, ZonedDateTime t, GoLayout.Chunk c) {
    int year = t.getYear();
    int hour = t.getHour();
    int offset = t.getOffset().getTotalSeconds();
    switch (c.std()) {
      case GoLayout.YEAR:
        appendInt(b, Math.abs(year % 100), 2);
        break;
      case GoLayout.LONG_YEAR:
        appendInt(b, year, 4);
        break;
      case GoLayout.MONTH:
        b.append(SHORT_MONTHS[t.getMonthValue() - 1]);
        break;
      case GoLayout.LONG_MONTH:
        b.append(LONG_MONTHS[t.getMonthValue() - 1]);
        break;
      case GoLayout.NUM_MONTH:
        appendInt(b, t.getMonthValue(), 0);
        break;
      case GoLayout.ZERO_MONTH:
        appendInt(b, t.getMonthValue(), 2);
        break;
      case GoLayout.WEEKDAY:
        b.append(SHORT_DAYS[weekday(t)]);
        break;
      case GoLayout.LONG_WEEKDAY:
        b.append(LONG_DAYS[weekday(t)]);
        break;
      case GoLayout.DAY:
        appendInt(b, t.getDayOfMonth(), 0);
        break;
      case GoLayout.UNDER_DAY:
        if (t.getDayOfMonth() < 10) {
          b.append(' ');
        }
        appendInt(b, t.getDayOfMonth(), 0);
        break;
      case GoLayout.ZERO_DAY:
        appendInt(b, t.getDayOfMonth(), 2);
        break;
      case GoLayout.UNDER_YEAR_DAY:
        int yd = t.getDayOfYear();
        if (yd < 100) {
          b.append(' ');
          if (yd < 10) {
            b.append(' ');
          }
        }
        appendInt(b, yd, 0);
        break;
      case GoLayout.ZERO_YEAR_DAY:
        appendInt(b, t.getDayOfYear(), 3);
        break;
      case GoLayout.HOUR:
        appendInt(b, hour, 2);
        break;
      case GoLayout.HOUR12:
        appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 0);
        break;
      case GoLayout.ZERO_HOUR12:
        appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 2);
        break;
      case GoLayout.MINUTE:
        appendInt(b, t.getMinute(), 0);
        break;
      case GoLayout.ZERO_MINUTE:
        appendInt(b, t.getMinute(), 2);
        break;
      case GoLayout.SECOND:
        appendInt(b, t.getSecond(), 0);
        break;
      case GoLayout.ZERO_SECOND:
        appendInt(b, t.getSecond(), 2);
        break;
      case GoLayout.PM:
        b.append(hour >= 12 ? "PM" : "AM");
        break;
      case GoLayout.PM_LOWER:
        b.append(hour >= 12 ? "pm" : "am");
        break;
      case GoLayout.ISO8601_TZ:
      case GoLayout.ISO8601_COLON_TZ:
      case GoLayout.ISO8601_SECONDS_TZ:
      case GoLayout.ISO8601_SHORT_TZ:
      case GoLayout.ISO8601_COLON_SECONDS_TZ:
      case GoLayout.NUM_TZ:
      case GoLayout.NUM_COLON_TZ:
      case GoLayout.NUM_SECONDS_TZ:
      case GoLayout.NUM_SHORT_TZ:
      case GoLayout.NUM_COLON_SECONDS_TZ:
        appendNumericZone(b, c.std(), offset);
        break;
      case GoLayout.TZ:
        String name = zoneAbbreviation(t);
        if (name != null) {
          b.append(name);
          break;
        }
        int zone = offset / 60;
        if (zone < 0) {
          b.append('-');
          zone = -zone;
        } else {
          b.append('+');
        }
        appendInt(b, zone / 60, 2);
        appendInt(b, zone % 60, 2);
        break;
      case GoLayout.FRAC_SECOND0:
      case GoLayout.FRAC_SECOND9:
        appendNano(b, t.getNano(), c.fracDigits(), c.std() == GoLayout.FRAC_SECOND9, c.fracSeparator());
        break;
      default:
        break;
    }
  }

  private static void appendNumericZone(StringBuilder b, int std, int offset) {
    boolean iso = std >= GoLayout.ISO8601_TZ && std <= GoLayout.ISO8601_COLON_SECONDS_TZ;
    if (iso && offset == 0) {
      b.append('Z');
      return;
    }
    int zone = offset / 60;
    int absOffset = offset;
    if (zone < 0) {
      b.append('-');
      zone = -zone;
      absOffset = -absOffset;
    } else {
      b.append('+');
    }
    appendInt(b, zone / 60, 2);
    boolean colon = std == GoLayout.ISO8601_COLON_TZ || std == GoLayout.NUM_COLON_TZ
        || std == GoLayout.ISO8601_COLON_SECONDS_TZ || std == GoLayout.NUM_COLON_SECONDS_TZ;
    if (colon) {
      b.append(':');
    }
    if (std != GoLayout.NUM_SHORT_TZ && std != GoLayout.ISO8601_SHORT_TZ) {
      appendInt(b, zone % 60, 2);
    }
    if (std == GoLayout.ISO8601_SECONDS_TZ || std == GoLayout.NUM_SECONDS_TZ
        || std == GoLayout.NUM_COLON_SECONDS_TZ || std == GoLayout.ISO8601_COLON_SECONDS_TZ) {
      if (std == GoLayout.NUM_COLON_SECONDS_TZ || std == GoLayout.ISO8601_COLON_SECONDS_TZ) {
        b.append(':');
      }
      appendInt(b, absOffset % 60, 2);
    }
  }

  /** The zone abbreviation Go would print ("UTC", "PST"), or null when tzdata has only a numeric one. */
  private static String zoneAbbreviation(ZonedDateTime t) {
    if (t.getZone() instanceof ZoneOffset) {
      return t.getOffset().getTotalSeconds() == 0 ? "UTC" : null;
    }
    String fromTzdata = TzAbbreviations.at(t.getZone(), t.toInstant());
    if (fromTzdata != null) {
      return fromTzdata;
    }
    String name = ZONE_NAME.format(t);
    if (name.startsWith("GMT+") || name.startsWith("GMT-") || name.startsWith("UTC+") || name.startsWith("UTC-")) {
      // tzdata writes such zones as "+03" or "+0530".
      int offset = t.getOffset().getTotalSeconds();
      int zone = Math.abs(offset) / 60;
      StringBuilder b = new StringBuilder(offset < 0 ? "-" : "+");
      appendInt(b, zone / 60, 2);
      if (zone % 60 != 0) {
        appendInt(b, zone % 60, 2);
      }
      return b.toString();
    }
    return name;
  }

  static int weekday(ZonedDateTime t) {
    return t.getDayOfWeek().getValue() % 7;
  }

  private static void appendNano(StringBuilder b, int nanos, int digits, boolean trim, char separator) {
    String s = String.format("%09d", nanos);
    if (digits > 9) {
      digits = 9;
    }
    s = s.substring(0, digits);
    if (trim) {
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == '0') {
        end--;
      }
      if (end == 0) {
        return;
      }
      s = s.substring(0, end);
    }
    b.append(separator).append(s);
  }

  /** Go's appendInt: decimal with at least {@code width} digits, zero padded, sign first. */
  static void appendInt(StringBuilder b, long x, int width) {
    if (x < 0) {
      b.append('-');
      x = -x;
    }
    String s = Long.toString(x);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
