package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.PolicyPublisher;
import io.opadynamodb.spring.dynamodb.OpaDynamoDbProperties;
import io.opadynamodb.spring.dynamodb.OpaEndpoint;
import io.opadynamodb.spring.dynamodb.OpaPublishHandler;
import io.opadynamodb.spring.dynamodb.PolicyStoreFollower;
import io.opadynamodb.spring.dynamodb.PolicyStoreHealthIndicator;
import io.opadynamodb.spring.dynamodb.PolicyStoreStatus;
import io.opadynamodb.spring.policy.PolicyEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator side of the DynamoDB store: the {@code opa} endpoint (GET state, POST publish/rollback) and the
 * {@code opaStore} health component.
 */
@AutoConfiguration(after = {OpaDynamoDbAutoConfiguration.class, OpaAutoConfiguration.class})
@ConditionalOnClass(BundleLoader.class)
@ConditionalOnBean({PolicyStoreFollower.class, PolicyEngine.class})
public class OpaDynamoDbActuatorAutoConfiguration {

  /** The {@code opa} endpoint; expose it with management.endpoints.web.exposure.include and secure it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  @ConditionalOnAvailableEndpoint(OpaEndpoint.class)
  static class OpaEndpointConfiguration {
    @Bean
    @ConditionalOnMissingBean
    OpaEndpoint opaEndpoint(PolicyEngine engine, BundleLoader loader, PolicyPublisher publisher,
        PolicyStoreFollower follower, PolicyStoreStatus status, OpaDynamoDbProperties properties) {
      return new OpaEndpoint(engine, loader, publisher, follower, status, properties.getTable(),
          properties.getBundle());
    }

    /** {@code POST /actuator/opa} (publish, rollback), in servlet applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.HandlerMapping")
    static class PublishHandler {
      @Bean
      @ConditionalOnMissingBean
      OpaPublishHandler opaPublishHandler(OpaEndpoint endpoint, ObjectProvider<WebEndpointProperties> web,
          ObjectProvider<JsonMapper> json) {
        WebEndpointProperties properties = web.getIfAvailable(WebEndpointProperties::new);
        return new OpaPublishHandler(endpoint, properties.getBasePath(), json.getIfAvailable(JsonMapper::new));
      }
    }
  }

  /** Health component {@code opaStore}: DOWN while the table cannot be read. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("opaStore")
  static class StoreHealth {
    @Bean
    @ConditionalOnMissingBean(name = "opaStoreHealthIndicator")
    PolicyStoreHealthIndicator opaStoreHealthIndicator(BundleLoader loader, PolicyEngine engine,
        PolicyStoreStatus status, PolicyStoreFollower follower) {
      return new PolicyStoreHealthIndicator(loader, engine, status, follower);
    }
  }
}
