package io.opadynamodb.bench.policycheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application under load: {@link ServerEndpoints} behind {@link BenchSecurity}, with the starter's default
 * configuration (decision log and metrics on) and the small RBAC policy of {@code src/main/resources/policies}.
 * Started by {@link PolicyCheckBenchmark}.
 */
@SpringBootApplication
public class BenchApplication {

  /** Runs the application alone, to load it with another client (wrk, curl). */
  public static void main(String[] args) {
    SpringApplication.run(BenchApplication.class, args);
  }
}
