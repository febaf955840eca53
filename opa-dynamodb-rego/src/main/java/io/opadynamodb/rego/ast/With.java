package io.opadynamodb.rego.ast;

/** {@code with target as value}: target is a ref into {@code input}, {@code data}, or a function. */
public record With(Term target, Term value, Location location) {}
