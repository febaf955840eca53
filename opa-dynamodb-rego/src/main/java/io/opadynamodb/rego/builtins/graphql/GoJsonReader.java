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
import java.util.function.Supplier;

/**
 * The parts of Go's {@code encoding/json} decoding that OPA relies on when it turns a Rego object
 * back into a gqlparser struct: keys match struct fields exactly or case-insensitively, unknown
 * keys are ignored, null leaves a field at its zero value, and a value of the wrong JSON type is
 * an {@code UnmarshalTypeError} worded as Go words it. gqlparser's hand-written
 * {@code UnmarshalJSON} methods start a fresh {@code json.Unmarshal} per key ({@link #session}),
 * which is why Go's error paths restart there.
 */
abstract class GoJsonReader {
  /** Go's {@code UnmarshalTypeError}. */
  static final class DecodeException extends RuntimeException {
    private final String value;
    private final String type;
    private String struct;
    private String field;

    DecodeException(String value, String type) {
      super(null, null, false, false);
      this.value = value;
      this.type = type;
    }

    @Override
    public String getMessage() {
      if (struct != null || field != null) {
        return "json: cannot unmarshal " + value + " into Go struct field " + struct + "." + field + " of type " + type;
      }
      return "json: cannot unmarshal " + value + " into Go value of type " + type;
    }
  }

  /** One {@code json.Unmarshal} call: the struct fields entered so far (Go's error context). */
  private static final class Session {
    final List<String> structs = new ArrayList<>();
    final List<String> path = new ArrayList<>();
  }

  private Session current = new Session();

  /** Runs a nested {@code json.Unmarshal}; its errors get the context of the point where they failed. */
  <T> T session(Supplier<T> decode) {
    Session outer = current;
    current = new Session();
    try {
      return decode.get();
    } catch (DecodeException e) {
      if (!current.path.isEmpty()) {
        e.struct = current.structs.get(current.structs.size() - 1);
        e.field = String.join(".", current.path) + (e.field == null || e.field.isEmpty() ? "" : "." + e.field);
      }
      throw e;
    } finally {
      current = outer;
    }
  }

  /**
   * Decodes a JSON object into the Go struct {@code struct} (of Go type {@code type}) with the
   * given fields, visiting each matched member that is not null. Later keys win, as in Go.
   */
  void members(Value v, String struct, String type, List<String> fields, BiConsumer<String, Value> visit) {
    each(v, type, fields, false, (k, x) -> {
      current.structs.add(struct);
      current.path.add(k);
      visit.accept(k, x);
      current.structs.remove(current.structs.size() - 1);
      current.path.remove(current.path.size() - 1);
    });
  }

  /** gqlparser's {@code UnmarshalJSON} methods: exact keys, each decoded by its own {@code json.Unmarshal}. */
  void customMembers(Value v, List<String> fields, BiConsumer<String, Value> visit) {
    each(v, "map[string]json.RawMessage", fields, true, (k, x) -> session(() -> {
      visit.accept(k, x);
      return null;
    }));
  }

  private static void each(Value v, String type, List<String> fields, boolean exactOnly,
      BiConsumer<String, Value> visit) {
    if (v == null || v instanceof NullValue) {
      return;
    }
    if (!(v instanceof ObjectValue o)) {
      throw mismatch(v, type);
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

  /** A string-kinded Go value of type {@code type} ("string", "ast.Operation", ...). */
  static String string(Value v, String type) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    throw mismatch(v, type);
  }

  static boolean bool(Value v) {
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    throw mismatch(v, "bool");
  }

  /** An int-kinded Go value; a number that is not an integer literal fails like {@code strconv.ParseInt}. */
  static int integer(Value v, String type) {
    if (v instanceof NumberValue n) {
      String text = n.toJsonText();
      if (n.isLong() && text.matches("-?\\d+")) {
        return (int) n.longValue();
      }
      throw new DecodeException("number " + text, type);
    }
    throw mismatch(v, type);
  }

  /** A JSON array decoded into a Go slice of type {@code type}; null elements (nil pointers) are dropped. */
  static <T> List<T> list(Value v, String type, Function<Value, T> element) {
    List<T> out = new ArrayList<>();
    if (v == null || v instanceof NullValue) {
      return out;
    }
    if (!(v instanceof ArrayValue a)) {
      throw mismatch(v, type);
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

  static List<String> strings(Value v, String sliceType, String elementType) {
    return list(v, sliceType, e -> string(e, elementType));
  }

  static DecodeException mismatch(Value v, String type) {
    return new DecodeException(jsonType(v), type);
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
    return v instanceof ArrayValue ? "array" : "object";
  }
}
