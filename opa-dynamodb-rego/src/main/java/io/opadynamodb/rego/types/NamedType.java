package io.opadynamodb.rego.types;

/**
 * A type with a name, used only for the top-level arguments and results of built-in declarations
 * (OPA prints them as {@code x: number} in "want" lines).
 *
 * @param name the argument's name
 * @param type the underlying type
 */
public record NamedType(String name, Type type) implements Type {
  @Override
  public String toString() {
    return name + ": " + type;
  }
}
