package io.opadynamodb.rego.builtins;

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
        // text (strings, sprintf, regex, glob, template strings)
        new StringBuiltins(), new SprintfBuiltin(), new RegexBuiltins(), new GlobBuiltins(),
        new TemplateStringBuiltin());
  }
}
