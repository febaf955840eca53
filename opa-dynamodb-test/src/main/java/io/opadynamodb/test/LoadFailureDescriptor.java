package io.opadynamodb.test;

import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** Stands for the tests when the policies do not load or compile: one failing test listing every error. */
final class LoadFailureDescriptor extends AbstractTestDescriptor {
  static final String SEGMENT = "load";

  private final List<String> errors;

  LoadFailureDescriptor(UniqueId parent, List<String> errors) {
    super(parent.append(SEGMENT, "policies"), "policies load and compile");
    this.errors = List.copyOf(errors);
  }

  /** The failure: every error, one a line, with file:row:col where known. */
  PolicyTestError failure() {
    return new PolicyTestError("the policies did not load or compile (" + errors.size() + " error"
        + (errors.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", errors));
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }
}
