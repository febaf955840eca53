package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link PolicySource} loads: Rego modules by path, data documents by path and a revision label. Immutable;
 * nothing is parsed or compiled yet (the {@link PolicyEngine} does that).
 */
public final class PolicyBundle {
  private final String revision;
  private final Map<String, String> modules;
  private final List<DataDocument> data;

  private PolicyBundle(Builder b) {
    this.revision = b.revision;
    this.modules = Collections.unmodifiableMap(new LinkedHashMap<>(b.modules));
    this.data = List.copyOf(b.data);
  }

  /** Starts a bundle with the given revision label (e.g. a content hash or a store revision number). */
  public static Builder builder(String revision) {
    return new Builder(revision);
  }

  /** The revision label, shown in decision logs and the health endpoint. */
  public String revision() {
    return revision;
  }

  /** Rego source text by module path (e.g. {@code policies/compute/cpus.rego}), in load order. */
  public Map<String, String> modules() {
    return modules;
  }

  /** The data documents, each with the path it is placed at. */
  public List<DataDocument> data() {
    return data;
  }

  /** Collects the parts of a {@link PolicyBundle}. */
  public static final class Builder {
    private final String revision;
    private final Map<String, String> modules = new LinkedHashMap<>();
    private final List<DataDocument> data = new ArrayList<>();

    private Builder(String revision) {
      this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** Adds a Rego module; a second module with the same path replaces the first. */
    public Builder module(String path, String source) {
      modules.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Adds a data document placed at {@code path} (empty: merged at the root of {@code data}). */
    public Builder data(String source, List<String> path, Value value) {
      data.add(new DataDocument(source, path, value));
      return this;
    }

    /**
     * Adds a data document given as JSON text.
     *
     * @throws PolicyLoadException when the text is not JSON (the message names {@code source})
     */
    public Builder dataJson(String source, List<String> path, String json) {
      try {
        return data(source, path, Json.parse(json));
      } catch (JsonFormatException e) {
        throw new PolicyLoadException(source + ": invalid JSON: " + e.getMessage());
      }
    }

    public PolicyBundle build() {
      return new PolicyBundle(this);
    }
  }
}
