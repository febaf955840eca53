package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Location;

/**
 * A source comment: its text after {@code #} and where the {@code #} is.
 *
 * @param text the text after the hash sign
 * @param location the position of the hash sign
 */
record Comment(String text, Location location) {}
