package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.value.Value;

/**
 * The value of one query expression in a result row, as OPA's
 * {@code {"value": .., "text": "..", "location": {"row": 1, "col": 1}}}.
 *
 * @param value the expression's value ({@code true} for calls and unifications)
 * @param text the expression's source text
 * @param location where the expression starts in the query
 */
public record ExpressionValue(Value value, String text, Location location) {}
