package io.opadynamodb.rego.types;

/** The null type. */
public record NullType() implements Type {
  @Override
  public String toString() {
    return "null";
  }
}
