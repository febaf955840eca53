package io.opadynamodb.spring.input;

import java.util.regex.Pattern;

/**
 * A checked policy reference {@code "<group>.<rule>"}, e.g. {@code compute.deny}: both parts are Rego identifiers,
 * so the router can use them as keys under {@code data.policies}.
 *
 * @param group the policy group (packages under {@code data.policies.<group>})
 * @param rule the rule evaluated in each of them
 */
public record PolicyReference(String group, String rule) {
  private static final Pattern FORM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)");

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

  @Override
  public String toString() {
    return group + "." + rule;
  }
}
