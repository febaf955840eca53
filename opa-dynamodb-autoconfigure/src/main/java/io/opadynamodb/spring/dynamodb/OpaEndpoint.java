package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.BundleChecksum;
import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.LoadedBundle;
import io.opadynamodb.dynamodb.store.PolicyBundle;
import io.opadynamodb.dynamodb.store.PolicyPublisher;
import io.opadynamodb.dynamodb.store.PublishResult;
import io.opadynamodb.dynamodb.store.RevisionInfo;
import io.opadynamodb.spring.policy.PolicyEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The actuator endpoint {@code opa}: what this instance runs and what the store holds (GET), and publishing or
 * rolling back a revision (POST). Expose and secure it like any actuator endpoint: publishing changes every
 * decision of every instance.
 *
 * <pre>
 * POST /actuator/opa {"modules": {"path.rego": "source"}, "data": {"a/b": {...}}, "delete": ["path"],
 *                     "expected_revision": 3}
 * POST /actuator/opa {"rollback_to": 2}
 * </pre>
 *
 * Answers: 200 with the new revision; 400 with every error ({@code file:row:col: code: message}) and nothing
 * written; 409 when another publisher changed the bundle first (or {@code expected_revision} is stale); 404 for a
 * revision that is not kept; 503 when the table cannot be reached.
 */
@Endpoint(id = "opa")
public class OpaEndpoint {
  private final PolicyEngine engine;
  private final BundleLoader loader;
  private final PolicyPublisher publisher;
  private final PolicyStoreFollower follower;
  private final PolicyStoreStatus status;
  private final String table;
  private final String bundle;

  public OpaEndpoint(PolicyEngine engine, BundleLoader loader, PolicyPublisher publisher,
      PolicyStoreFollower follower, PolicyStoreStatus status, String table, String bundle) {
    this.engine = engine;
    this.loader = loader;
    this.publisher = publisher;
    this.follower = follower;
    this.status = status;
    this.table = table;
    this.bundle = bundle;
  }

  /** Bundle, active revision, its modules (path, sha-256) and data paths, the kept revisions, last load. */
  @ReadOperation
  public Map<String, Object> show() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("table", table);
    out.put("bundle", bundle);
    String active = engine.revision().orElse(null);
    out.put("activeRevision", active);
    out.put("source", status.isOnClasspathFallback() ? "classpath (store not read yet)" : engine.source().description());
    LoadedBundle content = status.content(active).orElse(null);
    List<Map<String, Object>> modules = new ArrayList<>();
    List<String> data = new ArrayList<>();
    if (content != null) {
      content.bundle().modules().forEach((path, source) -> modules.add(Map.of("path", path,
          "sha256", BundleChecksum.sha256(source))));
      data.addAll(content.bundle().data().keySet());
      out.put("publishedAt", String.valueOf(content.manifest().publishedAt()));
      out.put("publishedBy", content.manifest().publishedBy());
    }
    out.put("modules", modules);
    out.put("data", data);
    try {
      out.put("revisions", loader.revisions().stream().map(r -> revision(r, active)).toList());
    } catch (SdkException e) {
      out.put("revisions", List.of());
      out.put("storeError", "cannot read the policy table: " + e.getMessage());
    }
    out.put("lastLoadTime", status.lastLoadAt().map(Object::toString).orElse(null));
    out.put("lastLoadError", status.lastLoadError().orElse(null));
    status.rejection().ifPresent(r -> out.put("rejected", Map.of("revision", r.revision(), "errors", r.problems(),
        "at", r.at().toString())));
    return out;
  }

  /**
   * The answer of a publish or rollback.
   *
   * @param status the HTTP status (200, 400, 404, 409, 503)
   * @param body the JSON body: outcome, revision, message, and the errors of a refused bundle
   */
  public record Answer(int status, Map<String, Object> body) {}

  /**
   * Publishes a change of the active revision, or rolls back to a kept revision ({@code POST /actuator/opa},
   * served by {@link OpaPublishHandler} since actuator write operations only take flat string values).
   *
   * @param request the JSON body as maps and lists
   * @param by who publishes (the principal name)
   */
  public Answer publish(Map<String, Object> request, String by) {
    PublishBody body;
    try {
      body = PublishBody.of(request);
    } catch (IllegalArgumentException e) {
      return new Answer(400, Map.of("message", e.getMessage(), "errors", List.of(e.getMessage())));
    }
    PublishResult result;
    try {
      // Publishing on top of the revision this instance runs: its loaded copy spares reading it back.
      result = body.rollbackTo() != null ? publisher.rollbackTo(body.rollbackTo(), by)
          : publisher.publish(body.request(by), activeCopy());
    } catch (SdkException e) {
      return new Answer(503, Map.of("message", "cannot reach the policy table: " + e.getMessage()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
    out.put("revision", result.revision());
    out.put("message", result.message());
    switch (result.outcome()) {
      case PUBLISHED:
        // This instance switches before answering; the others follow through streams or polling.
        out.put("active", follower.refresh());
        return new Answer(200, out);
      case REJECTED:
        out.put("errors", result.errorLines());
        return new Answer(400, out);
      case CONFLICT:
        return new Answer(409, out);
      default:
        return new Answer(404, out);
    }
  }

  /** The store content of the engine's active revision, if this instance loaded it; else null. */
  private PolicyBundle activeCopy() {
    return engine.revision().flatMap(status::content).map(LoadedBundle::bundle).orElse(null);
  }

  private static Map<String, Object> revision(RevisionInfo r, String active) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("revision", r.revision());
    out.put("active", StoreBundles.label(r.revision()).equals(active));
    out.put("checksum", r.checksum());
    out.put("modules", r.modules());
    out.put("dataPaths", r.dataPaths());
    out.put("publishedAt", String.valueOf(r.publishedAt()));
    out.put("publishedBy", r.publishedBy());
    return out;
  }
}
