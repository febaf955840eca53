package io.opadynamodb.spring.input;

import java.util.regex.Pattern;

/**
 * A checked policy reference {@code "<group>.<rule>"}, e.g. {@code compute.deny}: both parts are Rego identifiers,
 * so the router can use them as keys under {@code data.policies}. Immutable; equal when group and rule are.
 */
public final class PolicyReference {
  private static final Pattern FORM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)");

  private final String group;
  private final String rule;
  /** The reference as written: it goes into every input and decision, so it is built once. */
  private final String text;

  private PolicyReference(String group, String rule) {
    this.group = group;
    this.rule = rule;
    this.text = group + "." + rule;
  }

  /**
   * Parses a reference.
   *
   * @throws IllegalArgumentException naming the reference and the expected form
   */
  public static PolicyReference parse(String reference) {
    var m = reference == null ? null : FORM.matcher(reference);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("invalid policy reference \"" + reference
          + "\": expected <group>.<rule> with identifiers (letters, digits, _), e.g. \"compute.deny\"");
    }
    return new PolicyReference(m.group(1), m.group(2));
  }

  /** The policy group (packages under {@code data.policies.<group>}). */
  public String group() {
    return group;
  }

  /** The rule evaluated in each package of the group. */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyReference other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@code "<group>.<rule>"}. */
  @Override
  public String toString() {
    return text;
  }
}
