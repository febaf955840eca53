package io.opadynamodb.rego.types;

import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An object type: properties with known constant keys, plus an optional type for any other
 * (dynamic) keys and their values.
 *
 * @param statics the static properties, sorted by key
 * @param dynamic the dynamic property, or null when the object has exactly the static keys
 */
public record ObjectType(List<StaticProperty> statics, DynamicProperty dynamic) implements Type {
  public ObjectType {
    List<StaticProperty> sorted = new ArrayList<>(statics);
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    statics = Collections.unmodifiableList(sorted);
  }

  /** A property with a constant key. */
  public record StaticProperty(Value key, Type value) {}

  /** The key and value types of the properties not listed statically. */
  public record DynamicProperty(Type key, Type value) {
    @Override
    public String toString() {
      return Types.sprint(key) + ": " + Types.sprint(value);
    }
  }

  /** Number of static properties. */
  public int len() {
    return statics.size();
  }

  /** The dynamic value type, or null. */
  public Type dynamicValue() {
    return dynamic == null ? null : dynamic.value();
  }

  /** The static keys in order. */
  public List<Value> keys() {
    List<Value> keys = new ArrayList<>(statics.size());
    for (StaticProperty p : statics) {
      keys.add(p.key());
    }
    return keys;
  }

  /** The type of the property named {@code key}, or null. */
  public Type select(Value key) {
    int lo = 0;
    int hi = statics.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = statics.get(mid).key().compareTo(key);
      if (c == 0) {
        return statics.get(mid).value();
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (dynamic != null && Types.contains(dynamic.key(), Types.typeOf(key))) {
      return dynamic.value();
    }
    return null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("object");
    if (!statics.isEmpty()) {
      sb.append('<');
      for (int i = 0; i < statics.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(GoFormat.value(statics.get(i).key())).append(": ").append(Types.sprint(statics.get(i).value()));
      }
      sb.append('>');
    }
    if (dynamic != null) {
      sb.append('[').append(dynamic).append(']');
    }
    return sb.toString();
  }
}
