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
    List<String> strs;
    if (search instanceof StringValue s) {
      strs = List.of(s.value());
    } else if (search instanceof ArrayValue || search instanceof SetValue) {
      strs = TextArgs.stringSlice(search, 1);
    } else {
      throw Args.typeError(1, search, "string", "set", "array");
    }
    List<String> bases;
    if (base instanceof StringValue b) {
      bases = List.of(b.value());
    } else if (base instanceof ArrayValue || base instanceof SetValue) {
      bases = TextArgs.stringSlice(base, 2);
    } else {
      throw Args.typeError(2, base, "string", "set", "array");
    }
    for (String s : strs) {
      for (String b : bases) {
        if (suffix ? s.endsWith(b) : s.startsWith(b)) {
          return BooleanValue.TRUE;
        }
      }
    }
    return BooleanValue.FALSE;
  }
}
