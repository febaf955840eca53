package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** {@code strings.any_prefix_match} and {@code strings.any_suffix_match}. */
final class AffixMatch {
  private AffixMatch() {}

  /** True when any of the search strings starts (ends) with any of the base strings. */
  static Value anyMatch(Value search, Value base, boolean suffix) {
    // The search strings are checked first, so that their type errors come first.
    List<String> strs = stringOrStrings(search, 1);
    List<String> bases = stringOrStrings(base, 2);
    for (String s : strs) {
      for (String b : bases) {
        if (suffix ? s.endsWith(b) : s.startsWith(b)) {
          return BooleanValue.TRUE;
        }
      }
    }
    return BooleanValue.FALSE;
  }

  /** A string, or an array or set of strings, as a list. */
  private static List<String> stringOrStrings(Value v, int position) {
    if (v instanceof StringValue s) {
      return List.of(s.value());
    }
    if (v instanceof ArrayValue || v instanceof SetValue) {
      return TextArgs.stringSlice(v, position);
    }
    throw Args.typeError(position, v, "string", "set", "array");
  }
}
