package io.opadynamodb.sample.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A storage bucket to create.
 *
 * @param name its name
 * @param isPublic whether anyone may read it (JSON {@code "public"})
 */
public record Bucket(String name, @JsonProperty("public") boolean isPublic) {}
