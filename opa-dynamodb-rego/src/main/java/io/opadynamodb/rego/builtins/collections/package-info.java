/**
 * Comparison, aggregate and collection built-ins, one family per OPA file: {@code comparison.go},
 * {@code binary.go}, {@code aggregates.go}, {@code array.go}, {@code sets.go}, {@code object.go},
 * {@code subset.go}, {@code type.go} and {@code type_name.go}.
 */
package io.opadynamodb.rego.builtins.collections;
