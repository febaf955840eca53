package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Operand conversions of OPA's {@code topdown/builtins} package that the text built-ins need. */
final class TextArgs {
  private TextArgs() {}

  /**
   * OPA's {@code builtins.IntOperand}: the number's text must be a plain integer of at most 19
   * digits (zeros after a decimal point allowed, no exponent), as {@code util.Atoi64} reads it.
   */
  static long intOperand(Value[] args, int index) {
    NumberValue n = Args.number(args, index);
    Long v = atoi64(n.toJsonText());
    if (v == null) {
      throw Args.operand(index + 1, "must be integer number but got floating-point number");
    }
    return v;
  }

  /** Port of OPA's {@code util.Atoi64}; null when the text is not such an integer. */
  static Long atoi64(String s) {
    if (s.isEmpty()) {
      return null;
    }
    boolean negative = s.charAt(0) == '-';
    if (negative || s.charAt(0) == '+') {
      s = s.substring(1);
    }
    if (s.isEmpty() || s.length() > 19) {
      return null;
    }
    boolean pastDecimal = false;
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.') {
        if (!pastDecimal) {
          pastDecimal = true;
          continue;
        }
        return null;
      }
      int d = ch - '0';
      if (pastDecimal) {
        if (d == 0) {
          continue;
        }
        return null;
      }
      if (d < 0 || d > 9) {
        return null;
      }
      n = n * 10 + d;
    }
    if (!negative && n < 0) {
      return null;
    }
    if (negative) {
      n = -n;
      if (n > 0) {
        return null;
      }
    }
    return n;
  }

  /** OPA's {@code builtins.StringSliceOperand}: an array or set of strings. */
  static List<String> stringSlice(Value v, int position) {
    List<Value> elems;
    if (v instanceof ArrayValue a) {
      elems = a.elements();
    } else if (v instanceof SetValue s) {
      elems = s.elements();
    } else {
      throw Args.typeError(position, v, "array", "set");
    }
    List<String> out = new ArrayList<>(elems.size());
    for (Value e : elems) {
      if (!(e instanceof StringValue s)) {
        throw Args.elementError(position, v, e, "string");
      }
      out.add(s.value());
    }
    return out;
  }

  /** The code points of a string. */
  static int[] runes(String s) {
    return s.codePoints().toArray();
  }

  static String fromRunes(int[] runes, int from, int to) {
    return new String(runes, from, to - from);
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
