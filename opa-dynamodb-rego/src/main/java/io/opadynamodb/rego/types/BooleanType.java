package io.opadynamodb.rego.types;

/** The boolean type. */
public record BooleanType() implements Type {
  @Override
  public String toString() {
    return "boolean";
  }
}
