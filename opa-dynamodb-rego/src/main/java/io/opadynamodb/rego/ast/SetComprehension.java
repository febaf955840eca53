package io.opadynamodb.rego.ast;

/** {@code {head | body}}. */
public record SetComprehension(Term head, Body body, Location location) implements Term {}
