package io.opadynamodb.dynamodb.embedded.expr;

import java.util.List;

/**
 * A document path such as {@code a.b[2].c}: attribute names (aliases already resolved) and list
 * indexes.
 */
public record Path(List<Object> elements) {
  public Path {
    elements = List.copyOf(elements);
  }

  /** The top-level attribute name. */
  public String head() {
    return (String) elements.get(0);
  }

  public boolean isTopLevel() {
    return elements.size() == 1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object e : elements) {
      if (e instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(e);
      }
    }
    return sb.toString();
  }
}
