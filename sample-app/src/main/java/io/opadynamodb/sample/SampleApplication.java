package io.opadynamodb.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The opa-dynamodb sample: REST endpoints guarded by {@code @PolicyCheck}, decided by the Rego policies under
 * {@code src/main/resources/policies} (RBAC, ABAC and a composition of per-team policies).
 */
@SpringBootApplication
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
