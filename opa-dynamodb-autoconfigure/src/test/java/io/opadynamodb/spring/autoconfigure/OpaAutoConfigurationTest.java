package io.opadynamodb.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opadynamodb.spring.actuate.OpaHealthIndicator;
import io.opadynamodb.spring.actuate.OpaInfoContributor;
import io.opadynamodb.spring.decision.DecisionLogListener;
import io.opadynamodb.spring.decision.MicrometerDecisionListener;
import io.opadynamodb.spring.decision.PolicyDecider;
import io.opadynamodb.spring.input.PolicyInputBuilder;
import io.opadynamodb.spring.policy.ClasspathPolicySource;
import io.opadynamodb.spring.policy.PolicyBundle;
import io.opadynamodb.spring.policy.PolicyEngine;
import io.opadynamodb.spring.policy.PolicyLoadException;
import io.opadynamodb.spring.policy.PolicySetCompiler;
import io.opadynamodb.spring.policy.PolicySource;
import io.opadynamodb.spring.security.PolicyAuthorizationManagers;
import io.opadynamodb.spring.security.PolicyEnforcer;
import io.opadynamodb.spring.web.PolicyAccessDeniedHandler;
import io.opadynamodb.spring.web.PolicyExceptionHandler;
import io.opadynamodb.spring.web.PolicyProblems;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Every conditional bean of the starter, with and without what it depends on, and user beans replacing ours. */
class OpaAutoConfigurationTest {
  private static final AutoConfigurations ALL = AutoConfigurations.of(OpaAutoConfiguration.class,
      OpaMethodSecurityAutoConfiguration.class, OpaWebAutoConfiguration.class, OpaMetricsAutoConfiguration.class,
      OpaActuatorAutoConfiguration.class);

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(ALL);
  private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(ALL);

  @Test
  void defaultBeansWithClasspathPoliciesLoaded() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ClasspathPolicySource.class).hasSingleBean(PolicySetCompiler.class)
          .hasSingleBean(PolicyDecider.class).hasSingleBean(PolicyInputBuilder.class)
          .hasSingleBean(PolicyEnforcer.class).hasSingleBean(DecisionLogListener.class)
          .hasSingleBean(MicrometerDecisionListener.class).hasSingleBean(OpaHealthIndicator.class)
          .hasSingleBean(OpaInfoContributor.class)
          .hasBean(OpaMethodSecurityAutoConfiguration.ADVISOR);
      assertThat(context.getBean(OpaMethodSecurityAutoConfiguration.ADVISOR))
          .isInstanceOf(AuthorizationManagerBeforeMethodInterceptor.class);
      assertThat(context.getBean(PolicyEngine.class).revision()).get().asString().startsWith("sha256:");
      // Not a web application: no problem bodies.
      assertThat(context).doesNotHaveBean(PolicyExceptionHandler.class).doesNotHaveBean(PolicyProblems.class);
    });
  }

  @Test
  void webBeansInAServletApplication() {
    web.run(context -> assertThat(context).hasSingleBean(PolicyProblems.class)
        .hasSingleBean(PolicyExceptionHandler.class).hasSingleBean(PolicyAuthorizationManagers.class)
        .hasSingleBean(PolicyAccessDeniedHandler.class));
  }

  @Test
  void requestLevelBeansNeedSpringSecurityWeb() {
    web.withClassLoader(new FilteredClassLoader(RequestAuthorizationContext.class)).run(context ->
        assertThat(context).hasSingleBean(PolicyExceptionHandler.class)
            .doesNotHaveBean(PolicyAuthorizationManagers.class).doesNotHaveBean(PolicyAccessDeniedHandler.class));
  }

  @Test
  void disabledStarterHasNoBeans() {
    web.withPropertyValues("opa.enabled=false").run(context -> assertThat(context)
        .doesNotHaveBean(PolicyEngine.class).doesNotHaveBean(PolicyDecider.class)
        .doesNotHaveBean(OpaMethodSecurityAutoConfiguration.ADVISOR)
        .doesNotHaveBean(PolicyExceptionHandler.class).doesNotHaveBean(MicrometerDecisionListener.class)
        .doesNotHaveBean(OpaHealthIndicator.class));
  }

  @Test
  void decisionLogAndMetricsCanBeTurnedOff() {
    runner.withPropertyValues("opa.decision-log.enabled=false", "opa.metrics.enabled=false").run(context ->
        assertThat(context).doesNotHaveBean(DecisionLogListener.class)
            .doesNotHaveBean(MicrometerDecisionListener.class).hasSingleBean(PolicyDecider.class));
  }

  @Test
  void metricsNeedMicrometer() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context ->
        assertThat(context).doesNotHaveBean(MicrometerDecisionListener.class).hasSingleBean(PolicyDecider.class));
  }

  @Test
  void decisionsAreTimedInTheRegistry() {
    runner.withBean(SimpleMeterRegistry.class).run(context -> {
      context.getBean(PolicyDecider.class).decide("compute.deny", Map.of("policy", "compute.deny",
          "resource", Map.of("cpus", 1, "image", "registry.internal/a")));
      assertThat(context.getBean(MeterRegistry.class).get(MicrometerDecisionListener.TIMER)
          .tag("policy", "compute.deny").tag("outcome", "allow").timer().count()).isEqualTo(1);
    });
  }

  @Test
  void actuatorPiecesNeedTheActuator() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class)).run(context ->
        assertThat(context).doesNotHaveBean(OpaHealthIndicator.class).doesNotHaveBean(OpaInfoContributor.class)
            .hasSingleBean(PolicyEngine.class));
  }

  @Test
  void healthIndicatorCanBeDisabled() {
    runner.withPropertyValues("management.health.opa.enabled=false").run(context ->
        assertThat(context).doesNotHaveBean(OpaHealthIndicator.class).hasSingleBean(OpaInfoContributor.class));
  }

  @Test
  void healthIsUpWithRevisionAndModuleCount() {
    runner.run(context -> {
      var health = context.getBean(OpaHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      PolicyBundle loaded = new ClasspathPolicySource("classpath:policies/").load();
      assertThat(health.getDetails()).containsEntry("modules", loaded.modules().size())
          .containsEntry("revision", loaded.revision());
    });
  }

  @Test
  void userPolicySourceReplacesTheClasspathOne() {
    PolicySource mine = () -> PolicyBundle.builder("mine-7").module("m.rego", "package policies.m\n").build();
    runner.withBean(PolicySource.class, () -> mine).run(context -> {
      assertThat(context).doesNotHaveBean(ClasspathPolicySource.class);
      assertThat(context.getBean(PolicyEngine.class).revision()).contains("mine-7");
    });
  }

  @Test
  void userBeansReplaceOurs() {
    PolicyProblems problems = new PolicyProblems("urn:x", false);
    PolicySetCompiler compiler = new PolicySetCompiler();
    web.withBean(PolicyProblems.class, () -> problems).withBean(PolicySetCompiler.class, () -> compiler)
        .withBean("policyCheckAdvisor", String.class, () -> "replaced")
        .withBean("opaHealthIndicator", String.class, () -> "replaced")
        .run(context -> {
          assertThat(context.getBean(PolicyProblems.class)).isSameAs(problems);
          assertThat(context.getBean(PolicySetCompiler.class)).isSameAs(compiler);
          assertThat(context.getBean(OpaMethodSecurityAutoConfiguration.ADVISOR)).isEqualTo("replaced");
          assertThat(context).doesNotHaveBean(OpaHealthIndicator.class);
        });
  }

  @Test
  void policiesThatDoNotCompileStopTheStartWithTheirLocation() {
    runner.withPropertyValues("opa.policies.location=classpath:broken-policies/").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(PolicyLoadException.class)
          .hasMessageContaining("classpath:broken-policies/bad.rego:5:1: rego_parse_error");
    });
  }

  @Test
  void withoutFailFastTheAppStartsDownAndRefusesEverything() {
    runner.withPropertyValues("opa.policies.location=classpath:broken-policies/", "opa.policies.fail-fast=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(PolicyEngine.class).active()).isEmpty();
          assertThat(context.getBean(OpaHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
          assertThat(context.getBean(PolicyDecider.class).decide("compute.deny", Map.of()).allowed()).isFalse();
        });
  }
}
