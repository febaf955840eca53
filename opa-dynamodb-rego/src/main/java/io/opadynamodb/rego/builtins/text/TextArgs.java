package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Operand conversions of OPA's {@code topdown/builtins} package that the text built-ins need. */
final class TextArgs {
  private TextArgs() {}

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
