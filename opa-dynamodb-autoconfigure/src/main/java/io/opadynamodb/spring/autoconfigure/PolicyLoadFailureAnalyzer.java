package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.spring.policy.PolicyLoadException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up failure on bad policies into a short report listing each error with its location. */
public class PolicyLoadFailureAnalyzer extends AbstractFailureAnalyzer<PolicyLoadException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PolicyLoadException cause) {
    return new FailureAnalysis("The policies could not be loaded:\n  " + String.join("\n  ", cause.problems()),
        "Fix the policy files listed above, or set opa.policies.fail-fast=false to start without an active policy "
            + "set (every @PolicyCheck is then refused).", cause);
  }
}
