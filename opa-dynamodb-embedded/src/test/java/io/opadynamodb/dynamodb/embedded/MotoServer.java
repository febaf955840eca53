package io.opadynamodb.dynamodb.embedded;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A moto server (an independent, Apache-2.0 DynamoDB and DynamoDB Streams implementation in
 * Python, {@code pip install 'moto[server]'}) on 127.0.0.1, started once per test JVM, for tests
 * that check our code and our emulator against a second implementation. Where moto is not
 * installed the tests that need it are skipped with a loud message.
 */
public final class MotoServer {
  private static Optional<MotoServer> instance;
  private static String unavailableReason;

  private final Process process;
  private final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** The shared server; aborts the calling test (skipped, with the reason) when moto cannot run. */
  public static synchronized MotoServer require() {
    if (instance == null) {
      instance = start();
    }
    if (instance.isEmpty()) {
      String message = "SKIPPED (moto not available): " + unavailableReason
          + ". Install it with: pip install 'moto[server]' (or set MOTO_SERVER to the moto_server command)";
      System.err.println("========== " + message + " ==========");
      Assumptions.abort(message);
    }
    return instance.get();
  }

  private static Optional<MotoServer> start() {
    String command = System.getenv().getOrDefault("MOTO_SERVER", "moto_server");
    try {
      int port = freePort();
      File log = new File(System.getProperty("java.io.tmpdir"), "moto-server-" + port + ".log");
      Process p = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true)
          .redirectOutput(log)
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
      // Bounded wait: moto starts in one to three seconds; give up after 60.
      for (int i = 0; i < 600; i++) {
        if (!p.isAlive()) {
          unavailableReason = "'" + command + "' exited with " + p.exitValue() + " (see " + log + ")";
          return Optional.empty();
        }
        if (accepts(port)) {
          return Optional.of(new MotoServer(p, URI.create("http://127.0.0.1:" + port)));
        }
        Thread.sleep(100);
      }
      p.destroy();
      unavailableReason = "'" + command + "' did not open port " + port + " within 60 s";
    } catch (IOException e) {
      unavailableReason = "cannot run '" + command + "': " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unavailableReason = "interrupted while starting moto";
    }
    return Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** A DynamoDB client for this server. */
  public DynamoDbClient dynamoDbClient() {
    return configure(DynamoDbClient.builder()).build();
  }

  private <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
      & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>> B configure(B builder) {
    return builder.endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create());
  }

  /** A DynamoDB Streams client for this server. */
  public DynamoDbStreamsClient streamsClient() {
    return configure(DynamoDbStreamsClient.builder()).build();
  }
}
