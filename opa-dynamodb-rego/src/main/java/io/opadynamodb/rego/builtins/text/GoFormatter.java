package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.value.GoQuote;
import java.math.BigInteger;
import java.util.List;

/**
 * A port of Go's {@code fmt.Sprintf} for the argument types OPA's {@code sprintf} passes:
 * {@code Long} (Go int64), {@code BigInteger} (Go *big.Int), {@code Double} (Go float64) and
 * {@code String}. Malformed directives print as Go does ({@code %!d(string=x)},
 * {@code %!v(MISSING)}, {@code %!(EXTRA ...)}, ...).
 */
final class GoFormatter {
  private static final String LDIGITS = "0123456789abcdefx";
  private static final String UDIGITS = "0123456789ABCDEFX";

  private final StringBuilder buf = new StringBuilder();
  // fmt flags
  private boolean widPresent;
  private boolean precPresent;
  private boolean minus;
  private boolean plus;
  private boolean sharp;
  private boolean space;
  private boolean zero;
  private boolean plusV;
  private boolean sharpV;
  private int wid;
  private int prec;
  // printer state
  private boolean reordered;
  private boolean goodArgNum;
  private Object arg;

  private GoFormatter() {}

  static String sprintf(String format, List<Object> args) {
    GoFormatter p = new GoFormatter();
    p.doPrintf(format, args);
    return p.buf.toString();
  }

  private void clearFlags() {
    widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    wid = 0;
    prec = 0;
  }

  private static boolean tooLarge(int x) {
    return x > 1_000_000 || x < -1_000_000;
  }

  /** parsenum: returns {num, isnum(0/1), newi}. */
  private static int[] parseNum(String s, int start, int end) {
    if (start >= end) {
      return new int[] {0, 0, end};
    }
    int num = 0;
    boolean isnum = false;
    int i = start;
    for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
      if (tooLarge(num)) {
        return new int[] {0, 0, end};
      }
      num = num * 10 + (s.charAt(i) - '0');
      isnum = true;
    }
    return new int[] {num, isnum ? 1 : 0, i};
  }

  /** parseArgNumber: {index, wid, ok}. */
  private static int[] parseArgNumber(String format) {
    if (format.length() < 3) {
      return new int[] {0, 1, 0};
    }
    for (int i = 1; i < format.length(); i++) {
      if (format.charAt(i) == ']') {
        int[] n = parseNum(format, 1, i);
        if (n[1] == 0 || n[2] != i) {
          return new int[] {0, i + 1, 0};
        }
        return new int[] {n[0] - 1, i + 1, 1};
      }
    }
    return new int[] {0, 1, 0};
  }

  /** argNumber: {newArgNum, newi, found}. */
  private int[] argNumber(int argNum, String format, int i, int numArgs) {
    if (format.length() <= i || format.charAt(i) != '[') {
      return new int[] {argNum, i, 0};
    }
    reordered = true;
    int[] r = parseArgNumber(format.substring(i));
    if (r[2] == 1 && 0 <= r[0] && r[0] < numArgs) {
      return new int[] {r[0], i + r[1], 1};
    }
    goodArgNum = false;
    return new int[] {argNum, i + r[1], r[2]};
  }

  /** intFromArg: {num, isInt, newArgNum}. */
  private static int[] intFromArg(List<Object> a, int argNum) {
    int num = 0;
    boolean isInt = false;
    int newArgNum = argNum;
    if (argNum < a.size()) {
      if (a.get(argNum) instanceof Long l && l == (int) (long) l) {
        num = (int) (long) l;
        isInt = true;
      }
      newArgNum = argNum + 1;
      if (tooLarge(num)) {
        num = 0;
        isInt = false;
      }
    }
    return new int[] {num, isInt ? 1 : 0, newArgNum};
  }

  private void doPrintf(String format, List<Object> a) {
    int end = format.length();
    int argNum = 0;
    boolean afterIndex = false;
    reordered = false;
    formatLoop:
    for (int i = 0; i < end; ) {
      goodArgNum = true;
      int lasti = i;
      while (i < end && format.charAt(i) != '%') {
        i++;
      }
      if (i > lasti) {
        buf.append(format, lasti, i);
      }
      if (i >= end) {
        break;
      }
      i++;
      clearFlags();
      simpleFormat:
      for (; i < end; i++) {
        char c = format.charAt(i);
        switch (c) {
          case '#' -> sharp = true;
          case '0' -> zero = true;
          case '+' -> plus = true;
          case '-' -> minus = true;
          case ' ' -> space = true;
          default -> {
            if ('a' <= c && c <= 'z' && argNum < a.size()) {
              if (c == 'v' || c == 'w') {
                sharpV = sharp;
                sharp = false;
                plusV = plus;
                plus = false;
              }
              printArg(a.get(argNum), c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
          }
        }
      }

      int[] an = argNumber(argNum, format, i, a.size());
      argNum = an[0];
      i = an[1];
      afterIndex = an[2] == 1;

      if (i < end && format.charAt(i) == '*') {
        i++;
        int[] w = intFromArg(a, argNum);
        wid = w[0];
        widPresent = w[1] == 1;
        argNum = w[2];
        if (!widPresent) {
          buf.append("%!(BADWIDTH)");
        }
        if (wid < 0) {
          wid = -wid;
          minus = true;
          zero = false;
        }
        afterIndex = false;
      } else {
        int[] n = parseNum(format, i, end);
        wid = n[0];
        widPresent = n[1] == 1;
        i = n[2];
        if (afterIndex && widPresent) {
          goodArgNum = false;
        }
      }

      if (i + 1 < end && format.charAt(i) == '.') {
        i++;
        if (afterIndex) {
          goodArgNum = false;
        }
        an = argNumber(argNum, format, i, a.size());
        argNum = an[0];
        i = an[1];
        afterIndex = an[2] == 1;
        if (i < end && format.charAt(i) == '*') {
          i++;
          int[] p = intFromArg(a, argNum);
          prec = p[0];
          precPresent = p[1] == 1;
          argNum = p[2];
          if (prec < 0) {
            prec = 0;
            precPresent = false;
          }
          if (!precPresent) {
            buf.append("%!(BADPREC)");
          }
          afterIndex = false;
        } else {
          int[] n = parseNum(format, i, end);
          prec = n[0];
          precPresent = n[1] == 1;
          i = n[2];
          if (!precPresent) {
            prec = 0;
            precPresent = true;
          }
        }
      }

      if (!afterIndex) {
        an = argNumber(argNum, format, i, a.size());
        argNum = an[0];
        i = an[1];
        afterIndex = an[2] == 1;
      }

      if (i >= end) {
        buf.append("%!(NOVERB)");
        break;
      }

      int verb = format.codePointAt(i);
      i += Character.charCount(verb);

      if (verb == '%') {
        buf.append('%');
      } else if (!goodArgNum) {
        buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
      } else if (argNum >= a.size()) {
        buf.append("%!").appendCodePoint(verb).append("(MISSING)");
      } else {
        if (verb == 'v' || verb == 'w') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        printArg(a.get(argNum), verb);
        argNum++;
      }
    }

    if (!reordered && argNum < a.size()) {
      clearFlags();
      buf.append("%!(EXTRA ");
      for (int k = argNum; k < a.size(); k++) {
        if (k > argNum) {
          buf.append(", ");
        }
        Object x = a.get(k);
        buf.append(typeName(x)).append('=');
        printArg(x, 'v');
      }
      buf.append(')');
    }
  }

  private static String typeName(Object x) {
    if (x instanceof Long) {
      return "int64";
    }
    if (x instanceof BigInteger) {
      return "*big.Int";
    }
    if (x instanceof Double) {
      return "float64";
    }
    return "string";
  }

  private void printArg(Object a, int verb) {
    arg = a;
    if (verb == 'T') {
      fmtS(typeName(a));
      return;
    }
    if (verb == 'p') {
      // Go prints a pointer's address for *big.Int; values have none.
      if (a instanceof BigInteger) {
        buf.append("0xc000010000");
      } else {
        badVerb(verb);
      }
      return;
    }
    if (a instanceof Long l) {
      fmtIntegerVerb(l < 0, BigInteger.valueOf(l).abs(), verb);
    } else if (a instanceof Double d) {
      fmtFloatVerb(d, verb);
    } else if (a instanceof String s) {
      fmtStringVerb(s, verb);
    } else if (a instanceof BigInteger b) {
      if (verb == 'w') {
        badVerb(verb);
      } else {
        bigIntFormat(b, verb);
      }
    }
  }

  private void badVerb(int verb) {
    buf.append("%!").appendCodePoint(verb).append('(');
    buf.append(typeName(arg)).append('=');
    Object saved = arg;
    if (saved instanceof BigInteger b) {
      buf.append(b);
    } else {
      printArg(saved, 'v');
    }
    arg = saved;
    buf.append(')');
  }

  // ---- padding ----

  private void writePadding(int n) {
    if (n <= 0) {
      return;
    }
    char pad = zero && !minus ? '0' : ' ';
    for (int k = 0; k < n; k++) {
      buf.append(pad);
    }
  }

  private void pad(String s) {
    if (!widPresent || wid == 0) {
      buf.append(s);
      return;
    }
    int width = wid - s.codePointCount(0, s.length());
    if (!minus) {
      writePadding(width);
      buf.append(s);
    } else {
      buf.append(s);
      writePadding(width);
    }
  }

  // ---- integers ----

  private void fmtIntegerVerb(boolean negative, BigInteger abs, int verb) {
    switch (verb) {
      case 'v', 'd' -> fmtInteger(negative, abs, 10, verb, LDIGITS);
      case 'b' -> fmtInteger(negative, abs, 2, verb, LDIGITS);
      case 'o', 'O' -> fmtInteger(negative, abs, 8, verb, LDIGITS);
      case 'x' -> fmtInteger(negative, abs, 16, verb, LDIGITS);
      case 'X' -> fmtInteger(negative, abs, 16, verb, UDIGITS);
      case 'c' -> pad(new String(Character.toChars(runeOf(negative, abs))));
      case 'q' -> pad(GoQuote.quoteRune(runeOf(negative, abs), plus));
      case 'U' -> fmtUnicode(negative, abs);
      default -> badVerb(verb);
    }
  }

  /** The rune an int64 stands for, U+FFFD when invalid. */
  private static int runeOf(boolean negative, BigInteger abs) {
    if (negative || abs.bitLength() > 31) {
      return 0xfffd;
    }
    int r = abs.intValue();
    if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) {
      return 0xfffd;
    }
    return r;
  }

  private void fmtUnicode(boolean negative, BigInteger abs) {
    // Go formats the int64 as a uint64.
    BigInteger u = negative ? BigInteger.ONE.shiftLeft(64).subtract(abs) : abs;
    String hex = u.toString(16).toUpperCase();
    int p = 4;
    if (precPresent && prec > 4) {
      p = prec;
    }
    StringBuilder sb = new StringBuilder("U+");
    for (int k = hex.length(); k < p; k++) {
      sb.append('0');
    }
    sb.append(hex);
    if (sharp && u.bitLength() <= 31 && u.intValue() <= 0x10ffff && GoQuote.isPrint(u.intValue())) {
      sb.append(" '").appendCodePoint(u.intValue()).append('\'');
    }
    boolean oldZero = zero;
    zero = false;
    pad(sb.toString());
    zero = oldZero;
  }

  private void fmtInteger(boolean negative, BigInteger abs, int base, int verb, String digits) {
    int p = 0;
    if (precPresent) {
      p = prec;
      if (p == 0 && abs.signum() == 0) {
        boolean oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && !minus && widPresent) {
      p = wid;
      if (negative || plus || space) {
        p--;
      }
    }
    String num = abs.toString(base);
    if (digits == UDIGITS) {
      num = num.toUpperCase();
    }
    StringBuilder sb = new StringBuilder();
    for (int k = num.length(); k < p; k++) {
      sb.append('0');
    }
    sb.append(num);
    if (sharp) {
      switch (base) {
        case 2 -> sb.insert(0, "0b");
        case 8 -> {
          if (sb.charAt(0) != '0') {
            sb.insert(0, '0');
          }
        }
        case 16 -> sb.insert(0, digits.charAt(16)).insert(0, '0');
        default -> { }
      }
    }
    if (verb == 'O') {
      sb.insert(0, "0o");
    }
    if (negative) {
      sb.insert(0, '-');
    } else if (plus) {
      sb.insert(0, '+');
    } else if (space) {
      sb.insert(0, ' ');
    }
    boolean oldZero = zero;
    zero = false;
    pad(sb.toString());
    zero = oldZero;
  }

  /** {@code (*big.Int).Format}. */
  private void bigIntFormat(BigInteger x, int ch) {
    int base;
    switch (ch) {
      case 'b' -> base = 2;
      case 'o', 'O' -> base = 8;
      case 'd', 's', 'v' -> base = 10;
      case 'x', 'X' -> base = 16;
      default -> {
        buf.append("%!").appendCodePoint(ch).append("(big.Int=").append(x).append(')');
        return;
      }
    }
    boolean sharpFlag = sharp || sharpV;
    boolean plusFlag = plus || plusV;
    String sign = "";
    if (x.signum() < 0) {
      sign = "-";
    } else if (plusFlag) {
      sign = "+";
    } else if (space) {
      sign = " ";
    }
    String prefix = "";
    if (sharpFlag) {
      switch (ch) {
        case 'b' -> prefix = "0b";
        case 'o' -> prefix = "0";
        case 'x' -> prefix = "0x";
        case 'X' -> prefix = "0X";
        default -> { }
      }
    }
    if (ch == 'O') {
      prefix = "0o";
    }
    String digits = x.abs().toString(base);
    if (ch == 'X') {
      digits = digits.toUpperCase();
    }
    int left = 0;
    int zeros = 0;
    int right = 0;
    if (precPresent) {
      if (digits.length() < prec) {
        zeros = prec - digits.length();
      } else if (digits.equals("0") && prec == 0) {
        return;
      }
    }
    int length = sign.length() + prefix.length() + zeros + digits.length();
    if (widPresent && length < wid) {
      int d = wid - length;
      if (minus) {
        right = d;
      } else if (zero && !precPresent) {
        zeros = d;
      } else {
        left = d;
      }
    }
    buf.append(" ".repeat(left)).append(sign).append(prefix).append("0".repeat(zeros)).append(digits)
        .append(" ".repeat(right));
  }

  // ---- floats ----

  private void fmtFloatVerb(double v, int verb) {
    switch (verb) {
      case 'v' -> fmtFloat(v, 'g', -1);
      case 'b', 'g', 'G', 'x', 'X' -> fmtFloat(v, (char) verb, -1);
      case 'f', 'e', 'E' -> fmtFloat(v, (char) verb, 6);
      case 'F' -> fmtFloat(v, 'f', 6);
      default -> badVerb(verb);
    }
  }

  private void fmtFloat(double v, char verb, int defaultPrec) {
    int p = precPresent ? prec : defaultPrec;
    String s = GoFloat.format(v, verb, p);
    StringBuilder num = new StringBuilder();
    if (s.startsWith("-") || s.startsWith("+")) {
      num.append(s);
    } else {
      num.append('+').append(s);
    }
    if (space && num.charAt(0) == '+' && !plus) {
      num.setCharAt(0, ' ');
    }
    if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
      boolean oldZero = zero;
      zero = false;
      if (num.charAt(1) == 'N' && !space && !plus) {
        num.deleteCharAt(0);
      }
      pad(num.toString());
      zero = oldZero;
      return;
    }
    if (sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = p;
        if (digits == -1) {
          digits = 6;
        }
      }
      String tail = "";
      boolean hasDecimalPoint = false;
      boolean sawNonzeroDigit = false;
      for (int k = 1; k < num.length(); k++) {
        char c = num.charAt(k);
        if (c == '.') {
          hasDecimalPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substring(k);
          num.setLength(k);
          break;
        } else {
          if (c != '0') {
            sawNonzeroDigit = true;
          }
          if (sawNonzeroDigit) {
            digits--;
          }
        }
      }
      if (!hasDecimalPoint) {
        if (num.length() == 2 && num.charAt(1) == '0') {
          digits--;
        }
        num.append('.');
      }
      while (digits > 0) {
        num.append('0');
        digits--;
      }
      num.append(tail);
    }
    if (plus || num.charAt(0) != '+') {
      if (zero && !minus && widPresent && wid > num.length()) {
        buf.append(num.charAt(0));
        writePadding(wid - num.length());
        buf.append(num, 1, num.length());
        return;
      }
      pad(num.toString());
      return;
    }
    pad(num.substring(1));
  }

  // ---- strings ----

  private void fmtStringVerb(String s, int verb) {
    switch (verb) {
      case 'v' -> {
        if (sharpV) {
          fmtQ(s);
        } else {
          fmtS(s);
        }
      }
      case 's' -> fmtS(s);
      case 'x' -> fmtSx(s, LDIGITS);
      case 'X' -> fmtSx(s, UDIGITS);
      case 'q' -> fmtQ(s);
      default -> badVerb(verb);
    }
  }

  private String truncate(String s) {
    if (precPresent) {
      int n = prec;
      for (int k = 0; k < s.length(); ) {
        n--;
        if (n < 0) {
          return s.substring(0, k);
        }
        k += Character.charCount(s.codePointAt(k));
      }
    }
    return s;
  }

  private void fmtS(String s) {
    pad(truncate(s));
  }

  private void fmtQ(String s) {
    s = truncate(s);
    if (sharp && GoQuote.canBackquote(s)) {
      pad("`" + s + "`");
      return;
    }
    pad(plus ? GoQuote.quoteToAscii(s) : GoQuote.quote(s));
  }

  private void fmtSx(String s, String digits) {
    byte[] b = Utf8.bytes(s);
    int length = b.length;
    if (precPresent && prec < length) {
      length = prec;
    }
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) {
          width *= 2;
        }
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) {
        writePadding(wid);
      }
      return;
    }
    if (widPresent && wid > width && !minus) {
      writePadding(wid - width);
    }
    if (sharp) {
      buf.append('0').append(digits.charAt(16));
    }
    for (int k = 0; k < length; k++) {
      if (space && k > 0) {
        buf.append(' ');
        if (sharp) {
          buf.append('0').append(digits.charAt(16));
        }
      }
      int c = b[k] & 0xff;
      buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xf));
    }
    if (widPresent && wid > width && minus) {
      writePadding(wid - width);
    }
  }
}
