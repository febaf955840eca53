package io.opadynamodb.rego.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An array type: a static prefix of element types and an optional type for the remaining
 * (dynamic) elements. Elements of the static prefix may be null (unknown).
 *
 * @param statics the types of the first elements
 * @param dynamic the type of any further elements, or null when the array has exactly the static elements
 */
public record ArrayType(List<Type> statics, Type dynamic) implements Type {
  public ArrayType {
    statics = Collections.unmodifiableList(new ArrayList<>(statics));
  }

  /** Number of static elements. */
  public int len() {
    return statics.size();
  }

  /** The type of the element at {@code pos}, or null when there is none. */
  public Type select(int pos) {
    if (pos >= 0) {
      if (statics.size() > pos) {
        return statics.get(pos);
      }
      return dynamic;
    }
    return null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("array");
    if (!statics.isEmpty()) {
      sb.append('<');
      for (int i = 0; i < statics.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(Types.sprint(statics.get(i)));
      }
      sb.append('>');
    }
    if (dynamic != null) {
      sb.append('[').append(dynamic).append(']');
    }
    return sb.toString();
  }
}
