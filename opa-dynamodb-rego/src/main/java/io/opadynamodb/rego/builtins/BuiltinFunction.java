package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.value.Value;

/**
 * The implementation of a built-in function.
 *
 * <p>Arguments arrive as ground values, one per declared parameter. Return the result, or
 * {@code null} when the call is undefined. Report bad input with {@link BuiltinException} (use
 * {@link Args} for the uniform operand checks); the evaluator prefixes the built-in's name and
 * decides, by strict mode, whether the error stops evaluation or makes the call undefined.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface BuiltinFunction {
  Value call(BuiltinContext ctx, Value[] args);
}
