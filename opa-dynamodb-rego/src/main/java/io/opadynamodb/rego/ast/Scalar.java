package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.Value;

/** A literal null, boolean, number or string. */
public record Scalar(Value value, Location location) implements Term {}
