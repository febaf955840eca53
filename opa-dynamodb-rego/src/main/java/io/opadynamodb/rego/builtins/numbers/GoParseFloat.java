package io.opadynamodb.rego.builtins.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The acceptance rules and errors of Go's {@code strconv.ParseFloat(s, 64)} (decimal and
 * hexadecimal forms, digit-separating underscores), giving the exact value of accepted text.
 */
final class GoParseFloat {
  /** The exact value, or the Go error text ("invalid syntax", "value out of range"). */
  record Result(BigDecimal value, String error) {}

  private static final Result SYNTAX = new Result(null, "invalid syntax");
  private static final Result RANGE = new Result(null, "value out of range");
  private static final int MAX_BINARY_EXP = 20_000;

  private GoParseFloat() {}

  static Result parse(String s) {
    int i = 0;
    int n = s.length();
    boolean neg = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    boolean hex = i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x';
    if (hex) {
      i += 2;
    }
    boolean underscores = false;
    boolean sawDot = false;
    boolean sawDigits = false;
    StringBuilder mant = new StringBuilder();
    int fracDigits = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        underscores = true;
      } else if (c == '.') {
        if (sawDot) {
          break;
        }
        sawDot = true;
      } else if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
        sawDigits = true;
        mant.append(c);
        if (sawDot) {
          fracDigits++;
        }
      } else {
        break;
      }
    }
    if (!sawDigits) {
      return SYNTAX;
    }
    long exp = 0;
    char expChar = hex ? 'p' : 'e';
    if (i < n && (s.charAt(i) | 0x20) == expChar) {
      i++;
      if (i >= n) {
        return SYNTAX;
      }
      int esign = 1;
      if (s.charAt(i) == '+' || s.charAt(i) == '-') {
        esign = s.charAt(i) == '-' ? -1 : 1;
        i++;
      }
      if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
        return SYNTAX;
      }
      for (; i < n && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '_'); i++) {
        if (s.charAt(i) == '_') {
          underscores = true;
          continue;
        }
        if (exp < 10000) {
          exp = exp * 10 + (s.charAt(i) - '0');
        }
      }
      exp *= esign;
    } else if (hex) {
      return SYNTAX;
    }
    if (underscores && !underscoreOk(s.substring(0, i))) {
      return SYNTAX;
    }
    if (i != n) {
      return SYNTAX;
    }
    BigDecimal value = hex ? hexValue(mant.toString(), fracDigits, exp) : decimalValue(mant.toString(), fracDigits, exp);
    if (value == null) {
      return RANGE;
    }
    return new Result(neg ? value.negate() : value, null);
  }

  private static BigDecimal decimalValue(String digits, int fracDigits, long exp) {
    BigDecimal v = new BigDecimal(new BigInteger(digits), (int) (fracDigits - exp));
    if (v.signum() != 0 && Double.isInfinite(Double.parseDouble(v.toString()))) {
      return null;
    }
    return v;
  }

  private static BigDecimal hexValue(String digits, int fracDigits, long exp) {
    BigInteger m = new BigInteger(digits, 16);
    long binExp = exp - 4L * fracDigits;
    if (m.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (m.bitLength() + binExp > 1024) {
      return null;
    }
    if (binExp < -MAX_BINARY_EXP) {
      return BigDecimal.ZERO;
    }
    if (binExp >= 0) {
      return new BigDecimal(m.shiftLeft((int) binExp));
    }
    int k = (int) -binExp;
    return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(k)), k);
  }

  /** Go's {@code underscoreOK}: underscores only between digits (or after a base prefix). */
  private static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char b = (char) (s.charAt(1) | 0x20);
      if (b == 'b' || b == 'o' || b == 'x') {
        i = 2;
        saw = '0';
        hex = b == 'x';
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }
}
