package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** OPA's {@code topdown/jsonschema.go}: {@code json.verify_schema} and {@code json.match_schema}. */
public final class JsonSchemaFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("json.verify_schema", (ctx, a) -> {
      try {
        JsonSchema.compile(load(a[0]));
        return ArrayValue.of(BooleanValue.TRUE, NullValue.INSTANCE);
      } catch (BuiltinException | JsonSchema.SchemaException e) {
        return ArrayValue.of(BooleanValue.FALSE, StringValue.of("jsonschema: " + e.getMessage()));
      }
    });
    r.register("json.match_schema", (ctx, a) -> {
      Value doc = load(a[0]);
      JsonSchema schema = compileCached(ctx.sharedCache(), load(a[1]));
      List<JsonSchema.Error> errors = schema.validate(doc);
      Value[] out = new Value[errors.size()];
      for (int i = 0; i < out.length; i++) {
        JsonSchema.Error e = errors.get(i);
        out[i] = ObjectValue.ofStrings("error", StringValue.of(e.text()), "type", StringValue.of(e.type()),
            "field", StringValue.of(e.field()), "desc", StringValue.of(e.description()));
      }
      return ArrayValue.of(BooleanValue.of(errors.isEmpty()), ArrayValue.wrap(out));
    });
  }

  private static JsonSchema compileCached(java.util.Map<Object, Object> cache, Value schemaDoc) {
    List<Object> key = List.of("json.match_schema", schemaDoc);
    Object cached = cache.get(key);
    if (cached instanceof JsonSchema s) {
      return s;
    }
    try {
      JsonSchema s = JsonSchema.compile(schemaDoc);
      cache.put(key, s);
      return s;
    } catch (JsonSchema.SchemaException e) {
      throw new BuiltinException(e.getMessage());
    }
  }

  /** OPA's {@code astValueToJSONSchemaLoader}: JSON text, an object or an array. */
  private static Value load(Value v) {
    if (v instanceof StringValue s) {
      if (!Json.isValid(s.value())) {
        throw new BuiltinException("invalid JSON string");
      }
      return Json.parse(s.value());
    }
    if (v instanceof ObjectValue || v instanceof ArrayValue) {
      return v;
    }
    throw new BuiltinException("wrong type, expected string or object");
  }
}
