package io.opadynamodb.rego;

import io.opadynamodb.rego.builtins.BuiltinFunction;
import java.util.List;

/**
 * An application-defined built-in function, such as {@code dynamodb.get}.
 *
 * <p>Types are written as OPA type names ({@code "any"}, {@code "string"}, {@code "number"},
 * {@code "boolean"}, {@code "null"}, {@code "array"}, {@code "object"}, {@code "set"}); they
 * document the signature and fix the arity (the number of argument types). Until the type
 * checker consumes them they are informational only.
 *
 * @param name dotted name, e.g. {@code dynamodb.get}
 * @param argTypes one type name per argument
 * @param resultType the result's type name
 * @param nondeterministic true when the same arguments may give different results (not cached
 *     across evaluations)
 * @param function the implementation
 */
public record CustomBuiltin(String name, List<String> argTypes, String resultType, boolean nondeterministic,
    BuiltinFunction function) {
  public CustomBuiltin {
    argTypes = List.copyOf(argTypes);
  }

  public int arity() {
    return argTypes.size();
  }
}
