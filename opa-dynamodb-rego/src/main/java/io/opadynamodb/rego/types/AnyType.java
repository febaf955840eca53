package io.opadynamodb.rego.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A union of types; with no members it is {@code any}, the type of every value.
 *
 * @param of the member types, sorted by {@link Types#compare}
 */
public record AnyType(List<Type> of) implements Type {
  public AnyType {
    List<Type> sorted = new ArrayList<>(of);
    sorted.sort(Types::compare);
    of = Collections.unmodifiableList(sorted);
  }

  /** A union of the given types. */
  public static AnyType of(Type... types) {
    return new AnyType(List.of(types));
  }

  /** True for the unconstrained {@code any}. */
  public boolean isAny() {
    return of.isEmpty();
  }

  /** True if this union is a superset of {@code other}. */
  public boolean contains(Type other) {
    if (Types.unwrap(other) instanceof FunctionType) {
      return false;
    }
    return of.isEmpty() || indexOf(other) >= 0;
  }

  private int indexOf(Type t) {
    int lo = 0;
    int hi = of.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Types.compare(of.get(mid), t);
      if (c == 0) {
        return mid;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -(lo + 1);
  }

  /** A union that is a superset of this and {@code other}. */
  public AnyType merge(Type other) {
    if (other instanceof AnyType a) {
      return union(a);
    }
    if (contains(other)) {
      return this;
    }
    List<Type> cpy = new ArrayList<>(of);
    cpy.add(-(indexOf(other) + 1), other);
    return new AnyType(cpy);
  }

  /** The union of two unions. */
  public AnyType union(AnyType other) {
    if (of.isEmpty()) {
      return this;
    }
    if (other.of.isEmpty()) {
      return other;
    }
    List<Type> merged = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < of.size() || j < other.of.size()) {
      if (i == of.size()) {
        merged.addAll(other.of.subList(j, other.of.size()));
        break;
      } else if (j == other.of.size()) {
        merged.addAll(of.subList(i, of.size()));
        break;
      }
      int c = Types.compare(of.get(i), other.of.get(j));
      if (c < 0) {
        merged.add(of.get(i++));
      } else if (c == 0) {
        merged.add(of.get(i++));
        j++;
      } else {
        merged.add(other.of.get(j++));
      }
    }
    return new AnyType(merged);
  }

  @Override
  public String toString() {
    if (of.isEmpty()) {
      return "any";
    }
    StringBuilder sb = new StringBuilder("any<");
    for (int i = 0; i < of.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Types.sprint(of.get(i)));
    }
    return sb.append('>').toString();
  }
}
