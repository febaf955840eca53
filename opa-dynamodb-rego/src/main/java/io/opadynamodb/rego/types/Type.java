package io.opadynamodb.rego.types;

/**
 * The static type of a Rego term, as OPA's type checker models it ({@code types.Type}).
 *
 * <p>{@link #toString()} prints the type exactly as OPA prints it in {@code rego_type_error}
 * messages: {@code string}, {@code array[number]}, {@code object<a: string>[string: any]},
 * {@code any<number, string>}, {@code (string, number) => boolean}. A missing type (Go's nil) is
 * represented by Java {@code null} and printed as {@code ???} by {@link Types#sprint(Type)}.
 */
public sealed interface Type
    permits NullType, BooleanType, NumberType, StringType, ArrayType, ObjectType, SetType, AnyType, FunctionType,
        NamedType {}
