package io.opadynamodb.spring.bench;

import io.opadynamodb.spring.PolicyCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Not a test: measures the latency {@code @PolicyCheck} adds to a real HTTP endpoint. Starts the application on a
 * random loopback port, then calls the same endpoint with and without the annotation, alternating, one request at
 * a time, and prints p50/p99 of each and their difference. Run with {@code scripts/bench-policycheck.sh}.
 * Arguments: measured requests per endpoint (default 20000), warm-up requests per endpoint (default 20000).
 */
@SpringBootApplication
public class PolicyCheckOverheadBenchmark {

  @Bean
  SecurityFilterChain open(HttpSecurity http) throws Exception {
    // Anonymous callers on both endpoints, so that only the policy check differs.
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
  }

  @RestController
  static class Endpoints {
    @GetMapping("/plain/{id}")
    Map<String, String> plain(@PathVariable String id) {
      return Map.of("id", id);
    }

    @PolicyCheck(value = "bench.allow", resourceType = "bench")
    @GetMapping("/checked/{id}")
    Map<String, String> checked(@PathVariable String id) {
      return Map.of("id", id);
    }
  }

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    ConfigurableApplicationContext context = SpringApplication.run(PolicyCheckOverheadBenchmark.class,
        "--server.port=0", "--server.address=127.0.0.1", "--opa.policies.location=classpath:bench-policies/",
        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    try {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest plain = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/plain/s1")).build();
      HttpRequest checked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/checked/s1")).build();
      run(client, plain, checked, warmup, new long[warmup], new long[warmup]);
      long[] plainNs = new long[measured];
      long[] checkedNs = new long[measured];
      run(client, plain, checked, measured, plainNs, checkedNs);
      Arrays.sort(plainNs);
      Arrays.sort(checkedNs);
      System.out.printf("requests per endpoint: %d (after %d warm-up)%n", measured, warmup);
      System.out.printf("without @PolicyCheck: p50 %6.1f us  p99 %6.1f us%n", us(plainNs, 50), us(plainNs, 99));
      System.out.printf("with    @PolicyCheck: p50 %6.1f us  p99 %6.1f us%n", us(checkedNs, 50), us(checkedNs, 99));
      System.out.printf("added by @PolicyCheck: p50 %6.1f us  p99 %6.1f us%n",
          us(checkedNs, 50) - us(plainNs, 50), us(checkedNs, 99) - us(plainNs, 99));
    } finally {
      context.close();
    }
  }

  private static void run(HttpClient client, HttpRequest plain, HttpRequest checked, int n, long[] plainNs,
      long[] checkedNs) throws Exception {
    for (int i = 0; i < n; i++) {
      plainNs[i] = time(client, plain);
      checkedNs[i] = time(client, checked);
    }
  }

  private static long time(HttpClient client, HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    long elapsed = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
    return elapsed;
  }

  private static double us(long[] sortedNs, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sortedNs.length) - 1;
    return sortedNs[Math.max(0, index)] / 1000.0;
  }
}
