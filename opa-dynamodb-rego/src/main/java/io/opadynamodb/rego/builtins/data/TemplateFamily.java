package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OPA's {@code topdown/template.go}: {@code strings.render_template} (Go text/template). */
public final class TemplateFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("strings.render_template", (ctx, a) -> {
      String template = Args.string(a, 0);
      ObjectValue vars = Args.object(a, 1);
      // OPA converts the variables through their Rego text and a JSON decoder (ast.As): sets and
      // non-string keys are not JSON, and fail as Go's decoder fails on them.
      String goError = GoJsonErrors.errorMessage(vars.toString());
      if (goError != null) {
        throw new BuiltinException(goError);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) toGo(vars);
      String out = GoTemplate.render(template, data);
      return StringValue.of(out.replace("<no value>", "<undefined>"));
    });
  }

  /** A value as Go's JSON decoder with UseNumber gives it. */
  private static Object toGo(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NumberValue n) {
      return new GoTemplate.Number(n.toJsonText());
    }
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>();
      for (Value e : a.elements()) {
        out.add(toGo(e));
      }
      return out;
    }
    if (v instanceof ObjectValue o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < o.size(); i++) {
        out.put(((StringValue) o.keyAt(i)).value(), toGo(o.valueAt(i)));
      }
      return out;
    }
    return null;
  }
}
