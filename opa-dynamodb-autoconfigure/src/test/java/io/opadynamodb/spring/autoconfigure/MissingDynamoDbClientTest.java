package io.opadynamodb.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.spring.dynamodb.DynamoDbPolicySource;
import io.opadynamodb.spring.dynamodb.MissingDynamoDbClientException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The store without the embedded emulator: the application's DynamoDbClient is used (and the streams client copies
 * its region, credentials and endpoint); with none, or one without a region, start-up fails with an explanation
 * rather than Spring's generic missing-bean message or the SDK's provider-chain dump.
 */
class MissingDynamoDbClientTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OpaDynamoDbAutoConfiguration.class, OpaAutoConfiguration.class,
          MissingDynamoDbClientAutoConfiguration.class))
      .withPropertyValues("opa.dynamodb.enabled=true", "opa.dynamodb.embedded=false");

  @Test
  void noDynamoDbClientFailsWithTheTableAndTheWaysToProvideOne() {
    runner.withPropertyValues("opa.dynamodb.table=team-policies").run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      MissingDynamoDbClientException cause = findCause(failure);
      assertThat(cause.table()).isEqualTo("team-policies");

      FailureAnalysis analysis = new MissingDynamoDbClientFailureAnalyzer().analyze(failure);

      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("team-policies", "opa.dynamodb.embedded=false",
          "no DynamoDbClient");
      assertThat(analysis.getAction()).contains("spring-cloud-aws-starter-dynamodb", "spring.cloud.aws.region.static",
          "DynamoDbClient bean", "opa.dynamodb.embedded=true");
    });
  }

  @Test
  void otherStartupFailuresAreLeftToOtherAnalyzers() {
    assertThat(new MissingDynamoDbClientFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
  }

  @Test
  void theEmbeddedStoreNeedsNoClientOfTheApplication() {
    runner.withPropertyValues("opa.dynamodb.embedded=true", "opa.dynamodb.seed-from-classpath=true",
        "opa.dynamodb.streams=false").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DynamoDbPolicySource.class)
              .hasSingleBean(DynamoDbClient.class);
          assertThat(context.getBean(DynamoDbClient.class))
              .isSameAs(context.getBean(EmbeddedDynamoDb.class).dynamoDbClient());
        });
  }

  @Test
  void theStreamsClientUsesTheRegionCredentialsAndEndpointOfTheApplicationsClient() {
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"));
    // Nothing listens there: start-up falls back to the classpath and no request has to succeed.
    URI endpoint = URI.create("http://127.0.0.1:9");
    DynamoDbClient client = DynamoDbClient.builder().region(Region.EU_WEST_3).credentialsProvider(credentials)
        .endpointOverride(endpoint).build();
    runner.withBean(DynamoDbClient.class, () -> client)
        .withPropertyValues("opa.dynamodb.startup-failure=classpath", "opa.dynamodb.poll-interval=1h")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DynamoDbClient.class);
          var streams = context.getBean(DynamoDbStreamsClient.class).serviceClientConfiguration();
          assertThat(streams.region()).isEqualTo(Region.EU_WEST_3);
          assertThat(streams.endpointOverride()).contains(endpoint);
          assertThat(streams.credentialsProvider()).isSameAs(credentials);
        });
  }

  @Test
  void aClientWithoutARegionIsExplainedWithTheSettingsThatGiveOne() {
    SdkClientException noRegion = SdkClientException.create("Unable to load region from any of the providers in "
        + "the chain software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain@1: [...]");
    Throwable failure = new BeanCreationException("dynamoDbClient", "Failed to instantiate", noRegion);

    FailureAnalysis analysis = new MissingAwsRegionFailureAnalyzer().analyze(failure);

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("without an AWS region");
    assertThat(analysis.getAction()).contains("spring.cloud.aws.region.static", "opa.dynamodb.embedded=true");
    assertThat(analysis.getCause()).isSameAs(noRegion);
    assertThat(new MissingAwsRegionFailureAnalyzer().analyze(new BeanCreationException("other",
        SdkClientException.create("Unable to execute HTTP request")))).isNull();
  }

  private static MissingDynamoDbClientException findCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MissingDynamoDbClientException missing) {
        return missing;
      }
    }
    throw new AssertionError("no MissingDynamoDbClientException in " + failure);
  }
}
