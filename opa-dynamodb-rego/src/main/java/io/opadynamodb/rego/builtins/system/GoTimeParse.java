package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import java.time.LocalDate;
import java.time.Year;

/**
 * Go's {@code time.Parse(layout, value)} with UTC as default location, returning the instant as
 * (epoch seconds, nanos). Error messages are Go's {@code ParseError} texts.
 */
final class GoTimeParse {
  /** A parsed instant. */
  record Instant(long epochSecond, int nano) {}

  private static final class Bad extends Exception {
    Bad() {
      super(null, null, false, false);
    }
  }

  private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

  private GoTimeParse() {}

  static Instant parse(String layout, String value) {
    final String alayout = layout;
    final String avalue = value;
    String rangeErr = "";
    boolean amSet = false;
    boolean pmSet = false;
    int year = 0;
    int month = -1;
    int day = -1;
    int yday = -1;
    int hour = 0;
    int min = 0;
    int sec = 0;
    int nsec = 0;
    boolean utc = false;
    int zoneOffset = -1;


    while (true) {
      GoLayout.Chunk c = GoLayout.next(layout);
      String stdstr = c.stdText();
      String skipped = skip(value, c.prefix());
      if (skipped == null) {
        throw error(alayout, avalue, c.prefix(), value, "");
      }
      value = skipped;
      if (c.std() == GoLayout.NONE) {
        if (!value.isEmpty()) {
          throw error(alayout, avalue, "", value, ": extra text: " + GoTimeQuote.quote(value));
        }
        break;
      }
      layout = c.suffix();
      String hold = value;
      try {
        switch (c.std()) {
          case GoLayout.YEAR: {
            if (value.length() < 2) {
              throw new Bad();
            }
            String p = value.substring(0, 2);
            value = value.substring(2);
            year = atoi(p);
            year = year >= 69 ? year + 1900 : year + 2000;
            break;
          }
          case GoLayout.LONG_YEAR: {
            if (value.length() < 4 || !GoLayout.isDigit(value, 0)) {
              throw new Bad();
            }
            String p = value.substring(0, 4);
            value = value.substring(4);
            year = atoi(p);
            break;
          }
          case GoLayout.MONTH:
          case GoLayout.LONG_MONTH: {
            String[] tab = c.std() == GoLayout.MONTH ? GoTimeFormat.SHORT_MONTHS : GoTimeFormat.LONG_MONTHS;
            int idx = lookup(tab, value);
            month = idx + 1;
            value = value.substring(tab[idx].length());
            break;
          }
          case GoLayout.NUM_MONTH:
          case GoLayout.ZERO_MONTH: {
            int[] r = getnum(value, c.std() == GoLayout.ZERO_MONTH);
            month = r[0];
            value = value.substring(r[1]);
            if (month <= 0 || month > 12) {
              rangeErr = "month";
            }
            break;
          }
          case GoLayout.WEEKDAY:
          case GoLayout.LONG_WEEKDAY: {
            String[] tab = c.std() == GoLayout.WEEKDAY ? GoTimeFormat.SHORT_DAYS : GoTimeFormat.LONG_DAYS;
            int idx = lookup(tab, value);
            value = value.substring(tab[idx].length());
            break;
          }
          case GoLayout.DAY:
          case GoLayout.UNDER_DAY:
          case GoLayout.ZERO_DAY: {
            if (c.std() == GoLayout.UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
              value = value.substring(1);
            }
            int[] r = getnum(value, c.std() == GoLayout.ZERO_DAY);
            day = r[0];
            value = value.substring(r[1]);
            break;
          }
          case GoLayout.UNDER_YEAR_DAY:
          case GoLayout.ZERO_YEAR_DAY: {
            for (int i = 0; i < 2; i++) {
              if (c.std() == GoLayout.UNDER_YEAR_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                value = value.substring(1);
              }
            }
            int[] r = getnum3(value, c.std() == GoLayout.ZERO_YEAR_DAY);
            yday = r[0];
            value = value.substring(r[1]);
            if (yday < 1 || yday > 366) {
              rangeErr = "day-of-year";
            }
            break;
          }
          case GoLayout.HOUR: {
            int[] r = getnum(value, false);
            hour = r[0];
            value = value.substring(r[1]);
            if (hour < 0 || hour >= 24) {
              rangeErr = "hour";
            }
            break;
          }
          case GoLayout.HOUR12:
          case GoLayout.ZERO_HOUR12: {
            int[] r = getnum(value, c.std() == GoLayout.ZERO_HOUR12);
            hour = r[0];
            value = value.substring(r[1]);
            if (hour < 0 || hour > 12) {
              rangeErr = "hour";
            }
            break;
          }
          case GoLayout.MINUTE:
          case GoLayout.ZERO_MINUTE: {
            int[] r = getnum(value, c.std() == GoLayout.ZERO_MINUTE);
            min = r[0];
            value = value.substring(r[1]);
            if (min < 0 || min >= 60) {
              rangeErr = "minute";
            }
            break;
          }
          case GoLayout.SECOND:
          case GoLayout.ZERO_SECOND: {
            int[] r = getnum(value, c.std() == GoLayout.ZERO_SECOND);
            sec = r[0];
            value = value.substring(r[1]);
            if (sec < 0 || sec >= 60) {
              rangeErr = "second";
              break;
            }
            // A fractional second in the value without one in the layout.
            if (value.length() >= 2 && commaOrPeriod(value.charAt(0)) && GoLayout.isDigit(value, 1)) {
              int nextStd = GoLayout.next(layout).std();
              if (nextStd == GoLayout.FRAC_SECOND0 || nextStd == GoLayout.FRAC_SECOND9) {
                break;
              }
              int n = 2;
              while (n < value.length() && GoLayout.isDigit(value, n)) {
                n++;
              }
              nsec = parseNanoseconds(value, n);
              value = value.substring(n);
            }
            break;
          }
          case GoLayout.PM:
          case GoLayout.PM_LOWER: {
            if (value.length() < 2) {
              throw new Bad();
            }
            String p = value.substring(0, 2);
            value = value.substring(2);
            boolean upper = c.std() == GoLayout.PM;
            if (p.equals(upper ? "PM" : "pm")) {
              pmSet = true;
            } else if (p.equals(upper ? "AM" : "am")) {
              amSet = true;
            } else {
              throw new Bad();
            }
            break;
          }
          case GoLayout.ISO8601_TZ:
          case GoLayout.ISO8601_SHORT_TZ:
          case GoLayout.ISO8601_COLON_TZ:
          case GoLayout.ISO8601_SECONDS_TZ:
          case GoLayout.ISO8601_COLON_SECONDS_TZ:
          case GoLayout.NUM_TZ:
          case GoLayout.NUM_SHORT_TZ:
          case GoLayout.NUM_COLON_TZ:
          case GoLayout.NUM_SECONDS_TZ:
          case GoLayout.NUM_COLON_SECONDS_TZ: {
            int std = c.std();
            boolean iso = std >= GoLayout.ISO8601_TZ && std <= GoLayout.ISO8601_COLON_SECONDS_TZ;
            if (iso && !value.isEmpty() && value.charAt(0) == 'Z') {
              value = value.substring(1);
              utc = true;
              break;
            }
            String sign;
            String hh;
            String mm;
            String ss;
            if (std == GoLayout.ISO8601_COLON_TZ || std == GoLayout.NUM_COLON_TZ) {
              if (value.length() < 6 || value.charAt(3) != ':') {
                throw new Bad();
              }
              sign = value.substring(0, 1);
              hh = value.substring(1, 3);
              mm = value.substring(4, 6);
              ss = "00";
              value = value.substring(6);
            } else if (std == GoLayout.NUM_SHORT_TZ || std == GoLayout.ISO8601_SHORT_TZ) {
              if (value.length() < 3) {
                throw new Bad();
              }
              sign = value.substring(0, 1);
              hh = value.substring(1, 3);
              mm = "00";
              ss = "00";
              value = value.substring(3);
            } else if (std == GoLayout.ISO8601_COLON_SECONDS_TZ || std == GoLayout.NUM_COLON_SECONDS_TZ) {
              if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                throw new Bad();
              }
              sign = value.substring(0, 1);
              hh = value.substring(1, 3);
              mm = value.substring(4, 6);
              ss = value.substring(7, 9);
              value = value.substring(9);
            } else if (std == GoLayout.ISO8601_SECONDS_TZ || std == GoLayout.NUM_SECONDS_TZ) {
              if (value.length() < 7) {
                throw new Bad();
              }
              sign = value.substring(0, 1);
              hh = value.substring(1, 3);
              mm = value.substring(3, 5);
              ss = value.substring(5, 7);
              value = value.substring(7);
            } else {
              if (value.length() < 5) {
                throw new Bad();
              }
              sign = value.substring(0, 1);
              hh = value.substring(1, 3);
              mm = value.substring(3, 5);
              ss = "00";
              value = value.substring(5);
            }
            int hr = getnum(hh, true)[0];
            int mi = getnum(mm, true)[0];
            int se = getnum(ss, true)[0];
            if (hr > 24) {
              rangeErr = "time zone offset hour";
            }
            if (mi > 60) {
              rangeErr = "time zone offset minute";
            }
            if (se > 60) {
              rangeErr = "time zone offset second";
            }
            zoneOffset = (hr * 60 + mi) * 60 + se;
            if (sign.equals("-")) {
              zoneOffset = -zoneOffset;
            } else if (!sign.equals("+")) {
              throw new Bad();
            }
            break;
          }
          case GoLayout.TZ: {
            if (value.startsWith("UTC")) {
              utc = true;
              value = value.substring(3);
              break;
            }
            int n = parseTimeZone(value);
            if (n <= 0) {
              throw new Bad();
            }

            value = value.substring(n);
            break;
          }
          case GoLayout.FRAC_SECOND0: {
            int ndigit = 1 + c.fracDigits();
            if (value.length() < ndigit) {
              throw new Bad();
            }
            nsec = parseNanoseconds(value, ndigit);
            value = value.substring(ndigit);
            break;
          }
          case GoLayout.FRAC_SECOND9: {
            if (value.length() < 2 || !commaOrPeriod(value.charAt(0)) || !GoLayout.isDigit(value, 1)) {
              break;
            }
            int i = 0;
            while (i + 1 < value.length() && GoLayout.isDigit(value, i + 1)) {
              i++;
            }
            nsec = parseNanoseconds(value, 1 + i);
            value = value.substring(1 + i);
            break;
          }
          default:
            break;
        }
      } catch (Bad | StringIndexOutOfBoundsException e) {
        throw error(alayout, avalue, stdstr, hold, "");
      }
      if (!rangeErr.isEmpty()) {
        throw error(alayout, avalue, stdstr, value, ": " + rangeErr + " out of range");
      }
    }
    if (pmSet && hour < 12) {
      hour += 12;
    } else if (amSet && hour == 12) {
      hour = 0;
    }
    if (yday >= 0) {
      int d = 0;
      int m = 0;
      if (Year.isLeap(year)) {
        if (yday == 31 + 29) {
          m = 2;
          d = 29;
        } else if (yday > 31 + 29) {
          yday--;
        }
      }
      if (m == 0) {
        m = yday / 31 + 1;
        if (DAYS_BEFORE[m] < yday) {
          m++;
        }
        d = yday - DAYS_BEFORE[m - 1];
      }
      if (month >= 0 && month != m) {
        throw error(alayout, avalue, "", value, ": day-of-year does not match month");
      }
      month = m;
      if (day >= 0 && day != d) {
        throw error(alayout, avalue, "", value, ": day-of-year does not match day");
      }
      day = d;
    } else {
      if (month < 0) {
        month = 1;
      }
      if (day < 0) {
        day = 1;
      }
    }
    if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      throw error(alayout, avalue, "", value, ": day out of range");
    }
    long local = LocalDate.of(year, month, day).toEpochDay() * 86400L + hour * 3600L + min * 60L + sec;
    // A zone abbreviation ("PST", "GMT+3") unknown to the local zone (UTC where OPA runs) only
    // labels the time in Go: the instant stays the wall time read as UTC.
    if (!utc && zoneOffset != -1) {
      local -= zoneOffset;
    }
    return new Instant(local, nsec);
  }

  private static int parseTimeZone(String value) {
    if (value.length() < 3) {
      return 0;
    }
    if (value.length() >= 4 && (value.startsWith("ChST") || value.startsWith("MeST"))) {
      return 4;
    }
    if (value.startsWith("GMT")) {
      return 3 + parseSignedOffset(value.substring(3));
    }
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      return parseSignedOffset(value);
    }
    int nUpper = 0;
    while (nUpper < value.length() && nUpper < 6 && Character.isUpperCase(value.charAt(nUpper))) {
      nUpper++;
    }
    switch (nUpper) {
      case 0:
      case 1:
      case 2:
      case 6:
        return 0;
      case 5:
        return value.charAt(4) == 'T' ? 5 : 0;
      case 4:
        return value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : 0;
      default:
        return 3;
    }
  }

  private static int parseSignedOffset(String value) {
    if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
      return 0;
    }
    int i = 1;
    while (i < value.length() && GoLayout.isDigit(value, i)) {
      i++;
    }
    if (i == 1) {
      return 0;
    }
    try {
      long x = Long.parseLong(value.substring(1, i));
      if (x > 23) {
        return 0;
      }
    } catch (NumberFormatException e) {
      return 0;
    }
    return i;
  }

  private static boolean commaOrPeriod(char c) {
    return c == '.' || c == ',';
  }

  private static int parseNanoseconds(String value, int nbytes) throws Bad {
    if (!commaOrPeriod(value.charAt(0))) {
      throw new Bad();
    }
    if (nbytes > 10) {
      value = value.substring(0, 10);
      nbytes = 10;
    }
    int ns = atoi(value.substring(1, nbytes));
    for (int i = 0; i < 10 - nbytes; i++) {
      ns *= 10;
    }
    return ns;
  }

  private static int atoi(String s) throws Bad {
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      throw new Bad();
    }
    long x = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new Bad();
      }
      x = x * 10 + (ch - '0');
      if (x > Integer.MAX_VALUE) {
        throw new Bad();
      }
    }
    return (int) (neg ? -x : x);
  }

  private static int[] getnum(String s, boolean fixed) throws Bad {
    if (!GoLayout.isDigit(s, 0)) {
      throw new Bad();
    }
    if (!GoLayout.isDigit(s, 1)) {
      if (fixed) {
        throw new Bad();
      }
      return new int[] {s.charAt(0) - '0', 1};
    }
    return new int[] {(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0'), 2};
  }

  private static int[] getnum3(String s, boolean fixed) throws Bad {
    int n = 0;
    int i = 0;
    while (i < 3 && GoLayout.isDigit(s, i)) {
      n = n * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == 0 || (fixed && i != 3)) {
      throw new Bad();
    }
    return new int[] {n, i};
  }

  private static int lookup(String[] tab, String val) throws Bad {
    for (int i = 0; i < tab.length; i++) {
      String v = tab[i];
      if (val.length() >= v.length() && val.substring(0, v.length()).equalsIgnoreCase(v)) {
        return i;
      }
    }
    throw new Bad();
  }

  /** Go's skip: matches a literal prefix, any run of spaces matching any run of spaces. Null on mismatch. */
  private static String skip(String value, String prefix) {
    while (!prefix.isEmpty()) {
      if (prefix.charAt(0) == ' ') {
        if (!value.isEmpty() && value.charAt(0) != ' ') {
          return null;
        }
        prefix = cutspace(prefix);
        value = cutspace(value);
        continue;
      }
      if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) {
        return null;
      }
      prefix = prefix.substring(1);
      value = value.substring(1);
    }
    return value;
  }

  private static String cutspace(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return s.substring(i);
  }

  private static BuiltinException error(String layout, String value, String layoutElem, String valueElem,
      String message) {
    if (message.isEmpty()) {
      return new BuiltinException("parsing time " + GoTimeQuote.quote(value) + " as " + GoTimeQuote.quote(layout)
          + ": cannot parse " + GoTimeQuote.quote(valueElem) + " as " + GoTimeQuote.quote(layoutElem));
    }
    return new BuiltinException("parsing time " + GoTimeQuote.quote(value) + message);
  }
}
