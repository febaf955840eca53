package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * A rule: a head, a body, and an optional {@code else} chain.
 *
 * @param isDefault true for {@code default p := v}
 * @param head the head
 * @param body the body ({@code true} when written without one)
 * @param elseRule the next rule of the {@code else} chain, or null
 * @param annotations {@code # METADATA} blocks attached to this rule
 * @param location the rule's position
 */
public record Rule(boolean isDefault, Head head, Body body, Rule elseRule, List<Annotations> annotations,
    Location location) {
  public Rule {
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
  }
}
