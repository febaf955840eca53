package io.opadynamodb.rego.builtins.text;

import com.google.re2j.Pattern;
import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** The built-ins of OPA's {@code topdown/regex.go}, with RE2 semantics (re2j). */
public final class RegexBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("regex.is_valid", RegexBuiltins::isValid);
    r.register("regex.match", RegexBuiltins::match);
    r.register("re_match", RegexBuiltins::match);
    r.register("regex.split", RegexBuiltins::split);
    r.register("regex.globs_match", RegexBuiltins::globsMatch);
    r.register("regex.template_match", RegexBuiltins::templateMatch);
    r.register("regex.find_n", RegexBuiltins::findN);
    r.register("regex.find_all_string_submatch_n", RegexBuiltins::findAllStringSubmatchN);
    r.register("regex.replace", RegexBuiltins::replace);
  }

  static Value isValid(BuiltinContext ctx, Value[] a) {
    return BooleanValue.of(a[0] instanceof StringValue s && RegexCache.isValid(s.value()));
  }

  static Value match(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    String value = Args.string(a, 1);
    return BooleanValue.of(RegexCache.compile(pattern).matcher(value).find());
  }

  static Value split(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    String value = Args.string(a, 1);
    return StringBuiltins.strings(GoRegex.split(RegexCache.compile(pattern), value));
  }

  static Value globsMatch(BuiltinContext ctx, Value[] a) {
    String g1 = Args.string(a, 0);
    String g2 = Args.string(a, 1);
    return BooleanValue.of(GlobIntersection.nonEmpty(g1, g2));
  }

  static Value templateMatch(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    String match = Args.string(a, 1);
    String start = Args.string(a, 2);
    String end = Args.string(a, 3);
    // Go measures the delimiters in bytes (and reports the start's length for both).
    if (Utf8.length(start) != 1) {
      throw new BuiltinException("start delimiter has to be exactly one character long but is "
          + Utf8.length(start) + " long");
    }
    if (Utf8.length(end) != 1) {
      throw new BuiltinException("end delimiter has to be exactly one character long but is "
          + Utf8.length(start) + " long");
    }
    String generated = RegexTemplate.generate(pattern, start.charAt(0), end.charAt(0));
    return BooleanValue.of(RegexCache.compile(generated).matcher(match).find());
  }

  static Value findN(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    String value = Args.string(a, 1);
    long n = GoNumbers.intOperand(a, 2);
    Pattern re = RegexCache.compile(pattern);
    List<String> out = new ArrayList<>();
    for (int[] m : GoRegex.findAll(re, value, n)) {
      out.add(value.substring(m[0], m[1]));
    }
    return StringBuiltins.strings(out);
  }

  static Value findAllStringSubmatchN(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    String value = Args.string(a, 1);
    long n = GoNumbers.intOperand(a, 2);
    Pattern re = RegexCache.compile(pattern);
    List<Value> outer = new ArrayList<>();
    for (int[] m : GoRegex.findAll(re, value, n)) {
      Value[] inner = new Value[m.length / 2];
      for (int g = 0; g < inner.length; g++) {
        inner[g] = StringValue.of(m[2 * g] < 0 ? "" : value.substring(m[2 * g], m[2 * g + 1]));
      }
      outer.add(ArrayValue.wrap(inner));
    }
    return ArrayValue.of(outer);
  }

  static Value replace(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    String pattern = Args.string(a, 1);
    String value = Args.string(a, 2);
    return StringValue.of(GoRegex.replaceAll(RegexCache.compile(pattern), base, value));
  }
}
