package io.opadynamodb.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.BundleManifest;
import io.opadynamodb.dynamodb.store.PolicyPublisher;
import io.opadynamodb.dynamodb.store.PublishRequest;
import io.opadynamodb.dynamodb.store.PublishResult;
import io.opadynamodb.spring.dynamodb.DynamoDbPolicySource;
import io.opadynamodb.spring.dynamodb.DynamoDbSubjectAttributes;
import io.opadynamodb.spring.dynamodb.PolicyStoreFollower;
import io.opadynamodb.spring.dynamodb.PolicyStoreHealthIndicator;
import io.opadynamodb.spring.dynamodb.PolicyStoreStatus;
import io.opadynamodb.spring.policy.ClasspathPolicySource;
import io.opadynamodb.spring.policy.PolicyEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.TestingAuthenticationToken;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB store's conditional beans on the embedded emulator, start-up modes and bad property values. */
class OpaDynamoDbAutoConfigurationTest {
  private static final String[] EMBEDDED = {"opa.dynamodb.enabled=true", "opa.dynamodb.embedded=true",
      "opa.dynamodb.streams=false", "opa.dynamodb.poll-interval=1h"};

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(OpaDynamoDbAutoConfiguration.class, OpaAutoConfiguration.class,
          OpaActuatorAutoConfiguration.class, OpaDynamoDbActuatorAutoConfiguration.class));

  @Test
  void offByDefault() {
    runner.run(context -> assertThat(context).hasSingleBean(ClasspathPolicySource.class)
        .doesNotHaveBean(DynamoDbPolicySource.class).doesNotHaveBean(PolicyStoreFollower.class)
        .doesNotHaveBean(EmbeddedDynamoDb.class).doesNotHaveBean(DynamoDbSubjectAttributes.class));
  }

  @Test
  void embeddedStoreSeededFromTheClasspathServesRevision1() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true").run(context -> {
      assertThat(context).hasSingleBean(DynamoDbPolicySource.class).hasSingleBean(PolicyStoreFollower.class)
          .doesNotHaveBean(ClasspathPolicySource.class).hasSingleBean(PolicyStoreHealthIndicator.class);
      assertThat(context.getBean(PolicyEngine.class).revision()).contains("1");
      assertThat(context.getBean(PolicyStoreHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
    });
  }

  @Test
  void dynamodbBuiltinsAreKnownToPublisherAndEngine() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true").run(context -> {
      PublishResult result = context.getBean(PolicyPublisher.class).publish(new PublishRequest(Map.of("lookup.rego",
          "package policies.lookup\n\nrow := dynamodb.get({\"table\": \"t\", \"key\": {\"id\": {\"S\": \"x\"}}})\n"),
          Map.of(), List.of(), null, false, "test"));
      assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.PUBLISHED);

      assertThat(context.getBean(PolicyStoreFollower.class).refresh()).isTrue();
      assertThat(context.getBean(PolicyEngine.class).revision()).contains(Long.toString(result.revision()));
    });
  }

  @Test
  void anAnnouncedManifestIsFollowedAndAnAnnouncedRevisionThatIsGoneFallsBackToTheActiveOne() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true").run(context -> {
      PublishResult next = context.getBean(PolicyPublisher.class).publish(new PublishRequest(Map.of("extra.rego",
          "package policies.extra\n\nallow := true\n"), Map.of(), List.of(), null, false, "test"));
      BundleLoader loader = new BundleLoader(context.getBean(DynamoDbClient.class), "opa-policies", "default");
      BundleManifest announced = loader.readManifest().orElseThrow();
      PolicyStoreFollower follower = context.getBean(PolicyStoreFollower.class);
      PolicyEngine engine = context.getBean(PolicyEngine.class);

      follower.follow(announced);
      assertThat(engine.revision()).contains(Long.toString(next.revision()));
      follower.follow(announced); // already active: nothing changes
      assertThat(engine.revision()).contains(Long.toString(next.revision()));

      // A stream record of an earlier flip arriving after this instance loaded a later revision itself (as the
      // publishing instance does): the engine does not go back.
      PublishResult later = context.getBean(PolicyPublisher.class).publish(new PublishRequest(Map.of("extra.rego",
          "package policies.extra\n\nallow := 1 == 1\n"), Map.of(), List.of(), null, false, "test"));
      assertThat(follower.refresh()).isTrue();
      follower.follow(announced);
      assertThat(engine.revision()).contains(Long.toString(later.revision()));

      // An announcement of a revision whose items are gone (here: never written) while a newer one is active in
      // the store: that active revision is loaded instead.
      PublishResult newer = context.getBean(PolicyPublisher.class).publish(new PublishRequest(Map.of("extra.rego",
          "package policies.extra\n\nallow := false\n"), Map.of(), List.of(), null, false, "test"));
      BundleManifest gone = new BundleManifest("default", 99, loader.readManifest().orElseThrow().flip() + 1,
          "no-such-checksum", announced.publishedAt(), "test");
      follower.follow(gone);
      assertThat(engine.revision()).contains(Long.toString(newer.revision()));
      assertThat(context.getBean(PolicyStoreStatus.class).lastLoadError()).isEmpty();
    });
  }

  @Test
  void aRevisionTheEngineRefusesKeepsTheLastGoodSetAndIsReportedWithItsLocation() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true").run(context -> {
      // Compiles on its own (so the store's publisher accepts it) but is deeper than the router reaches.
      PublishResult deep = context.getBean(PolicyPublisher.class).publish(new PublishRequest(Map.of("deep.rego",
          "package policies.a.b.c.d.e.f\n\ndeny contains \"x\" if { false }\n"), Map.of(), List.of(), null, false,
          "test"));
      assertThat(deep.outcome()).isEqualTo(PublishResult.Outcome.PUBLISHED);

      assertThat(context.getBean(PolicyStoreFollower.class).refresh()).isFalse();

      assertThat(context.getBean(PolicyEngine.class).revision()).contains("1");
      PolicyStoreStatus.Rejection rejection = context.getBean(PolicyStoreStatus.class).rejection().orElseThrow();
      assertThat(rejection.revision()).isEqualTo(deep.revision());
      assertThat(rejection.problems()).anyMatch(p -> p.startsWith("deep.rego:1:1"));
      assertThat(context.getBean(PolicyStoreHealthIndicator.class).health().getDetails())
          .containsEntry("rejectedRevision", deep.revision());
    });
  }

  @Test
  void storeOutageKeepsTheLastGoodSetAndReportsDownUntilItAnswers() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true").run(context -> {
      EmbeddedDynamoDb db = context.getBean(EmbeddedDynamoDb.class);
      PolicyStoreFollower follower = context.getBean(PolicyStoreFollower.class);
      PolicyStoreHealthIndicator health = context.getBean(PolicyStoreHealthIndicator.class);

      db.setAvailable(false);
      assertThat(follower.refresh()).isFalse();
      assertThat(context.getBean(PolicyEngine.class).revision()).contains("1");
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(context.getBean(PolicyStoreStatus.class).lastLoadError()).isPresent();

      db.setAvailable(true);
      assertThat(follower.refresh()).isTrue();
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(context.getBean(PolicyStoreStatus.class).lastLoadError()).isEmpty();
    });
  }

  @Test
  void anEmptyStoreFailsStartupByDefault() {
    runner.withPropertyValues(EMBEDDED).run(context -> assertThat(context).hasFailed().getFailure()
        .rootCause().hasMessageContaining("no revision was published yet"));
  }

  @Test
  void anEmptyStoreStartsOnTheClasspathWhenSoConfigured() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.startup-failure=classpath").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(PolicyEngine.class).revision()).get().asString().startsWith("sha256:");
      assertThat(context.getBean(PolicyStoreStatus.class).isOnClasspathFallback()).isTrue();
    });
  }

  @Test
  void identityAttributesComeFromTheTableAndLeaveOutTheKey() {
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true",
        "opa.identity.table=users", "opa.identity.key-attribute=name").run(context -> {
          DynamoDbClient client = context.getBean(DynamoDbClient.class);
          client.createTable(b -> b.tableName("users")
              .keySchema(k -> k.attributeName("name").keyType("HASH"))
              .attributeDefinitions(a -> a.attributeName("name").attributeType("S")));
          client.putItem(b -> b.tableName("users").item(Map.of("name", AttributeValue.fromS("alice"),
              "tenure", AttributeValue.fromN("15"), "title", AttributeValue.fromS("trader"))));
          DynamoDbSubjectAttributes attributes = context.getBean(DynamoDbSubjectAttributes.class);

          assertThat(attributes.attributes(new TestingAuthenticationToken("alice", "x")))
              .isEqualTo(Map.of("tenure", 15L, "title", "trader"));
          assertThat(attributes.attributes(new TestingAuthenticationToken("nobody", "x"))).isEmpty();
        });
  }

  @Test
  void identityWithoutAnyDynamoDbClientIsAClearError() {
    runner.withPropertyValues("opa.identity.table=users").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("opa.identity.table=users needs a DynamoDbClient"));
  }

  @Test
  void badPropertyValuesNameTheProperty() {
    for (String[] bad : List.of(new String[] {"opa.dynamodb.table=ab", "opa.dynamodb.table"},
        new String[] {"opa.dynamodb.poll-interval=10ms", "opa.dynamodb.poll-interval"},
        new String[] {"opa.dynamodb.stream-read-interval=50ms", "opa.dynamodb.stream-read-interval"},
        new String[] {"opa.dynamodb.lookup-cache.max-entries=0", "opa.dynamodb.lookup-cache.max-entries"},
        new String[] {"opa.dynamodb.bundle=a#b", "opa.dynamodb.bundle"},
        new String[] {"opa.dynamodb.keep-revisions=0", "opa.dynamodb.keep-revisions"},
        new String[] {"opa.identity.cache-ttl=-1s", "opa.identity.cache-ttl"})) {
      runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.seed-from-classpath=true", bad[0])
          .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining(bad[1]));
    }
    runner.withPropertyValues(EMBEDDED).withPropertyValues("opa.dynamodb.startup-failure=maybe")
        .run(context -> assertThat(context).hasFailed());
  }
}
