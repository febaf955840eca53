package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Body;
import java.util.Map;

/**
 * A compiled query.
 *
 * @param body the rewritten, safety-ordered body
 * @param original the query as written (for expression text and locations)
 * @param originalNames generated variable name to source name ({@code __localq0__ -> x})
 */
public record CompiledQuery(Body body, Body original, Map<String, String> originalNames) {}
