package io.opadynamodb.spring.decision;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The answer to one policy check.
 *
 * @param id the decision id (also in the decision log and the 403 problem body)
 * @param policy the policy reference that was checked, e.g. {@code compute.deny}
 * @param outcome allowed, denied, or failed (an evaluation error or timeout, which never allows)
 * @param reasons why it was denied (messages of the policies, or a description of the failure)
 * @param explain what each package said, by package, when explain was asked for; otherwise null
 * @param revision the policy revision that decided, or null when no policy set was active
 * @param duration how long the evaluation took
 * @param error for {@link Outcome#ERROR}, what went wrong (logged, never sent to the client); otherwise null
 */
public record Decision(String id, String policy, Outcome outcome, List<String> reasons, Map<String, Object> explain,
    String revision, Duration duration, String error) {

  public Decision {
    reasons = List.copyOf(reasons);
  }

  /** True only when the policy allowed the call. */
  public boolean allowed() {
    return outcome == Outcome.ALLOW;
  }

  /** How a decision ended. */
  public enum Outcome {
    /** The policy allowed. */
    ALLOW,
    /** The policy denied. */
    DENY,
    /** The policy could not be evaluated (error, timeout, no active policy set): never an allow. */
    ERROR;

    /** Lower-case name, as used in metrics tags and logs. */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
