package io.opadynamodb.test;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * A module file holding tests: the container of its {@link PolicyTestDescriptor}s (or of the load failure).
 *
 * <p>Its source is a {@link ClassSource}, and its display name the same, named after the file
 * ({@code policies.rbac.policy_test.rego}): Maven Surefire reports and counts only tests below a class container
 * whose display name matches, so otherwise policy tests would run unseen and a failing one would not fail the
 * build. The tests themselves point at their file, row and column.
 */
final class PolicyFileDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "file";

  PolicyFileDescriptor(UniqueId parent, String name) {
    super(parent.append(SEGMENT, name), reportName(name), ClassSource.from(reportName(name)));
  }

  /** {@code policies/rbac/policy_test.rego} as {@code policies.rbac.policy_test.rego}: a usable report file name. */
  static String reportName(String fileName) {
    return fileName.replaceAll("^[/\\\\]+", "").replaceAll("[/\\\\:]+", ".");
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }
}
