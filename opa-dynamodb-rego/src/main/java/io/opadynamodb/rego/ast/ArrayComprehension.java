package io.opadynamodb.rego.ast;

/** {@code [head | body]}. */
public record ArrayComprehension(Term head, Body body, Location location) implements Term {}
