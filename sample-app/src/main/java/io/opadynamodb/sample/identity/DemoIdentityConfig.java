package io.opadynamodb.sample.identity;

import io.opadynamodb.spring.dynamodb.OpaIdentityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Fills the identity table when the demo runs on the embedded DynamoDB (before the first request is served). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("opa.dynamodb.embedded")
@ConditionalOnProperty("opa.identity.table")
public class DemoIdentityConfig {

  /** A marker bean: creating it seeds the table, as a singleton before the web server takes requests. */
  @Bean
  Object demoIdentitySeed(DynamoDbClient client, OpaIdentityProperties identity) {
    DemoIdentityTable.seed(client, identity);
    return "demo identity table seeded";
  }
}
