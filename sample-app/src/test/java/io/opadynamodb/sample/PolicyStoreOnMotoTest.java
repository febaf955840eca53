package io.opadynamodb.sample;

import static io.opadynamodb.sample.SamplePolicies.CPUS_MODULE;
import static io.opadynamodb.sample.SamplePolicies.VM_16;
import static io.opadynamodb.sample.SamplePolicies.cpusModule;
import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.embedded.MotoServer;
import io.opadynamodb.sample.DemoClient.Answer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The sample with {@code opa.dynamodb.embedded=false}, as it runs against AWS: spring-cloud-aws builds the
 * DynamoDbClient from {@code spring.cloud.aws.*}, here pointed at a moto server (an independent DynamoDB and
 * Streams implementation, started by the test; the test is skipped with a loud message where moto is not
 * installed). The app creates and seeds its table there, decides from it, and a publish changes the next decision.
 */
class PolicyStoreOnMotoTest extends RunningSampleApp {
  private static final String TABLE = "opa-policies-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void moto() {
    MotoServer.require();
  }

  @DynamicPropertySource
  static void awsSettings(DynamicPropertyRegistry registry) {
    registry.add("opa.dynamodb.embedded", () -> "false");
    registry.add("opa.dynamodb.create-table", () -> "true");
    registry.add("opa.dynamodb.table", () -> TABLE);
    registry.add("opa.identity.table", () -> TABLE + "-users");
    registry.add("demo.identity-seed", () -> "true");
    registry.add("spring.cloud.aws.region.static", () -> "us-east-1");
    registry.add("spring.cloud.aws.dynamodb.endpoint", () -> MotoServer.require().endpoint().toString());
    registry.add("spring.cloud.aws.credentials.access-key", () -> "test");
    registry.add("spring.cloud.aws.credentials.secret-key", () -> "test");
  }

  @Test
  void theClientsAreSpringCloudAwsOnesOnTheConfiguredEndpointNotTheEmbeddedStore() {
    assertThat(context.getBeanNamesForType(EmbeddedDynamoDb.class)).isEmpty();
    var dynamo = context.getBean(DynamoDbClient.class).serviceClientConfiguration();
    var streams = context.getBean(DynamoDbStreamsClient.class).serviceClientConfiguration();
    assertThat(dynamo.endpointOverride()).contains(MotoServer.require().endpoint());
    assertThat(streams.endpointOverride()).isEqualTo(dynamo.endpointOverride());
    assertThat(streams.region()).isEqualTo(dynamo.region()).isEqualTo(Region.US_EAST_1);
    assertThat(streams.credentialsProvider()).isSameAs(dynamo.credentialsProvider());
  }

  @Test
  void decisionsComeFromTheTableSeededOnMoto() {
    assertThat(manifestRevision()).isPositive();
    assertThat(client.post("alice", "/trades", "{\"ticker\":\"MSFT\",\"amount\":3000000}").status()).isEqualTo(200);
    assertThat(client.post("bob", "/trades", "{\"ticker\":\"MSFT\",\"amount\":1000}").status()).isEqualTo(403);
    assertThat(client.get("admin", "/actuator/health").body().at("/components/opaStore/status").asString())
        .isEqualTo("UP");
  }

  @Test
  void aPublishThroughTheActuatorChangesTheNextDecision() {
    assertThat(publish(cpusModule(8)).status()).isEqualTo(200);
    assertThat(client.post("alice", "/compute/vms", VM_16).status()).isEqualTo(403);

    Answer published = publish(cpusModule(32));

    assertThat(published.status()).isEqualTo(200);
    assertThat(client.post("alice", "/compute/vms", VM_16).status()).isEqualTo(201);
    assertThat(manifestRevision()).isEqualTo(published.body().get("revision").asLong());
  }

  private Answer publish(String cpus) {
    return client.post("admin", "/actuator/opa", JSON.writeValueAsString(Map.of("modules", Map.of(CPUS_MODULE,
        cpus))));
  }

  /** The active revision, read from moto directly (not through the app). */
  private static long manifestRevision() {
    try (DynamoDbClient moto = MotoServer.require().dynamoDbClient()) {
      Map<String, AttributeValue> manifest = moto.getItem(b -> b.tableName(TABLE).consistentRead(true)
          .key(Map.of("pk", AttributeValue.fromS("bundle#default"), "sk", AttributeValue.fromS("manifest")))).item();
      return Long.parseLong(manifest.get("revision").n());
    }
  }
}
