package io.opadynamodb.spring.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.opadynamodb.spring.decision.MicrometerDecisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The timer {@code opa.decision} (tags policy, outcome), when Micrometer is on the classpath. The registry is
 * looked up on the first decision, so this does not depend on the order of the metrics auto-configuration; without
 * a registry bean nothing is recorded.
 */
@AutoConfiguration(before = OpaAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "opa.metrics.enabled", matchIfMissing = true)
public class OpaMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public MicrometerDecisionListener micrometerDecisionListener(ObjectProvider<MeterRegistry> registry) {
    return new MicrometerDecisionListener(registry::getIfAvailable);
  }
}
