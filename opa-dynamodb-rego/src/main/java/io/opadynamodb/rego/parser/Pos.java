package io.opadynamodb.rego.parser;

/** A token's start: source offset, 1-based row and column. */
record Pos(int offset, int row, int col) {}
