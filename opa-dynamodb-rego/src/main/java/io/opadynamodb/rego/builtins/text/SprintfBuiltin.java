package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sprintf(format, values)}: Go's {@code fmt.Sprintf} on the values converted as OPA does.
 * Numbers written with a fraction or exponent become float64 (their text when out of range),
 * other numbers int64 or big.Int; strings stay strings; every other value becomes its Rego text.
 */
public final class SprintfBuiltin implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("sprintf", SprintfBuiltin::sprintf);
  }

  static Value sprintf(BuiltinContext ctx, Value[] a) {
    String format = Args.string(a, 0);
    ArrayValue values = Args.array(a, 1);
    List<Object> args = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      args.add(goArg(values.get(i)));
    }
    return StringValue.of(GoFormatter.sprintf(format, args));
  }

  /** The Go value OPA hands to {@code fmt.Sprintf} for a Rego value. */
  static Object goArg(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NumberValue n) {
      String text = n.toJsonText();
      if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        double d = parseFloat(text);
        return Double.isInfinite(d) || Double.isNaN(d) ? text : (Object) d;
      }
      Long l = GoNumbers.atoi64(text);
      if (l != null) {
        return l;
      }
      try {
        return new BigInteger(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return ValueFormatter.rego(v);
  }

  private static double parseFloat(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
