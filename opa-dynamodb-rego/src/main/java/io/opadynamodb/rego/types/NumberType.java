package io.opadynamodb.rego.types;

/** The number type. */
public record NumberType() implements Type {
  @Override
  public String toString() {
    return "number";
  }
}
