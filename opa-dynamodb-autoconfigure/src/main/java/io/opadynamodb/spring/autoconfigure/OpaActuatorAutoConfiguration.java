package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.spring.actuate.OpaHealthIndicator;
import io.opadynamodb.spring.actuate.OpaInfoContributor;
import io.opadynamodb.spring.policy.PolicyEngine;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The actuator's {@code opa} health component and info contributor, when the actuator is present. */
@AutoConfiguration(after = OpaAutoConfiguration.class)
@ConditionalOnBean(PolicyEngine.class)
public class OpaActuatorAutoConfiguration {

  /** Health component {@code opa}: UP with revision and module count, DOWN without an active policy set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("opa")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "opaHealthIndicator")
    OpaHealthIndicator opaHealthIndicator(PolicyEngine engine) {
      return new OpaHealthIndicator(engine);
    }
  }

  /** Info contributor: {@code opa: {source, revision, modules}}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InfoContributor.class)
  static class Info {
    @Bean
    @ConditionalOnMissingBean(name = "opaInfoContributor")
    OpaInfoContributor opaInfoContributor(PolicyEngine engine) {
      return new OpaInfoContributor(engine);
    }
  }
}
