package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.spring.dynamodb.MissingDynamoDbClientException;
import io.opadynamodb.spring.dynamodb.OpaDynamoDbProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store is on, not embedded, and after spring-cloud-aws's auto-configuration (and the application's own beans)
 * there is still no {@link DynamoDbClient}: the first bean that needs one fails with
 * {@link MissingDynamoDbClientException}, which {@link MissingDynamoDbClientFailureAnalyzer} explains, instead of
 * Spring's generic "required a bean of type ... that could not be found".
 */
@AutoConfiguration(after = OpaDynamoDbAutoConfiguration.class,
    afterName = "io.awspring.cloud.autoconfigure.dynamodb.DynamoDbAutoConfiguration")
@ConditionalOnClass({BundleLoader.class, DynamoDbClient.class})
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("opa.dynamodb.enabled")
@ConditionalOnBooleanProperty(name = "opa.dynamodb.embedded", havingValue = false, matchIfMissing = true)
@EnableConfigurationProperties(OpaDynamoDbProperties.class)
public class MissingDynamoDbClientAutoConfiguration {

  /** Stands in for the missing client: resolving it fails start-up with the explanation. */
  @Bean
  @ConditionalOnMissingBean
  DynamoDbClient missingDynamoDbClient(OpaDynamoDbProperties properties) {
    throw new MissingDynamoDbClientException(properties.getTable());
  }
}
