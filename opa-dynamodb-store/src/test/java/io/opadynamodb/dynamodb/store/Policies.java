package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.util.Map;

/** The sample bundle of the store tests: a compute policy whose cpu limit comes from data. */
final class Policies {
  static final String COMPUTE = """
      package compute

      deny contains msg if {
        input.cpus > data.limits.cpu
        msg := sprintf("%d cpus is over the limit of %d", [input.cpus, data.limits.cpu])
      }
      """;

  private Policies() {}

  static PolicyBundle bundle(int cpuLimit) {
    return new PolicyBundle(0, Map.of("policies/compute.rego", COMPUTE),
        Map.of("limits", Json.parse("{\"cpu\": " + cpuLimit + "}")));
  }

  /** The deny messages for a VM with that many cpus. */
  static Value deny(PolicySet set, int cpus) {
    return set.prepare("data.compute.deny").evaluate(EvalOptions.builder().inputJson("{\"cpus\": " + cpus + "}")
        .build()).rows().get(0).expressions().get(0);
  }
}
