package io.opadynamodb.rego.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/** An immutable Rego set; iteration is in value order. */
public final class SetValue extends Value {
  public static final SetValue EMPTY = new SetValue(new Value[0]);

  private final Value[] elems;
  private final SortedValues lookup;
  private int hash;

  private SetValue(Value[] sorted) {
    this.elems = sorted;
    this.lookup = new SortedValues(sorted);
  }

  public static SetValue of(Value... elems) {
    return of(Arrays.asList(elems));
  }

  public static SetValue of(Collection<? extends Value> elems) {
    if (elems.isEmpty()) {
      return EMPTY;
    }
    TreeSet<Value> sorted = new TreeSet<>(elems);
    return new SetValue(sorted.toArray(new Value[0]));
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return elems.length;
  }

  public boolean isEmpty() {
    return elems.length == 0;
  }

  public boolean contains(Value v) {
    return lookup.indexOf(v) >= 0;
  }

  public Value get(int i) {
    return elems[i];
  }

  /** The elements in order (read-only). */
  public List<Value> elements() {
    return Collections.unmodifiableList(Arrays.asList(elems));
  }

  public SetValue union(SetValue other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    TreeSet<Value> s = new TreeSet<>(Arrays.asList(elems));
    s.addAll(Arrays.asList(other.elems));
    return new SetValue(s.toArray(new Value[0]));
  }

  public SetValue intersect(SetValue other) {
    Builder b = builder();
    for (Value v : elems) {
      if (other.contains(v)) {
        b.add(v);
      }
    }
    return b.build();
  }

  public SetValue minus(SetValue other) {
    Builder b = builder();
    for (Value v : elems) {
      if (!other.contains(v)) {
        b.add(v);
      }
    }
    return b.build();
  }

  @Override
  int typeRank() {
    return 6;
  }

  @Override
  int compareSameType(Value other) {
    return compareElements(elems, ((SetValue) other).elems);
  }

  @Override
  public String typeName() {
    return "set";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SetValue s) || s.elems.length != elems.length) {
      return false;
    }
    // Compare hashes only when both are known: hashing a freshly built value costs more than comparing.
    if (hash != 0 && s.hash != 0 && hash != s.hash) {
      return false;
    }
    return Arrays.equals(elems, s.elems);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = elementsHash(elems, 6);
      hash = h;
    }
    return h;
  }

  /** Collects elements, dropping duplicates. Not thread-safe. */
  public static final class Builder {
    private final TreeSet<Value> elems = new TreeSet<>();

    public Builder add(Value v) {
      elems.add(v);
      return this;
    }

    public boolean contains(Value v) {
      return elems.contains(v);
    }

    public int size() {
      return elems.size();
    }

    public SetValue build() {
      return elems.isEmpty() ? EMPTY : new SetValue(elems.toArray(new Value[0]));
    }
  }
}
