package io.opadynamodb.spring.actuate;

import io.opadynamodb.spring.policy.PolicyEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds {@code opa: {source, revision, modules}} to the info endpoint. */
public class OpaInfoContributor implements InfoContributor {
  private final PolicyEngine engine;

  public OpaInfoContributor(PolicyEngine engine) {
    this.engine = engine;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> opa = new LinkedHashMap<>();
    opa.put("source", engine.source().description());
    opa.put("revision", engine.revision().orElse(null));
    opa.put("modules", engine.moduleCount());
    builder.withDetail("opa", opa);
  }
}
