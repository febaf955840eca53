package io.opadynamodb.test;

import io.opadynamodb.rego.PolicySet;
import java.util.List;
import java.util.Map;

/**
 * The policies of the roots compiled together, or why they could not be.
 *
 * @param policies the compiled set; null when there are errors
 * @param modules each module file by the name it was compiled under
 * @param errors load and compile errors, each with its file (and row:col when known)
 */
record LoadedPolicies(PolicySet policies, Map<String, PolicyFile> modules, List<String> errors) {

  boolean failed() {
    return !errors.isEmpty();
  }
}
