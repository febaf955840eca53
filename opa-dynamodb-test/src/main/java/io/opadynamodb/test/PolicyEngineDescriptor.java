package io.opadynamodb.test;

import io.opadynamodb.rego.PolicySet;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The root of the discovered tests, holding the compiled policies they run against. */
final class PolicyEngineDescriptor extends EngineDescriptor {
  private PolicySet policies;

  PolicyEngineDescriptor(UniqueId id) {
    super(id, "Rego policy tests");
  }

  /** The compiled policies, or null when nothing was discovered or they did not compile. */
  PolicySet policies() {
    return policies;
  }

  void policies(PolicySet policies) {
    this.policies = policies;
  }
}
