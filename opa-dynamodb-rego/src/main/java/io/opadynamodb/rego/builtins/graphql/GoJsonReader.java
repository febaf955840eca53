package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The parts of Go's {@code encoding/json} decoding that OPA relies on when it turns a Rego object
 * back into a gqlparser struct: keys match struct fields exactly or case-insensitively (later keys
 * win), unknown keys are ignored, null leaves a field at its zero value, and a value of the wrong
 * JSON type is an error.
 */
final class GoJsonReader {
  private GoJsonReader() {}

  /** A JSON value that does not fit the Go field it is decoded into. */
  static final class DecodeException extends RuntimeException {
    DecodeException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Visits the members of a JSON object decoded into a Go struct named {@code struct} with the
   * given field names; {@code exactOnly} is for gqlparser's hand-written {@code UnmarshalJSON}
   * methods, which match keys exactly. A null value decodes to nothing.
   */
  static void members(Value v, String struct, List<String> fields, boolean exactOnly, BiConsumer<String, Value> visit) {
    if (v == null || v instanceof NullValue) {
      return;
    }
    if (!(v instanceof ObjectValue o)) {
      throw mismatch(v, struct);
    }
    TreeMap<String, Value> sorted = new TreeMap<>();
    o.forEach((k, val) -> sorted.put(k instanceof StringValue s ? s.value() : k.toString(), val));
    sorted.forEach((k, val) -> {
      String field = fieldFor(k, fields, exactOnly);
      if (field != null && !(val instanceof NullValue)) {
        visit.accept(field, val);
      }
    });
  }

  private static String fieldFor(String key, List<String> fields, boolean exactOnly) {
    if (fields.contains(key)) {
      return key;
    }
    if (!exactOnly) {
      for (String f : fields) {
        if (f.equalsIgnoreCase(key)) {
          return f;
        }
      }
    }
    return null;
  }

  static String string(Value v, String field) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    throw mismatch(v, field + " of type string");
  }

  static boolean bool(Value v, String field) {
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    throw mismatch(v, field + " of type bool");
  }

  static int integer(Value v, String field) {
    if (v instanceof NumberValue n && n.isLong() && n.toJsonText().matches("-?\\d+")) {
      return (int) n.longValue();
    }
    throw mismatch(v, field + " of type int");
  }

  /** A JSON array decoded element by element; null elements (Go's nil pointers) are dropped. */
  static <T> List<T> list(Value v, String field, Function<Value, T> element) {
    List<T> out = new ArrayList<>();
    if (v == null || v instanceof NullValue) {
      return out;
    }
    if (!(v instanceof ArrayValue a)) {
      throw mismatch(v, field);
    }
    for (Value e : a.elements()) {
      if (!(e instanceof NullValue)) {
        T t = element.apply(e);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  static List<String> strings(Value v, String field) {
    return list(v, field, e -> string(e, field));
  }

  private static DecodeException mismatch(Value v, String target) {
    return new DecodeException("json: cannot unmarshal " + jsonType(v) + " into Go struct field " + target);
  }

  private static String jsonType(Value v) {
    if (v instanceof StringValue) {
      return "string";
    }
    if (v instanceof NumberValue) {
      return "number";
    }
    if (v instanceof BooleanValue) {
      return "bool";
    }
    if (v instanceof ArrayValue) {
      return "array";
    }
    return "object";
  }
}
