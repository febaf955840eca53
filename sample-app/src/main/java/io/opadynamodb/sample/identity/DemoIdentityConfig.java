package io.opadynamodb.sample.identity;

import io.opadynamodb.spring.dynamodb.OpaIdentityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Fills the identity table before the first request is served, when {@code demo.identity-seed} is true: by default
 * only on the embedded DynamoDB; set it for a throw-away table elsewhere (moto, a test account), never for a real
 * user directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("demo.identity-seed")
@ConditionalOnProperty("opa.identity.table")
public class DemoIdentityConfig {

  /** A marker bean: creating it seeds the table, as a singleton before the web server takes requests. */
  @Bean
  Object demoIdentitySeed(DynamoDbClient client, OpaIdentityProperties identity) {
    DemoIdentityTable.seed(client, identity);
    return "demo identity table seeded";
  }
}
