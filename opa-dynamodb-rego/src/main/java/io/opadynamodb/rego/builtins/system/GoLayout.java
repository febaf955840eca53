package io.opadynamodb.rego.builtins.system;

/**
 * Tokenizer of Go time layouts ("2006-01-02T15:04:05Z07:00"), a port of Go's
 * {@code time.nextStdChunk}: finds the next layout element and splits the layout around it.
 */
final class GoLayout {
  static final int NONE = 0;
  static final int LONG_MONTH = 1;
  static final int MONTH = 2;
  static final int NUM_MONTH = 3;
  static final int ZERO_MONTH = 4;
  static final int LONG_WEEKDAY = 5;
  static final int WEEKDAY = 6;
  static final int DAY = 7;
  static final int UNDER_DAY = 8;
  static final int ZERO_DAY = 9;
  static final int UNDER_YEAR_DAY = 10;
  static final int ZERO_YEAR_DAY = 11;
  static final int HOUR = 12;
  static final int HOUR12 = 13;
  static final int ZERO_HOUR12 = 14;
  static final int MINUTE = 15;
  static final int ZERO_MINUTE = 16;
  static final int SECOND = 17;
  static final int ZERO_SECOND = 18;
  static final int LONG_YEAR = 19;
  static final int YEAR = 20;
  static final int PM = 21;
  static final int PM_LOWER = 22;
  static final int TZ = 23;
  static final int ISO8601_TZ = 24;
  static final int ISO8601_SECONDS_TZ = 25;
  static final int ISO8601_SHORT_TZ = 26;
  static final int ISO8601_COLON_TZ = 27;
  static final int ISO8601_COLON_SECONDS_TZ = 28;
  static final int NUM_TZ = 29;
  static final int NUM_SECONDS_TZ = 30;
  static final int NUM_SHORT_TZ = 31;
  static final int NUM_COLON_TZ = 32;
  static final int NUM_COLON_SECONDS_TZ = 33;
  static final int FRAC_SECOND0 = 34;
  static final int FRAC_SECOND9 = 35;

  private static final int[] STD_0X = {ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR};

  /** One split: literal prefix, element code (NONE at the end), element text, rest of the layout. */
  record Chunk(String prefix, int std, String stdText, String suffix, int fracDigits, char fracSeparator) {}

  private GoLayout() {}

  static Chunk next(String layout) {
    int n = layout.length();
    for (int i = 0; i < n; i++) {
      char c = layout.charAt(i);
      switch (c) {
        case 'J':
          if (layout.startsWith("Jan", i)) {
            if (layout.startsWith("January", i)) {
              return chunk(layout, i, i + 7, LONG_MONTH);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return chunk(layout, i, i + 3, MONTH);
            }
          }
          break;
        case 'M':
          if (layout.startsWith("Mon", i)) {
            if (layout.startsWith("Monday", i)) {
              return chunk(layout, i, i + 6, LONG_WEEKDAY);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return chunk(layout, i, i + 3, WEEKDAY);
            }
          }
          if (layout.startsWith("MST", i)) {
            return chunk(layout, i, i + 3, TZ);
          }
          break;
        case '0':
          if (i + 1 < n && layout.charAt(i + 1) >= '1' && layout.charAt(i + 1) <= '6') {
            return chunk(layout, i, i + 2, STD_0X[layout.charAt(i + 1) - '1']);
          }
          if (i + 2 < n && layout.charAt(i + 1) == '0' && layout.charAt(i + 2) == '2') {
            return chunk(layout, i, i + 3, ZERO_YEAR_DAY);
          }
          break;
        case '1':
          if (i + 1 < n && layout.charAt(i + 1) == '5') {
            return chunk(layout, i, i + 2, HOUR);
          }
          return chunk(layout, i, i + 1, NUM_MONTH);
        case '2':
          if (layout.startsWith("2006", i)) {
            return chunk(layout, i, i + 4, LONG_YEAR);
          }
          return chunk(layout, i, i + 1, DAY);
        case '_':
          if (i + 1 < n && layout.charAt(i + 1) == '2') {
            if (layout.startsWith("2006", i + 1)) {
              return chunk(layout, i + 1, i + 5, LONG_YEAR);
            }
            return chunk(layout, i, i + 2, UNDER_DAY);
          }
          if (i + 2 < n && layout.charAt(i + 1) == '_' && layout.charAt(i + 2) == '2') {
            return chunk(layout, i, i + 3, UNDER_YEAR_DAY);
          }
          break;
        case '3':
          return chunk(layout, i, i + 1, HOUR12);
        case '4':
          return chunk(layout, i, i + 1, MINUTE);
        case '5':
          return chunk(layout, i, i + 1, SECOND);
        case 'P':
          if (i + 1 < n && layout.charAt(i + 1) == 'M') {
            return chunk(layout, i, i + 2, PM);
          }
          break;
        case 'p':
          if (i + 1 < n && layout.charAt(i + 1) == 'm') {
            return chunk(layout, i, i + 2, PM_LOWER);
          }
          break;
        case '-':
          if (layout.startsWith("-070000", i)) {
            return chunk(layout, i, i + 7, NUM_SECONDS_TZ);
          }
          if (layout.startsWith("-07:00:00", i)) {
            return chunk(layout, i, i + 9, NUM_COLON_SECONDS_TZ);
          }
          if (layout.startsWith("-0700", i)) {
            return chunk(layout, i, i + 5, NUM_TZ);
          }
          if (layout.startsWith("-07:00", i)) {
            return chunk(layout, i, i + 6, NUM_COLON_TZ);
          }
          if (layout.startsWith("-07", i)) {
            return chunk(layout, i, i + 3, NUM_SHORT_TZ);
          }
          break;
        case 'Z':
          if (layout.startsWith("Z070000", i)) {
            return chunk(layout, i, i + 7, ISO8601_SECONDS_TZ);
          }
          if (layout.startsWith("Z07:00:00", i)) {
            return chunk(layout, i, i + 9, ISO8601_COLON_SECONDS_TZ);
          }
          if (layout.startsWith("Z0700", i)) {
            return chunk(layout, i, i + 5, ISO8601_TZ);
          }
          if (layout.startsWith("Z07:00", i)) {
            return chunk(layout, i, i + 6, ISO8601_COLON_TZ);
          }
          if (layout.startsWith("Z07", i)) {
            return chunk(layout, i, i + 3, ISO8601_SHORT_TZ);
          }
          break;
        case '.':
        case ',':
          if (i + 1 < n && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
            char ch = layout.charAt(i + 1);
            int j = i + 1;
            while (j < n && layout.charAt(j) == ch) {
              j++;
            }
            if (!isDigit(layout, j)) {
              int code = ch == '9' ? FRAC_SECOND9 : FRAC_SECOND0;
              return new Chunk(layout.substring(0, i), code, layout.substring(i, j), layout.substring(j),
                  j - (i + 1), c);
            }
          }
          break;
        default:
          break;
      }
    }
    return new Chunk(layout, NONE, "", "", 0, '.');
  }

  private static Chunk chunk(String layout, int start, int end, int std) {
    return new Chunk(layout.substring(0, start), std, layout.substring(start, end), layout.substring(end), 0, '.');
  }

  private static boolean startsWithLowerCase(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }
}
