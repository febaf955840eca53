package io.opadynamodb.rego.builtins.text;

import java.util.Arrays;

/**
 * The case pairs where Go's tables (Unicode 15, used by OPA) are newer than Java 17's (Unicode 13).
 * Measured against opa v1.22.2 over every code point; the printable code points Java does not know
 * yet are in {@code value.GoPrintable}.
 */
final class GoUnicode {
  private GoUnicode() {}

  /** (lower, upper) pairs missing from Java 17's case mappings. */
  private static final int[] CASE_PAIRS = {
      0x2C5F, 0x2C2F, 0xA7C1, 0xA7C0, 0xA7D1, 0xA7D0, 0xA7D7, 0xA7D6,
      0xA7D9, 0xA7D8, 0x10597, 0x10570, 0x10598, 0x10571, 0x10599, 0x10572,
      0x1059A, 0x10573, 0x1059B, 0x10574, 0x1059C, 0x10575, 0x1059D, 0x10576,
      0x1059E, 0x10577, 0x1059F, 0x10578, 0x105A0, 0x10579, 0x105A1, 0x1057A,
      0x105A3, 0x1057C, 0x105A4, 0x1057D, 0x105A5, 0x1057E, 0x105A6, 0x1057F,
      0x105A7, 0x10580, 0x105A8, 0x10581, 0x105A9, 0x10582, 0x105AA, 0x10583,
      0x105AB, 0x10584, 0x105AC, 0x10585, 0x105AD, 0x10586, 0x105AE, 0x10587,
      0x105AF, 0x10588, 0x105B0, 0x10589, 0x105B1, 0x1058A, 0x105B3, 0x1058C,
      0x105B4, 0x1058D, 0x105B5, 0x1058E, 0x105B6, 0x1058F, 0x105B7, 0x10590,
      0x105B8, 0x10591, 0x105B9, 0x10592, 0x105BB, 0x10594, 0x105BC, 0x10595
  };

  private static final int[] LOWER_KEYS;
  private static final int[] UPPER_OF;
  private static final int[] UPPER_KEYS;
  private static final int[] LOWER_OF;

  static {
    int n = CASE_PAIRS.length / 2;
    long[] byLower = new long[n];
    long[] byUpper = new long[n];
    for (int i = 0; i < n; i++) {
      byLower[i] = ((long) CASE_PAIRS[2 * i] << 32) | CASE_PAIRS[2 * i + 1];
      byUpper[i] = ((long) CASE_PAIRS[2 * i + 1] << 32) | CASE_PAIRS[2 * i];
    }
    Arrays.sort(byLower);
    Arrays.sort(byUpper);
    LOWER_KEYS = new int[n];
    UPPER_OF = new int[n];
    UPPER_KEYS = new int[n];
    LOWER_OF = new int[n];
    for (int i = 0; i < n; i++) {
      LOWER_KEYS[i] = (int) (byLower[i] >>> 32);
      UPPER_OF[i] = (int) byLower[i];
      UPPER_KEYS[i] = (int) (byUpper[i] >>> 32);
      LOWER_OF[i] = (int) byUpper[i];
    }
  }

  /** Go's {@code unicode.ToUpper}. */
  static int toUpper(int c) {
    int i = Arrays.binarySearch(LOWER_KEYS, c);
    return i >= 0 ? UPPER_OF[i] : Character.toUpperCase(c);
  }

  /** Go's {@code unicode.ToLower}. */
  static int toLower(int c) {
    int i = Arrays.binarySearch(UPPER_KEYS, c);
    return i >= 0 ? LOWER_OF[i] : Character.toLowerCase(c);
  }
}
