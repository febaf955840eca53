package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;

/**
 * {@code internal.template_string(parts)}, which OPA 1.x compiles template strings
 * ({@code $"x is {x}"}) into. Each part is a string (printed as is), another scalar (printed as
 * Rego text) or a set holding the values of a template expression: empty when the expression is
 * undefined ({@code <undefined>}), one value otherwise.
 */
public final class TemplateStringBuiltin implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("internal.template_string", TemplateStringBuiltin::templateString);
  }

  static Value templateString(BuiltinContext ctx, Value[] a) {
    ArrayValue parts = Args.array(a, 0);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      Value part = parts.get(i);
      if (part instanceof StringValue s) {
        sb.append(s.value());
      } else if (part instanceof NumberValue || part instanceof BooleanValue || part instanceof NullValue) {
        sb.append(ValueFormatter.rego(part));
      } else if (part instanceof SetValue set) {
        if (set.isEmpty()) {
          sb.append("<undefined>");
        } else if (set.size() > 1) {
          throw BuiltinException.halt("eval_conflict_error", "template-strings must not produce multiple outputs");
        } else {
          Value v = set.get(0);
          sb.append(v instanceof StringValue s ? s.value() : ValueFormatter.rego(v));
        }
      } else {
        throw BuiltinException.halt("eval_internal_error", "illegal argument type: " + part.typeName());
      }
    }
    return StringValue.of(sb.toString());
  }
}
