package io.opadynamodb.rego.builtins;

/**
 * A group of related built-ins (strings, regex, time, ...) registered together, one class per
 * family as in OPA's {@code topdown/} and Regorus's {@code builtins/}.
 */
public interface BuiltinFamily {
  /** Registers every built-in of the family. */
  void register(BuiltinRegistry registry);
}
