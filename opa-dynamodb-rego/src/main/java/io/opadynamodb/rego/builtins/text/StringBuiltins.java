package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The string built-ins of OPA's {@code topdown/strings.go} (except {@code sprintf}, see
 * {@link SprintfBuiltin}). Lengths and indices are in runes (code points), as in OPA.
 */
public final class StringBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("format_int", StringBuiltins::formatInt);
    r.register("concat", StringBuiltins::concat);
    r.register("indexof", StringBuiltins::indexOf);
    r.register("indexof_n", StringBuiltins::indexOfN);
    r.register("substring", StringBuiltins::substring);
    r.register("contains", (ctx, a) -> BooleanValue.of(Args.string(a, 0).contains(Args.string(a, 1))));
    r.register("strings.count", (ctx, a) -> NumberValue.of(GoStrings.count(Args.string(a, 0), Args.string(a, 1))));
    r.register("startswith", (ctx, a) -> BooleanValue.of(Args.string(a, 0).startsWith(Args.string(a, 1))));
    r.register("endswith", (ctx, a) -> BooleanValue.of(Args.string(a, 0).endsWith(Args.string(a, 1))));
    r.register("upper", (ctx, a) -> StringValue.of(GoStrings.toUpper(Args.string(a, 0))));
    r.register("lower", (ctx, a) -> StringValue.of(GoStrings.toLower(Args.string(a, 0))));
    r.register("split", StringBuiltins::split);
    r.register("strings.split_n", StringBuiltins::splitN);
    r.register("replace", StringBuiltins::replace);
    r.register("strings.replace_n", StringBuiltins::replaceN);
    r.register("trim", (ctx, a) -> str(GoStrings.trim(Args.string(a, 0), Args.string(a, 1))));
    r.register("trim_left", (ctx, a) -> str(GoStrings.trimLeft(Args.string(a, 0), Args.string(a, 1))));
    r.register("trim_right", (ctx, a) -> str(GoStrings.trimRight(Args.string(a, 0), Args.string(a, 1))));
    r.register("trim_prefix", StringBuiltins::trimPrefix);
    r.register("trim_suffix", StringBuiltins::trimSuffix);
    r.register("trim_space", (ctx, a) -> str(GoStrings.trimSpace(Args.string(a, 0))));
    r.register("strings.reverse", StringBuiltins::reverse);
    r.register("strings.any_prefix_match", (ctx, a) -> AffixMatch.anyMatch(a[0], a[1], false));
    r.register("strings.any_suffix_match", (ctx, a) -> AffixMatch.anyMatch(a[0], a[1], true));
  }

  private static StringValue str(String s) {
    return StringValue.of(s);
  }

  static Value formatInt(BuiltinContext ctx, Value[] a) {
    NumberValue input = Args.number(a, 0);
    NumberValue base = Args.number(a, 1);
    int radix;
    // OPA compares the base's text, so 2.0 is not a valid base.
    switch (base.toJsonText()) {
      case "2" -> radix = 2;
      case "8" -> radix = 8;
      case "10" -> radix = 10;
      case "16" -> radix = 16;
      default -> throw Args.operand(2, "must be one of {2, 8, 10, 16}");
    }
    // Integers are formatted exactly; fractions are truncated toward zero.
    BigInteger i = input.bigDecimalValue().toBigInteger();
    return str(i.toString(radix));
  }

  static Value concat(BuiltinContext ctx, Value[] a) {
    String sep = Args.string(a, 0);
    List<Value> elems;
    if (a[1] instanceof ArrayValue arr) {
      elems = arr.elements();
    } else if (a[1] instanceof SetValue set) {
      elems = set.elements();
    } else {
      throw Args.typeError(2, a[1], "set", "array");
    }
    StringBuilder sb = new StringBuilder();
    for (Value e : elems) {
      if (!(e instanceof StringValue)) {
        throw Args.elementError(2, a[1], e, "string");
      }
    }
    for (int i = 0; i < elems.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(((StringValue) elems.get(i)).value());
    }
    return str(sb.toString());
  }

  private static String searchOperand(Value[] a) {
    String search = Args.string(a, 1);
    if (search.isEmpty()) {
      throw new BuiltinException("empty search character");
    }
    return search;
  }

  static Value indexOf(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    String search = searchOperand(a);
    int i = base.indexOf(search);
    return NumberValue.of(i < 0 ? -1 : base.codePointCount(0, i));
  }

  static Value indexOfN(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    String search = searchOperand(a);
    List<Value> out = new ArrayList<>();
    // Overlapping occurrences, at rune positions.
    int runeIndex = 0;
    for (int i = 0; i < base.length(); ) {
      if (base.startsWith(search, i)) {
        out.add(NumberValue.of(runeIndex));
      }
      i += Character.charCount(base.codePointAt(i));
      runeIndex++;
    }
    return ArrayValue.of(out);
  }

  static Value substring(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    long start = GoNumbers.intOperand(a, 1);
    long length = GoNumbers.intOperand(a, 2);
    if (start < 0) {
      throw new BuiltinException("negative offset");
    }
    int runes = base.codePointCount(0, base.length());
    if (start >= runes) {
      return StringValue.of("");
    }
    int from = base.offsetByCodePoints(0, (int) start);
    if (length < 0 || length >= runes - start) {
      return str(base.substring(from));
    }
    return str(base.substring(from, base.offsetByCodePoints(from, (int) length)));
  }

  static Value split(BuiltinContext ctx, Value[] a) {
    String text = Args.string(a, 0);
    String delim = Args.string(a, 1);
    if (!text.contains(delim)) {
      return ArrayValue.of(a[0]);
    }
    return strings(GoStrings.split(text, delim));
  }

  static Value splitN(BuiltinContext ctx, Value[] a) {
    String text = Args.string(a, 0);
    String delim = Args.string(a, 1);
    long n = GoNumbers.intOperand(a, 2);
    if (n >= 0) {
      // OPA splits into n+1 pieces and keeps the first n: the unsplit remainder is dropped.
      long limit = n == Long.MAX_VALUE ? -1 : n + 1;
      List<String> parts = GoStrings.splitN(text, delim, limit);
      return strings(parts.subList(0, (int) Math.min(n, parts.size())));
    }
    List<String> parts = GoStrings.split(text, delim);
    int from = (int) Math.max(parts.size() + n, 0);
    return strings(parts.subList(from, parts.size()));
  }

  static Value replace(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String old = Args.string(a, 1);
    String neu = Args.string(a, 2);
    return str(new GoReplacer(List.of(old, neu)).replace(s));
  }

  static Value replaceN(BuiltinContext ctx, Value[] a) {
    ObjectValue patterns = Args.object(a, 0);
    String s = Args.string(a, 1);
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      if (!(patterns.keyAt(i) instanceof StringValue k)) {
        throw Args.operand(1, "non-string key found in pattern object");
      }
      if (!(patterns.valueAt(i) instanceof StringValue v)) {
        throw Args.operand(1, "non-string value found in pattern object");
      }
      pairs.add(k.value());
      pairs.add(v.value());
    }
    return str(new GoReplacer(pairs).replace(s));
  }

  static Value trimPrefix(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String pre = Args.string(a, 1);
    return s.startsWith(pre) ? str(s.substring(pre.length())) : a[0];
  }

  static Value trimSuffix(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String suf = Args.string(a, 1);
    return s.endsWith(suf) ? str(s.substring(0, s.length() - suf.length())) : a[0];
  }

  static Value reverse(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    int[] runes = TextArgs.runes(s);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = runes.length - 1; i >= 0; i--) {
      sb.appendCodePoint(runes[i]);
    }
    return str(sb.toString());
  }

  static ArrayValue strings(List<String> parts) {
    Value[] out = new Value[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = StringValue.of(parts.get(i));
    }
    return ArrayValue.wrap(out);
  }
}
