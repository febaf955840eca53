package io.opadynamodb.rego.types;

import io.opadynamodb.rego.types.ObjectType.DynamicProperty;
import io.opadynamodb.rego.types.ObjectType.StaticProperty;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads OPA's JSON form of a type (as found in capabilities files' {@code decl} entries). */
public final class TypeJson {
  private TypeJson() {}

  /** Parses one type; throws {@link IllegalArgumentException} on an unknown form. */
  public static Type parse(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String kind = node.path("type").asString("");
    switch (kind) {
      case "null":
        return Types.NL;
      case "boolean":
        return Types.B;
      case "number":
        return Types.N;
      case "string":
        return Types.S;
      case "any":
        return new AnyType(list(node.get("of")));
      case "array":
        return new ArrayType(list(node.get("static")), parse(node.get("dynamic")));
      case "set":
        return new SetType(parse(node.get("of")));
      case "object":
        return object(node);
      case "function":
        return function(node);
      default:
        throw new IllegalArgumentException("unknown type: " + kind);
    }
  }

  /** Parses a {@code {"type":"function",...}} declaration. */
  public static FunctionType function(JsonNode node) {
    return new FunctionType(list(node.get("args")), parse(node.get("result")), parse(node.get("variadic")));
  }

  private static ObjectType object(JsonNode node) {
    List<StaticProperty> statics = new ArrayList<>();
    JsonNode st = node.get("static");
    if (st != null) {
      for (JsonNode p : st.values()) {
        statics.add(new StaticProperty(constant(p.get("key")), parse(p.get("value"))));
      }
    }
    DynamicProperty dyn = null;
    JsonNode d = node.get("dynamic");
    if (d != null && !d.isNull()) {
      dyn = new DynamicProperty(parse(d.get("key")), parse(d.get("value")));
    }
    return new ObjectType(statics, dyn);
  }

  private static Value constant(JsonNode n) {
    if (n == null || n.isNull()) {
      return NullValue.INSTANCE;
    } else if (n.isString()) {
      return StringValue.of(n.stringValue());
    } else if (n.isBoolean()) {
      return BooleanValue.of(n.booleanValue());
    } else if (n.isNumber()) {
      return NumberValue.parse(n.asString());
    }
    throw new IllegalArgumentException("unsupported static key: " + n);
  }

  private static List<Type> list(JsonNode arr) {
    List<Type> out = new ArrayList<>();
    if (arr != null && arr.isArray()) {
      for (JsonNode t : arr.values()) {
        out.add(parse(t));
      }
    } else if (arr != null && arr.isObject()) {
      out.add(parse(arr));
    }
    return out;
  }
}
