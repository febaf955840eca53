package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.builtins.collections.AggregatesFamily;
import io.opadynamodb.rego.builtins.collections.ArrayFamily;
import io.opadynamodb.rego.builtins.collections.BinaryFamily;
import io.opadynamodb.rego.builtins.collections.ComparisonFamily;
import io.opadynamodb.rego.builtins.collections.ObjectFamily;
import io.opadynamodb.rego.builtins.collections.SetsFamily;
import io.opadynamodb.rego.builtins.collections.SubsetFamily;
import io.opadynamodb.rego.builtins.collections.TypeFamily;
import io.opadynamodb.rego.builtins.numbers.ArithmeticFamily;
import io.opadynamodb.rego.builtins.numbers.BitsFamily;
import io.opadynamodb.rego.builtins.numbers.CastsFamily;
import io.opadynamodb.rego.builtins.numbers.NumbersRangeFamily;
import io.opadynamodb.rego.builtins.text.GlobBuiltins;
import io.opadynamodb.rego.builtins.text.RegexBuiltins;
import io.opadynamodb.rego.builtins.text.SprintfBuiltin;
import io.opadynamodb.rego.builtins.text.StringBuiltins;
import io.opadynamodb.rego.builtins.text.TemplateStringBuiltin;
import java.util.List;

/** Core built-in families (see {@link StandardBuiltins}). */
final class CoreFamilies {
  private CoreFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of(
        // bi-coll: numbers, comparison, aggregates and collections
        new ArithmeticFamily(),
        new NumbersRangeFamily(),
        new BitsFamily(),
        new CastsFamily(),
        new ComparisonFamily(),
        new BinaryFamily(),
        new AggregatesFamily(),
        new ArrayFamily(),
        new SetsFamily(),
        new ObjectFamily(),
        new SubsetFamily(),
        new TypeFamily(),
        // text (strings, sprintf, regex, glob, template strings)
        new StringBuiltins(), new SprintfBuiltin(), new RegexBuiltins(), new GlobBuiltins(),
        new TemplateStringBuiltin());
  }
}
