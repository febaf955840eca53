package io.opadynamodb.rego.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An immutable Rego object. Keys may be any value; iteration is in key order (as OPA iterates).
 */
public final class ObjectValue extends Value {
  public static final ObjectValue EMPTY = new ObjectValue(new Value[0], new Value[0]);

  private final Value[] keys;
  private final Value[] values;
  private final SortedValues lookup;
  private int hash;

  private ObjectValue(Value[] sortedKeys, Value[] values) {
    this.keys = sortedKeys;
    this.values = values;
    this.lookup = new SortedValues(sortedKeys);
  }

  /** Builds an object from a map; later duplicates of equal keys replace earlier ones. */
  public static ObjectValue of(Map<? extends Value, ? extends Value> entries) {
    Builder b = builder();
    entries.forEach(b::put);
    return b.build();
  }

  /** An object with one string-keyed entry per pair: {@code of("a", v1, "b", v2)}. */
  public static ObjectValue ofStrings(Object... keyValuePairs) {
    Builder b = builder();
    for (int i = 0; i < keyValuePairs.length; i += 2) {
      b.put(StringValue.of((String) keyValuePairs[i]), (Value) keyValuePairs[i + 1]);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder(4);
  }

  /** A builder with room for {@code capacity} entries before it grows. */
  public static Builder builder(int capacity) {
    return new Builder(Math.max(capacity, 1));
  }

  public int size() {
    return keys.length;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  /** The value at the key, or null when absent. */
  public Value get(Value key) {
    int i = lookup.indexOf(key);
    return i < 0 ? null : values[i];
  }

  /** The value at a string key, or null when absent. */
  public Value get(String key) {
    return get(StringValue.of(key));
  }

  public boolean containsKey(Value key) {
    return lookup.indexOf(key) >= 0;
  }

  /** Keys in order (read-only). */
  public List<Value> keys() {
    return Collections.unmodifiableList(Arrays.asList(keys));
  }

  /** Values in key order (read-only). */
  public List<Value> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  public Value keyAt(int i) {
    return keys[i];
  }

  public Value valueAt(int i) {
    return values[i];
  }

  /** Calls the action for every entry in key order. */
  public void forEach(BiConsumer<Value, Value> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  /** A copy with the key set to the value. */
  public ObjectValue with(Value key, Value value) {
    Builder b = toBuilder();
    b.put(key, value);
    return b.build();
  }

  /** A copy without the key. */
  public ObjectValue without(Value key) {
    int i = lookup.indexOf(key);
    if (i < 0) {
      return this;
    }
    Value[] k = new Value[keys.length - 1];
    Value[] v = new Value[keys.length - 1];
    System.arraycopy(keys, 0, k, 0, i);
    System.arraycopy(keys, i + 1, k, i, keys.length - i - 1);
    System.arraycopy(values, 0, v, 0, i);
    System.arraycopy(values, i + 1, v, i, keys.length - i - 1);
    return new ObjectValue(k, v);
  }

  public Builder toBuilder() {
    Builder b = new Builder(keys.length + 4);
    for (int i = 0; i < keys.length; i++) {
      b.putDistinct(keys[i], values[i]);
    }
    return b;
  }

  @Override
  int typeRank() {
    return 5;
  }

  @Override
  int compareSameType(Value other) {
    ObjectValue o = (ObjectValue) other;
    int n = Math.min(keys.length, o.keys.length);
    for (int i = 0; i < n; i++) {
      int c = keys[i].compareTo(o.keys[i]);
      if (c != 0) {
        return c;
      }
      c = values[i].compareTo(o.values[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(keys.length, o.keys.length);
  }

  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ObjectValue ov) || ov.keys.length != keys.length) {
      return false;
    }
    // Compare hashes only when both are known: hashing a freshly built object costs more than comparing.
    if (hash != 0 && ov.hash != 0 && hash != ov.hash) {
      return false;
    }
    return Arrays.equals(keys, ov.keys) && Arrays.equals(values, ov.values);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = (Arrays.hashCode(keys) * 31 + Arrays.hashCode(values)) * 31 + 5;
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }

  /**
   * Collects entries; {@link #put} replaces the value of an equal key. Entries live in insertion
   * order in two arrays (a hash index is added once there are many) and are sorted once, by
   * {@link #build}: object literals are built on every evaluation, so this stays allocation-light.
   * Not thread-safe.
   */
  public static final class Builder {
    private static final int LINEAR_LIMIT = 8;

    private Value[] keys;
    private Value[] values;
    private int size;
    private HashMap<Value, Integer> index;

    private Builder(int capacity) {
      keys = new Value[capacity];
      values = new Value[capacity];
    }

    public Builder put(Value key, Value value) {
      int i = find(key);
      if (i >= 0) {
        values[i] = value;
        return this;
      }
      return append(key, value);
    }

    /**
     * Adds an entry whose key the caller knows is not in the builder yet (the keys of a Java map of strings),
     * without searching for it.
     */
    public Builder putDistinct(Value key, Value value) {
      return append(key, value);
    }

    private Builder append(Value key, Value value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      if (index != null) {
        index.put(key, size - 1);
      }
      return this;
    }

    public Builder put(String key, Value value) {
      return put(StringValue.of(key), value);
    }

    private int find(Value key) {
      if (index == null && size > LINEAR_LIMIT) {
        // built on the first search of a large builder: one filled by putDistinct alone never needs it
        index = new HashMap<>(size * 4);
        for (int j = 0; j < size; j++) {
          index.put(keys[j], j);
        }
      }
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /** The value currently stored at the key, or null. */
    public Value get(Value key) {
      int i = find(key);
      return i < 0 ? null : values[i];
    }

    public boolean containsKey(Value key) {
      return find(key) >= 0;
    }

    public int size() {
      return size;
    }

    public ObjectValue build() {
      if (size == 0) {
        return EMPTY;
      }
      Value[] k = Arrays.copyOf(keys, size);
      Value[] v = Arrays.copyOf(values, size);
      if (size <= LINEAR_LIMIT * 2) {
        insertionSort(k, v);
      } else {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        for (int i = 0; i < size; i++) {
          k[i] = keys[order[i]];
          v[i] = values[order[i]];
        }
      }
      return new ObjectValue(k, v);
    }

    private static void insertionSort(Value[] k, Value[] v) {
      for (int i = 1; i < k.length; i++) {
        Value key = k[i];
        Value val = v[i];
        int j = i - 1;
        while (j >= 0 && k[j].compareTo(key) > 0) {
          k[j + 1] = k[j];
          v[j + 1] = v[j];
          j--;
        }
        k[j + 1] = key;
        v[j + 1] = val;
      }
    }
  }
}
