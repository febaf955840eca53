/**
 * Number built-ins (OPA's {@code arithmetic.go}, {@code numbers.go}, {@code bits.go},
 * {@code casts.go}) and the emulation of Go's {@code math/big.Float} ({@link
 * io.opadynamodb.rego.builtins.numbers.GoFloat}) that makes non-integer results print digit for
 * digit as OPA prints them. {@link io.opadynamodb.rego.builtins.numbers.GoNumbers} holds the
 * number readings other built-ins share (int operands, exact integers, OPA float truncation).
 */
package io.opadynamodb.rego.builtins.numbers;
