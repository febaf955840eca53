package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.spring.decision.InputMask;
import io.opadynamodb.spring.policy.RouterModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the opa-dynamodb starter, under {@code opa.*}. Bad values stop the application at start-up with a
 * message naming the property.
 */
@ConfigurationProperties(prefix = "opa")
public class OpaProperties {

  /** Whether the starter is active; false turns off the policy engine and {@code @PolicyCheck}. */
  private boolean enabled = true;

  /**
   * What a failed evaluation (error, timeout, no active policy set) answers: true refuses the call with 403 like
   * a denial; false refuses it with 503. A failed evaluation never allows.
   */
  private boolean failClosed = true;

  /** The longest one evaluation may run; it is cancelled and fails after that. */
  private Duration evaluationTimeout = Duration.ofMillis(500);

  /** Whether errors of built-in functions fail the evaluation (as opa's --strict-builtin-errors). */
  private boolean strictBuiltinErrors = false;

  /**
   * The query answering the decision document {"allow", "reasons", "explain"}: by default the router shipped
   * with the starter.
   */
  private String decisionQuery = RouterModule.DECISION_QUERY;

  /** Where policies are read from (when no PolicySource bean is declared). */
  private final Policies policies = new Policies();

  /** What clients may ask to see of a decision's explanation. */
  private final Explain explain = new Explain();

  /** The 403 problem body. */
  private final Problem problem = new Problem();

  /** The decision log (logger opa.decisions). */
  private final DecisionLog decisionLog = new DecisionLog();

  /** The input document. */
  private final Input input = new Input();

  /** Micrometer metrics. */
  private final Metrics metrics = new Metrics();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isFailClosed() {
    return failClosed;
  }

  public void setFailClosed(boolean failClosed) {
    this.failClosed = failClosed;
  }

  public Duration getEvaluationTimeout() {
    return evaluationTimeout;
  }

  public void setEvaluationTimeout(Duration evaluationTimeout) {
    if (evaluationTimeout == null || evaluationTimeout.isZero() || evaluationTimeout.isNegative()) {
      throw new IllegalArgumentException("opa.evaluation-timeout must be positive, e.g. 500ms; got "
          + evaluationTimeout);
    }
    this.evaluationTimeout = evaluationTimeout;
  }

  public boolean isStrictBuiltinErrors() {
    return strictBuiltinErrors;
  }

  public void setStrictBuiltinErrors(boolean strictBuiltinErrors) {
    this.strictBuiltinErrors = strictBuiltinErrors;
  }

  public String getDecisionQuery() {
    return decisionQuery;
  }

  public void setDecisionQuery(String decisionQuery) {
    if (decisionQuery == null || !decisionQuery.startsWith("data.") || decisionQuery.length() <= "data.".length()) {
      throw new IllegalArgumentException("opa.decision-query must be a reference into data, e.g. "
          + RouterModule.DECISION_QUERY + "; got \"" + decisionQuery + "\"");
    }
    this.decisionQuery = decisionQuery;
  }

  public Policies getPolicies() {
    return policies;
  }

  public Explain getExplain() {
    return explain;
  }

  public Problem getProblem() {
    return problem;
  }

  public DecisionLog getDecisionLog() {
    return decisionLog;
  }

  public Input getInput() {
    return input;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** Where policies are read from. */
  public static class Policies {

    /**
     * The policy folder: .rego modules and .json/.yaml data files below it, data placed at its folder path
     * (rbac/data.json at data.rbac). classpath: reads the first classpath root that has it, classpath*: every
     * root, file: a directory.
     */
    private String location = "classpath:policies/";

    /** Whether *_test.rego modules are loaded into the running policy set too. */
    private boolean includeTests = false;

    /** The Rego syntax of the modules: v1 (OPA 1.x) or v0 (OPA 0.x). */
    private RegoVersion regoVersion = RegoVersion.V1;

    /**
     * Whether start-up fails when the policies cannot be loaded or do not compile; false starts with no active
     * policy set (health DOWN, every check refused) until a reload succeeds.
     */
    private boolean failFast = true;

    public String getLocation() {
      return location;
    }

    public void setLocation(String location) {
      if (location == null || location.isBlank() || !location.contains(":")) {
        throw new IllegalArgumentException("opa.policies.location must be a resource folder such as "
            + "classpath:policies/ or file:/etc/policies/; got \"" + location + "\"");
      }
      this.location = location.endsWith("/") ? location : location + "/";
    }

    public boolean isIncludeTests() {
      return includeTests;
    }

    public void setIncludeTests(boolean includeTests) {
      this.includeTests = includeTests;
    }

    public RegoVersion getRegoVersion() {
      return regoVersion;
    }

    public void setRegoVersion(RegoVersion regoVersion) {
      this.regoVersion = regoVersion;
    }

    public boolean isFailFast() {
      return failFast;
    }

    public void setFailFast(boolean failFast) {
      this.failFast = failFast;
    }
  }

  /** What clients may ask to see of a decision's explanation. */
  public static class Explain {

    /** Whether clients may ask for the explanation (what each policy package said) in 403 bodies. */
    private boolean enabled = true;

    /** The query parameter asking for it (value true). */
    private String parameter = "explain";

    /** The request header asking for it (value true). */
    private String header = "X-Policy-Explain";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getParameter() {
      return parameter;
    }

    public void setParameter(String parameter) {
      this.parameter = requireName("opa.explain.parameter", parameter);
    }

    public String getHeader() {
      return header;
    }

    public void setHeader(String header) {
      this.header = requireName("opa.explain.header", header);
    }
  }

  /** The 403 problem body. */
  public static class Problem {

    /**
     * Whether denial reasons (and explanations) are sent to clients; false sends an empty reasons list. They are
     * always in the decision log.
     */
    private boolean exposeReasons = true;

    /** The RFC 9457 problem type URI of a policy denial. */
    private String type = "urn:opa-dynamodb:policy-denied";

    public boolean isExposeReasons() {
      return exposeReasons;
    }

    public void setExposeReasons(boolean exposeReasons) {
      this.exposeReasons = exposeReasons;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      if (type == null || !type.contains(":")) {
        throw new IllegalArgumentException("opa.problem.type must be a URI, e.g. urn:example:denied; got \""
            + type + "\"");
      }
      this.type = type;
    }
  }

  /** The decision log (logger opa.decisions, one JSON line per decision at INFO). */
  public static class DecisionLog {

    /** Whether decisions are logged. */
    private boolean enabled = true;

    /** Whether the input document is part of the log line (masked by opa.decision-log.mask). */
    private boolean includeInput = true;

    /** Input paths whose values are replaced in the log, as /subject/attributes/ssn. */
    private List<String> mask = new ArrayList<>();

    /**
     * How often a background thread writes the lines of the decisions made since its last round; 0 writes each
     * line on the request thread.
     */
    private Duration flushInterval = Duration.ofMillis(10);

    /** The most lines waiting for the background writer; beyond it a request writes its line itself. */
    private int bufferCapacity = 10_000;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isIncludeInput() {
      return includeInput;
    }

    public void setIncludeInput(boolean includeInput) {
      this.includeInput = includeInput;
    }

    public List<String> getMask() {
      return mask;
    }

    public Duration getFlushInterval() {
      return flushInterval;
    }

    public void setFlushInterval(Duration flushInterval) {
      if (flushInterval == null || flushInterval.isNegative()) {
        throw new IllegalArgumentException("opa.decision-log.flush-interval must be 0 (write on the request thread)"
            + " or positive, e.g. 100ms; got " + flushInterval);
      }
      this.flushInterval = flushInterval;
    }

    public int getBufferCapacity() {
      return bufferCapacity;
    }

    public void setBufferCapacity(int bufferCapacity) {
      if (bufferCapacity < 1) {
        throw new IllegalArgumentException("opa.decision-log.buffer-capacity must be at least 1; got "
            + bufferCapacity);
      }
      this.bufferCapacity = bufferCapacity;
    }

    public void setMask(List<String> mask) {
      try {
        new InputMask(mask);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("opa.decision-log.mask: " + e.getMessage());
      }
      this.mask = new ArrayList<>(mask);
    }
  }

  /** The input document. */
  public static class Input {

    /**
     * Request headers never copied into input.action.headers, besides authorization and cookie which never are.
     */
    private List<String> excludedHeaders = new ArrayList<>(List.of("proxy-authorization"));

    public List<String> getExcludedHeaders() {
      return excludedHeaders;
    }

    public void setExcludedHeaders(List<String> excludedHeaders) {
      List<String> lower = new ArrayList<>();
      for (String h : excludedHeaders) {
        lower.add(requireName("opa.input.excluded-headers", h).toLowerCase(Locale.ROOT));
      }
      this.excludedHeaders = lower;
    }
  }

  /** Micrometer metrics. */
  public static class Metrics {

    /** Whether decisions are timed in opa.decision (tags policy and outcome) when Micrometer is present. */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  private static String requireName(String property, String value) {
    if (value == null || value.isBlank() || !value.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException(property + " must be a non-empty name of letters, digits, '-', '_' or '.'"
          + "; got \"" + value + "\"");
    }
    return value;
  }
}
