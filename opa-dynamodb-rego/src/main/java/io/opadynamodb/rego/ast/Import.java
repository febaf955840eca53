package io.opadynamodb.rego.ast;

/**
 * {@code import data.a.b as c}, {@code import input.x}, {@code import future.keywords.in},
 * {@code import rego.v1}.
 *
 * @param path the imported ref
 * @param alias the alias, or null
 * @param location where the import appears
 */
public record Import(Ref path, String alias, Location location) {}
