package io.opadynamodb.rego.value;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Conversions between plain Java objects (and Jackson trees) and {@link Value}s, used for
 * {@code input} and {@code data} given by applications and for returning results to them.
 */
public final class JavaValues {
  private JavaValues() {}

  /**
   * A value from a Java object.
   *
   * <ul>
   *   <li>{@code null} (and an empty {@link Optional}) to {@code null}; {@link Value}s pass through.
   *   <li>{@link Boolean}; {@link String}, {@link Character}, {@link Enum} (its name) to strings.
   *   <li>Any {@link Number}: integers exactly, {@link BigDecimal} exactly, {@link Double} and
   *       {@link Float} through their shortest decimal text (NaN and infinities are rejected).
   *   <li>{@link Map} to an object; keys that are not {@link Value}s become strings by
   *       {@code toString()}.
   *   <li>{@link Set} to a Rego set; other {@link Collection}s and Java arrays (also primitive
   *       arrays, except {@code byte[]} which becomes a base64 string as Jackson writes it) to arrays.
   *   <li>Jackson {@link JsonNode} trees, by node type.
   * </ul>
   *
   * @throws IllegalArgumentException for other types, non-finite numbers, and cyclic structures
   */
  public static Value fromJava(Object o) {
    return convert(o, new Path());
  }

  /**
   * The containers from the root to the value being converted, to refuse cycles. Only containers deeper than
   * {@link #UNTRACKED_DEPTH} are remembered: a cycle is infinitely deep, so it still repeats within the tracked
   * levels, and the shallow documents of everyday inputs convert without hashing every container.
   */
  private static final class Path {
    static final int UNTRACKED_DEPTH = 32;
    int depth;
    IdentityHashMap<Object, Boolean> tracked;

    boolean enter(Object container) {
      depth++;
      if (depth <= UNTRACKED_DEPTH) {
        return true;
      }
      if (tracked == null) {
        tracked = new IdentityHashMap<>();
      }
      return tracked.put(container, Boolean.TRUE) == null;
    }

    void leave(Object container) {
      if (depth > UNTRACKED_DEPTH) {
        tracked.remove(container);
      }
      depth--;
    }
  }

  private static Value convert(Object o, Path path) {
    if (o == null) {
      return NullValue.INSTANCE;
    }
    if (o instanceof Value v) {
      return v;
    }
    if (o instanceof Boolean b) {
      return BooleanValue.of(b);
    }
    if (o instanceof String s) {
      return StringValue.of(s);
    }
    if (o instanceof Number n) {
      return number(n);
    }
    if (o instanceof Character c) {
      return StringValue.of(c.toString());
    }
    if (o instanceof Enum<?> e) {
      return StringValue.of(e.name());
    }
    if (o instanceof Optional<?> opt) {
      return opt.isPresent() ? convert(opt.get(), path) : NullValue.INSTANCE;
    }
    if (o instanceof JsonNode node) {
      return fromJsonNode(node);
    }
    if (o instanceof byte[] bytes) {
      return StringValue.of(Base64.getEncoder().encodeToString(bytes));
    }
    if (o instanceof Map<?, ?> || o instanceof Collection<?> || o.getClass().isArray()) {
      if (!path.enter(o)) {
        throw new IllegalArgumentException("cannot convert a cyclic structure to a Rego value");
      }
      try {
        return composite(o, path);
      } finally {
        path.leave(o);
      }
    }
    throw new IllegalArgumentException("cannot convert Java type " + o.getClass().getName() + " to a Rego value");
  }

  private static Value composite(Object o, Path path) {
    if (o instanceof Map<?, ?> m) {
      ObjectValue.Builder b = ObjectValue.builder(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        if (k instanceof String s) {
          // distinct map keys that are strings stay distinct as Rego strings: no search for a duplicate
          b.putDistinct(StringValue.of(s), convert(e.getValue(), path));
        } else {
          Value key = k instanceof Value kv ? kv : StringValue.of(String.valueOf(k));
          b.put(key, convert(e.getValue(), path));
        }
      }
      return b.build();
    }
    if (o instanceof Set<?> s) {
      SetValue.Builder b = SetValue.builder();
      for (Object e : s) {
        b.add(convert(e, path));
      }
      return b.build();
    }
    if (o instanceof Collection<?> c) {
      Value[] elems = new Value[c.size()];
      int i = 0;
      for (Object e : c) {
        elems[i++] = convert(e, path);
      }
      return ArrayValue.wrap(i == elems.length ? elems : java.util.Arrays.copyOf(elems, i));
    }
    int n = Array.getLength(o);
    Value[] elems = new Value[n];
    for (int i = 0; i < n; i++) {
      elems[i] = convert(Array.get(o, i), path);
    }
    return ArrayValue.wrap(elems);
  }

  private static NumberValue number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof AtomicInteger || n instanceof AtomicLong) {
      return NumberValue.of(n.longValue());
    }
    if (n instanceof BigInteger b) {
      return NumberValue.of(b);
    }
    if (n instanceof BigDecimal d) {
      return NumberValue.of(d);
    }
    if (n instanceof Float f) {
      checkFinite(f.doubleValue());
      return NumberValue.of(new BigDecimal(Float.toString(f)));
    }
    if (n instanceof Double d) {
      checkFinite(d);
      return NumberValue.of(d.doubleValue());
    }
    try {
      return NumberValue.of(new BigDecimal(n.toString()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cannot convert number " + n + " to a Rego value", e);
    }
  }

  private static void checkFinite(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("cannot convert non-finite number " + d + " to a Rego value");
    }
  }

  private static Value fromJsonNode(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        ObjectValue.Builder b = ObjectValue.builder();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          b.put(e.getKey(), fromJsonNode(e.getValue()));
        }
        return b.build();
      }
      case ARRAY: {
        Value[] elems = new Value[node.size()];
        int i = 0;
        for (JsonNode e : node) {
          elems[i++] = fromJsonNode(e);
        }
        return ArrayValue.wrap(elems);
      }
      case STRING:
        return StringValue.of(node.stringValue());
      case NUMBER:
        if (node.isIntegralNumber()) {
          return NumberValue.of(node.bigIntegerValue());
        }
        if (node.isBigDecimal()) {
          return NumberValue.of(node.decimalValue());
        }
        return number(node.numberValue());
      case BOOLEAN:
        return BooleanValue.of(node.booleanValue());
      case BINARY:
        return StringValue.of(Base64.getEncoder().encodeToString(node.binaryValue()));
      case POJO:
        return fromJava(((tools.jackson.databind.node.POJONode) node).getPojo());
      case NULL:
      case MISSING:
      default:
        return NullValue.INSTANCE;
    }
  }

  /**
   * A plain Java object from a value: {@code null}, {@link Boolean}, {@link Long} (integers that
   * fit), {@link BigInteger} (larger integers), {@link BigDecimal} (other numbers), {@link String},
   * {@link List} (arrays, and sets in Rego order) and {@code Map<String, Object>} (a
   * {@link LinkedHashMap} in key order; non-string keys become their compact JSON text, as
   * {@code json.marshal} writes them). The result is mutable and independent of the value.
   */
  public static Object toJava(Value v) {
    if (v instanceof NullValue) {
      return null;
    }
    if (v instanceof BooleanValue b) {
      return b.value();
    }
    if (v instanceof NumberValue n) {
      if (n.isLong()) {
        return n.longValue();
      }
      BigInteger i = n.bigIntegerValueOrNull();
      return i != null ? i : n.bigDecimalValue();
    }
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>(a.size());
      for (Value e : a.elements()) {
        out.add(toJava(e));
      }
      return out;
    }
    if (v instanceof SetValue s) {
      List<Object> out = new ArrayList<>(s.size());
      for (Value e : s.elements()) {
        out.add(toJava(e));
      }
      return out;
    }
    ObjectValue o = (ObjectValue) v;
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < o.size(); i++) {
      out.put(Json.jsonKey(o.keyAt(i)), toJava(o.valueAt(i)));
    }
    return out;
  }
}
