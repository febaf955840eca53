package io.opadynamodb.rego.types;

/**
 * A set type.
 *
 * @param of the element type, or null for the type of the empty set
 */
public record SetType(Type of) implements Type {
  @Override
  public String toString() {
    return of == null ? "set" : "set[" + Types.sprint(of) + "]";
  }
}
