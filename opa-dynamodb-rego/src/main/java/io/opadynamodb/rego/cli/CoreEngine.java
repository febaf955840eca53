package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.value.ObjectValue;
import java.util.Map;

/**
 * TEMPORARY until branch {@code core} (PolicySet/PreparedQuery) is merged: reports that the engine is missing.
 * Replaced by the adapter onto the engine's public API.
 */
final class CoreEngine implements Engine {
  @Override
  public Compiled compile(Map<String, String> modules, ObjectValue data, boolean v0) {
    throw new RegoException(new RegoError("rego_internal_error", "the Rego engine is not built in yet", Location.NONE));
  }
}
