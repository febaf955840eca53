package io.opadynamodb.test;

import io.opadynamodb.rego.TestRule;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One {@code test_*} rule, run as its own test. */
final class PolicyTestDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "rule";

  private final TestRule rule;

  PolicyTestDescriptor(UniqueId parent, TestRule rule, PolicyFile file) {
    super(parent.append(SEGMENT, rule.query()), rule.name(), TestSources.of(file, rule.location()));
    this.rule = rule;
  }

  TestRule rule() {
    return rule;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }
}
