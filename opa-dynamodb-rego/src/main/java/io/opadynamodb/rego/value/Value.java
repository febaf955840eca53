package io.opadynamodb.rego.value;

import java.util.Arrays;

/**
 * An immutable Rego value: null, boolean, number, string, array, object or set.
 *
 * <p>Values have structural equality, a cached hash, and OPA's total order across types:
 * {@code null < boolean < number < string < array < object < set}. They are safe to share
 * between threads.
 */
public abstract sealed class Value implements Comparable<Value>
    permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

  /** Position of this value's type in OPA's cross-type order. */
  abstract int typeRank();

  /** Compares this value with another of the same type. */
  abstract int compareSameType(Value other);

  /** The Rego type name, as {@code type_name} returns it. */
  public abstract String typeName();

  @Override
  public final int compareTo(Value other) {
    if (this == other) {
      return 0;
    }
    if (this instanceof StringValue a && other instanceof StringValue b) {
      // the common case (object keys), without the virtual rank calls
      return StringValue.compareCodePoints(a.value(), b.value());
    }
    int rank = Integer.compare(typeRank(), other.typeRank());
    return rank != 0 ? rank : compareSameType(other);
  }

  /** Element-wise order of two sorted element arrays (arrays and sets): first difference, then length. */
  static int compareElements(Value[] a, Value[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  /** The hash of a composite of {@code elems}, distinct per type rank and never 0 (0 means not cached yet). */
  static int elementsHash(Value[] elems, int typeRank) {
    int h = Arrays.hashCode(elems) * 31 + typeRank;
    return h == 0 ? 1 : h;
  }

  /** True when this value is a ground scalar (null, boolean, number or string). */
  public boolean isScalar() {
    return false;
  }

  /** Rego's textual form of the value, as {@code opa eval --format pretty} and {@code sprintf("%v")} print it. */
  @Override
  public String toString() {
    return ValueFormatter.rego(this);
  }
}
