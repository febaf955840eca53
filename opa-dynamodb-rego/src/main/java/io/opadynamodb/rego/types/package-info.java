/**
 * Rego's type model and type checker, ported from OPA v1.22.2 ({@code v1/types/types.go},
 * {@code v1/ast/check.go}, {@code v1/ast/env.go}).
 *
 * <ul>
 *   <li>{@link io.opadynamodb.rego.types.Type} and its records, {@link io.opadynamodb.rego.types.Types}
 *       (constructors, {@code or}, {@code compare}, {@code contains}, {@code select}, {@code keys},
 *       {@code values}, {@code typeOf}); {@code toString()} prints types exactly as OPA does.</li>
 *   <li>{@link io.opadynamodb.rego.types.BuiltinDecls}: the built-in declarations of the
 *       capabilities file (with OPA's argument names), deprecated and nondeterministic built-ins,
 *       custom declarations ({@code withCustom}).</li>
 *   <li>{@link io.opadynamodb.rego.types.TypeEnv}: built-in, rule and input types.</li>
 *   <li>{@link io.opadynamodb.rego.types.TypeChecker}: {@code check(modules, env)} and
 *       {@code checkQuery(body, env)} return {@code rego_type_error}s with OPA's messages and
 *       locations. It first reports undefined functions and arity mismatches (OPA's
 *       {@code CheckUndefinedFuncs} stage) and stops there when there are any, as OPA does.</li>
 *   <li>{@link io.opadynamodb.rego.types.DeprecatedBuiltinCheck}: OPA's
 *       {@code CheckDeprecatedBuiltins} stage.</li>
 * </ul>
 *
 * <p>For the compiler: call {@code TypeChecker.check(modules, TypeEnv.of(decls), options)} after
 * the rewriting stages, passing in {@code Options.subjects} how rewritten variables print
 * ({@code __local0__} to the user's {@code x}); keep the returned environment to check queries
 * against. Steps the compiler has not done yet (ref resolution, hoisting of nested calls and of
 * refs/comprehensions in heads, {@code :=} as {@code =}) are done by the checker itself.
 */
package io.opadynamodb.rego.types;
