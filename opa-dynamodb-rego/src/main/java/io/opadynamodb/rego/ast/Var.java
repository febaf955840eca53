package io.opadynamodb.rego.ast;

/**
 * A variable. The parser names each wildcard {@code _} uniquely ({@code $0}, {@code $1}, ...), as OPA
 * does, so a name starting with {@code $} is a wildcard or a compiler-generated variable.
 */
public record Var(String name, Location location) implements Term {
  /**
   * Names are interned: the evaluator looks variables up on every step, and compares names by identity
   * (see {@code eval.Bindings}).
   */
  public Var {
    name = name == null ? null : name.intern();
  }

  public boolean isWildcard() {
    return name.startsWith("$");
  }

  /** True for the roots {@code data} and {@code input}. */
  public boolean isRoot() {
    return name == "data" || name == "input"; // interned, as string literals are
  }
}
