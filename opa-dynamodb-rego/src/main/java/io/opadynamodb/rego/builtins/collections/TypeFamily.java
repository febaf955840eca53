package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/** OPA's {@code topdown/type.go} and {@code type_name.go}: {@code is_*} and {@code type_name}. */
public final class TypeFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    is(r, "is_number", NumberValue.class);
    is(r, "is_string", StringValue.class);
    is(r, "is_boolean", BooleanValue.class);
    is(r, "is_array", ArrayValue.class);
    is(r, "is_set", SetValue.class);
    is(r, "is_object", ObjectValue.class);
    is(r, "is_null", NullValue.class);
    r.register("type_name", (ctx, a) -> StringValue.of(a[0].typeName()));
  }

  private static void is(BuiltinRegistry r, String name, Class<? extends Value> type) {
    r.register(name, (ctx, a) -> BooleanValue.of(type.isInstance(a[0])));
  }
}
