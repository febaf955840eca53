package io.opadynamodb.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The sample's own policy files, changed the way the tests publish them. */
final class SamplePolicies {
  static final String CPUS_MODULE = "compute/cpus.rego";
  /** A VM the shipped cpu limit (8) denies and a limit of 16 or more lets through. */
  static final String VM_16 = "{\"name\":\"big\",\"image\":\"registry.internal/ubuntu:24.04\",\"cpus\":16}";

  private SamplePolicies() {}

  /** The sample's cpus module with another limit. */
  static String cpusModule(int limit) {
    try (InputStream in = SamplePolicies.class.getResourceAsStream("/policies/compute/cpus.rego")) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(source).contains("max_cpus := 8");
      return source.replace("max_cpus := 8", "max_cpus := " + limit);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
