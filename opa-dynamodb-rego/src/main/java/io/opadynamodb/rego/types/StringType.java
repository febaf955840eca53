package io.opadynamodb.rego.types;

/** The string type. */
public record StringType() implements Type {
  @Override
  public String toString() {
    return "string";
  }
}
