package io.opadynamodb.spring.web;

import io.opadynamodb.spring.decision.Decision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem bodies for policy outcomes: 403 for a denial
 * {@code {"type","title":"Forbidden","status":403,"detail","instance","policy","reasons","decision_id","explain"?}},
 * 400 for a request that cannot become an input, 503 for an evaluation failure with fail-closed off.
 */
public class PolicyProblems {
  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final String type;
  private final boolean exposeReasons;

  /**
   * @param type the problem type URI of denials
   * @param exposeReasons whether reasons and explanations are sent to clients (they are always logged)
   */
  public PolicyProblems(String type, boolean exposeReasons) {
    this.type = type;
    this.exposeReasons = exposeReasons;
  }

  /** The 403 body of a denied (or failed, fail-closed) decision. */
  public Map<String, Object> denied(Decision decision, String instance) {
    Map<String, Object> body = base(type, "Forbidden", 403, decision.outcome() == Decision.Outcome.ERROR
        ? "The policy " + decision.policy() + " could not be evaluated; the call is refused."
        : "Denied by policy " + decision.policy() + ".", instance);
    body.put("policy", decision.policy());
    body.put("reasons", exposeReasons ? decision.reasons() : List.of());
    body.put("decision_id", decision.id());
    if (exposeReasons && decision.explain() != null) {
      body.put("explain", decision.explain());
    }
    return body;
  }

  /** The 400 body of a request that cannot be turned into a policy input. */
  public Map<String, Object> badInput(String reason, String instance) {
    return base("about:blank", "Bad Request", 400, reason, instance);
  }

  /** The 503 body of a failed evaluation when fail-closed is off. */
  public Map<String, Object> unavailable(Decision decision, String instance) {
    Map<String, Object> body = base("about:blank", "Service Unavailable", 503,
        "The policy " + decision.policy() + " could not be evaluated.", instance);
    body.put("policy", decision.policy());
    body.put("decision_id", decision.id());
    return body;
  }

  private static Map<String, Object> base(String type, String title, int status, String detail, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    return body;
  }
}
