package io.opadynamodb.bench.policycheck;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load over loopback: a number of concurrent clients, each sending its next request as soon as the
 * previous one answered, for a fixed time, all to one endpoint. Any answer other than 200 stops the benchmark.
 */
final class LoadDriver implements AutoCloseable {
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService clients;
  private final int concurrency;
  private final String authorization;

  LoadDriver(int concurrency, String user, String password) {
    this.concurrency = concurrency;
    this.clients = Executors.newFixedThreadPool(concurrency);
    this.authorization = basic(user, password);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Loads {@code uri} for {@code duration} and adds the latencies and the elapsed time to {@code into}. */
  void run(URI uri, Duration duration, EndpointLatency into) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).build();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Future<Histogram>> running = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      running.add(clients.submit(() -> load(request, deadline)));
    }
    List<Histogram> results = new ArrayList<>();
    for (Future<Histogram> f : running) {
      results.add(f.get());
    }
    long elapsed = System.nanoTime() - start;
    Histogram phase = EndpointLatency.newHistogram();
    results.forEach(phase::add);
    into.add(phase, elapsed);
  }

  private Histogram load(HttpRequest request, long deadline) throws Exception {
    Histogram latencies = EndpointLatency.newHistogram();
    while (System.nanoTime() < deadline) {
      long sent = System.nanoTime();
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      long took = System.nanoTime() - sent;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ", expected 200");
      }
      latencies.recordValue(Math.min(took, EndpointLatency.HIGHEST_NS));
    }
    return latencies;
  }

  /** The status of one GET, with the given Authorization header or none (null): for the set-up checks. */
  int status(URI uri, String authorizationHeader) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (authorizationHeader != null) {
      request.header("Authorization", authorizationHeader);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Override
  public void close() {
    clients.shutdownNow();
  }
}
