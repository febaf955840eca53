package io.opadynamodb.rego.ast;

/** {@code package a.b}; path is the full ref {@code data.a.b}. */
public record Package(Ref path, Location location) {}
