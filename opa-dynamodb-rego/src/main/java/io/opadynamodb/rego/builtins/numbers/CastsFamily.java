package io.opadynamodb.rego.builtins.numbers;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.Locale;

/** OPA's {@code topdown/casts.go}: {@code to_number} and the {@code cast_*} built-ins. */
public final class CastsFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("to_number", (ctx, a) -> toNumber(a[0]));
    r.register("cast_array", (ctx, a) -> {
      if (a[0] instanceof ArrayValue) {
        return a[0];
      }
      if (a[0] instanceof SetValue s) {
        return ArrayValue.of(s.elements());
      }
      throw Args.typeError(1, a[0], "array", "set");
    });
    r.register("cast_set", (ctx, a) -> {
      if (a[0] instanceof ArrayValue arr) {
        return SetValue.of(arr.elements());
      }
      if (a[0] instanceof SetValue) {
        return a[0];
      }
      throw Args.typeError(1, a[0], "array", "set");
    });
    r.register("cast_string", (ctx, a) -> exactly(a[0], StringValue.class, "string"));
    r.register("cast_boolean", (ctx, a) -> exactly(a[0], BooleanValue.class, "boolean"));
    r.register("cast_null", (ctx, a) -> exactly(a[0], NullValue.class, "null"));
    r.register("cast_object", (ctx, a) -> exactly(a[0], ObjectValue.class, "object"));
  }

  private static Value exactly(Value v, Class<? extends Value> type, String name) {
    if (type.isInstance(v)) {
      return v;
    }
    throw Args.typeError(1, v, name);
  }

  /** {@code to_number}: strings are accepted as Go's {@code strconv.ParseFloat} accepts them. */
  public static Value toNumber(Value v) {
    if (v instanceof NullValue) {
      return NumberValue.of(0);
    }
    if (v instanceof BooleanValue b) {
      return NumberValue.of(b.value() ? 1 : 0);
    }
    if (v instanceof NumberValue) {
      return v;
    }
    if (v instanceof StringValue s) {
      return parseNumberString(s);
    }
    throw Args.typeError(1, v, "null", "boolean", "number", "string");
  }

  private static NumberValue parseNumberString(StringValue sv) {
    String s = sv.value();
    String lower = stripSigns(s).toLowerCase(Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")) {
      throw Args.typeError(1, sv, "valid number string");
    }
    GoParseFloat.Result parsed = GoParseFloat.parse(s);
    if (parsed.error() != null) {
      throw new BuiltinException("strconv.ParseFloat: parsing " + GoQuote.quote(s) + ": " + parsed.error());
    }
    checkExponent(s);
    if (JsonNumbers.isJsonNumber(s)) {
      return NumberValue.parse(s);
    }
    // Forms OPA keeps verbatim but that are no JSON numbers (".5", "+1", "0x1p4"): keep the value.
    return NumberValue.of(parsed.value());
  }

  private static String stripSigns(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(i);
  }

  /** {@code ast.NumberChecked}: a binary exponent beyond 1e5 is "number too big". */
  private static void checkExponent(String s) {
    int e = -1;
    for (int i = 0; i < s.length(); i++) {
      if ((s.charAt(i) | 0x20) == 'e') {
        e = i;
        break;
      }
    }
    if (e < 0) {
      return;
    }
    try {
      long exp = Long.parseLong(s.substring(e + 1));
      if (e + Math.abs(exp) <= 25_000) {
        return;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the full check, as Go's strconv.Atoi failing does
    }
    long binaryExp;
    try {
      GoFloat f = GoFloat.parse(s);
      if (f.isZero()) {
        return;
      }
      binaryExp = f.exp + f.mant.bitLength();
    } catch (NumberFormatException | ArithmeticException ex) {
      throw new BuiltinException("invalid number: invalid float");
    }
    if (binaryExp > 100_000 || binaryExp < -100_000) {
      throw new BuiltinException("invalid number: number too big");
    }
  }
}
