package io.opadynamodb.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.ast.RegoVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Bad {@code opa.*} values stop the start with a message naming the property and what is expected. */
class OpaPropertiesValidationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OpaAutoConfiguration.class));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "opa.evaluation-timeout=-1s        | opa.evaluation-timeout must be positive",
      "opa.evaluation-timeout=0ms        | opa.evaluation-timeout must be positive",
      "opa.evaluation-timeout=soon       | opa.evaluation-timeout",
      "opa.decision-query=router.allow   | opa.decision-query must be a reference into data",
      "opa.policies.location=policies/   | opa.policies.location must be a resource folder",
      "opa.policies.rego-version=v2      | opa.policies.rego-version",
      "opa.explain.header=X Explain      | opa.explain.header must be a non-empty name",
      "opa.explain.parameter=            | opa.explain.parameter must be a non-empty name",
      "opa.problem.type=denied           | opa.problem.type must be a URI",
      "opa.decision-log.mask=subject.ssn | opa.decision-log.mask: invalid mask path \"subject.ssn\"",
      "opa.input.excluded-headers=a b    | opa.input.excluded-headers must be a non-empty name",
      "opa.decision-log.flush-interval=-1ms | opa.decision-log.flush-interval must be 0",
      "opa.decision-log.buffer-capacity=0   | opa.decision-log.buffer-capacity must be at least 1",
      "opa.fail-closed=maybe             | opa.fail-closed",
  })
  void badValueStopsTheStart(String property, String message) {
    runner.withPropertyValues(property).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(message);
    });
  }

  @Test
  void goodValuesBind() {
    runner.withPropertyValues("opa.evaluation-timeout=2s", "opa.policies.rego-version=v0",
        "opa.policies.location=classpath:policies", "opa.input.excluded-headers=X-Api-Key",
        "opa.decision-log.mask=/subject/attributes/ssn,/input/resource/secret",
        "opa.decision-log.flush-interval=0", "opa.decision-log.buffer-capacity=5").run(context -> {
          OpaProperties p = context.getBean(OpaProperties.class);
          assertThat(p.getEvaluationTimeout()).hasSeconds(2);
          assertThat(p.getPolicies().getRegoVersion()).isEqualTo(RegoVersion.V0);
          assertThat(p.getPolicies().getLocation()).isEqualTo("classpath:policies/");
          assertThat(p.getInput().getExcludedHeaders()).containsExactly("x-api-key");
          assertThat(p.getDecisionLog().getFlushInterval()).isZero();
          assertThat(p.getDecisionLog().getBufferCapacity()).isEqualTo(5);
        });
  }
}
