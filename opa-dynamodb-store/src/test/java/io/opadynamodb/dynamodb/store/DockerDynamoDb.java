package io.opadynamodb.dynamodb.store;

import java.net.URI;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * AWS's DynamoDB Local in a container (the {@code amazon/dynamodb-local} image), for running the
 * store tests against it where Docker is present. It is never a dependency of the project: the
 * image is pulled by Docker only when these tests run. Without Docker the tests are skipped with a message.
 */
final class DockerDynamoDb {
  private static GenericContainer<?> container;
  private static String skipReason;

  private DockerDynamoDb() {}

  static synchronized Backend require() {
    if (skipReason != null) {
      Assumptions.abort(skipReason);
    }
    if (container == null) {
      boolean docker;
      try {
        docker = DockerClientFactory.instance().isDockerAvailable();
      } catch (RuntimeException e) {
        docker = false;
      }
      if (!docker) {
        String message = "SKIPPED (Docker not available): the store tests on the amazon/dynamodb-local image "
            + "need a Docker daemon";
        System.err.println("========== " + message + " ==========");
        skipReason = message;
        Assumptions.abort(message);
      }
      container = new GenericContainer<>("amazon/dynamodb-local:latest")
          .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory")
          .withExposedPorts(8000);
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
    }
    URI endpoint = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(8000));
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint)
        .region(Region.US_EAST_1).credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
        .build();
    return new Backend("dynamodb-local (Docker)", client, streams, null);
  }
}
