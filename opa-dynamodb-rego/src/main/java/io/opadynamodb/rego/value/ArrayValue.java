package io.opadynamodb.rego.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** An immutable Rego array. */
public final class ArrayValue extends Value {
  public static final ArrayValue EMPTY = new ArrayValue(new Value[0]);

  private final Value[] elems;
  private int hash;

  private ArrayValue(Value[] elems) {
    this.elems = elems;
  }

  /** Wraps the given array; the caller must not modify it afterwards. */
  public static ArrayValue wrap(Value[] elems) {
    return elems.length == 0 ? EMPTY : new ArrayValue(elems);
  }

  public static ArrayValue of(Value... elems) {
    return wrap(elems.clone());
  }

  public static ArrayValue of(List<? extends Value> elems) {
    return wrap(elems.toArray(new Value[0]));
  }

  public int size() {
    return elems.length;
  }

  public Value get(int i) {
    return elems[i];
  }

  /** A read-only list view of the elements. */
  public List<Value> elements() {
    return new ElementList();
  }

  /** A copy of the elements. */
  public Value[] toArray() {
    return elems.clone();
  }

  public ArrayValue slice(int from, int to) {
    return wrap(Arrays.copyOfRange(elems, from, to));
  }

  public ArrayValue append(Value v) {
    Value[] n = Arrays.copyOf(elems, elems.length + 1);
    n[elems.length] = v;
    return new ArrayValue(n);
  }

  @Override
  int typeRank() {
    return 4;
  }

  @Override
  int compareSameType(Value other) {
    return compareElements(elems, ((ArrayValue) other).elems);
  }

  @Override
  public String typeName() {
    return "array";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ArrayValue a) || a.elems.length != elems.length) {
      return false;
    }
    // Compare hashes only when both are known: hashing a freshly built value costs more than comparing.
    if (hash != 0 && a.hash != 0 && hash != a.hash) {
      return false;
    }
    return Arrays.equals(elems, a.elems);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = elementsHash(elems, 4);
      hash = h;
    }
    return h;
  }

  private final class ElementList extends AbstractList<Value> implements RandomAccess {
    @Override
    public Value get(int index) {
      return elems[index];
    }

    @Override
    public int size() {
      return elems.length;
    }
  }
}
