package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;

/**
 * A value's text as OPA's {@code ast.Value.String()} prints it: strings quoted by Go's
 * {@code strconv.Quote}, numbers as their text, {@code {"a": 1}}, {@code {1, 2}}, {@code set()}.
 */
public final class GoValueText {
  private GoValueText() {}

  /** The value's text, its strings quoted as Go quotes them. */
  public static String of(Value v) {
    return ValueFormatter.rego(v, (sb, s) -> sb.append(GoQuote.quote(s)));
  }
}
