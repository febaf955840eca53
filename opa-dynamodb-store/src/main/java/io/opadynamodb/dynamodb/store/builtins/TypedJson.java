package io.opadynamodb.dynamodb.store.builtins;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's typed JSON ({@code {"S": "x"}}, {@code {"N": "1"}}, {@code {"M": {...}}}, ...), as
 * keys and expression values are written in requests, to attribute values.
 */
final class TypedJson {
  private TypedJson() {}

  /** A map of typed values, such as a key: {@code {"id": {"S": "alice"}}}. */
  static Map<String, AttributeValue> attributes(ObjectValue o, String field) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    for (int i = 0; i < o.size(); i++) {
      String name = string(o.keyAt(i), field);
      out.put(name, attribute(o.valueAt(i), field + "." + name));
    }
    return out;
  }

  static AttributeValue attribute(Value v, String where) {
    if (!(v instanceof ObjectValue o) || o.size() != 1) {
      throw new BuiltinException(where + " must be a DynamoDB typed value such as {\"S\": \"text\"}, got "
          + v.typeName());
    }
    String type = string(o.keyAt(0), where);
    Value x = o.valueAt(0);
    switch (type) {
      case "S":
        return AttributeValue.fromS(string(x, where + ".S"));
      case "N":
        return AttributeValue.fromN(x instanceof NumberValue n ? n.toJsonText() : string(x, where + ".N"));
      case "B":
        return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(string(x, where + ".B"))));
      case "BOOL":
        if (x instanceof BooleanValue b) {
          return AttributeValue.fromBool(b.value());
        }
        throw new BuiltinException(where + ".BOOL must be a boolean");
      case "NULL":
        return AttributeValue.fromNul(true);
      case "SS":
        return AttributeValue.fromSs(strings(x, where + ".SS"));
      case "NS":
        return AttributeValue.fromNs(strings(x, where + ".NS"));
      case "L": {
        List<AttributeValue> l = new ArrayList<>();
        for (Value e : array(x, where + ".L").elements()) {
          l.add(attribute(e, where + ".L[]"));
        }
        return AttributeValue.fromL(l);
      }
      case "M":
        if (x instanceof ObjectValue m) {
          return AttributeValue.fromM(attributes(m, where + ".M"));
        }
        throw new BuiltinException(where + ".M must be an object");
      default:
        throw new BuiltinException(where + " has unknown DynamoDB type '" + type + "' (expected S, N, B, BOOL, NULL, "
            + "SS, NS, L or M)");
    }
  }

  private static List<String> strings(Value x, String where) {
    List<String> out = new ArrayList<>();
    for (Value e : array(x, where).elements()) {
      out.add(e instanceof NumberValue n ? n.toJsonText() : string(e, where + "[]"));
    }
    return out;
  }

  private static ArrayValue array(Value x, String where) {
    if (x instanceof ArrayValue a) {
      return a;
    }
    throw new BuiltinException(where + " must be an array");
  }

  static String string(Value v, String where) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    throw new BuiltinException(where + " must be a string, got " + v.typeName());
  }
}
