package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.ObjectValue;

/**
 * One {@code # METADATA} block.
 *
 * @param scope {@code rule}, {@code document}, {@code package}, {@code subpackages}
 * @param content the parsed YAML as a Rego object in OPA's JSON form (title, description,
 *     authors, organizations, related_resources, schemas, entrypoint, custom, scope)
 * @param location where the block starts
 */
public record Annotations(String scope, ObjectValue content, Location location) {}
