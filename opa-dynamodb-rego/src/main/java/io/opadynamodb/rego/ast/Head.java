package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * A rule head.
 *
 * <ul>
 *   <li>{@code p := 1}, {@code p = 1}, {@code p if ...}: ref {@code p}, value {@code 1} (or {@code true}).</li>
 *   <li>{@code p contains x}, v0 {@code p[x]}: ref {@code p}, key {@code x}, no value (a multi-value rule).</li>
 *   <li>{@code p[k] := v}, {@code a.b[c] := v}: ref with the key operand(s), value {@code v}.</li>
 *   <li>{@code f(x) := y}: ref {@code f}, args {@code [x]}, value {@code y}.</li>
 * </ul>
 *
 * @param ref the rule's name as a ref relative to its package (head is a {@link Var})
 * @param args function arguments, or null when the rule is not a function
 * @param key the element of a multi-value (set) rule, or null
 * @param value the value, or null for multi-value rules
 * @param assign true when written with {@code :=}
 * @param location the head's position
 */
public record Head(Ref ref, List<Term> args, Term key, Term value, boolean assign, Location location) {
  public Head {
    args = args == null ? null : List.copyOf(args);
  }

  /** True for {@code contains} / v0 partial set rules. */
  public boolean isMultiValue() {
    return key != null && value == null;
  }

  public boolean isFunction() {
    return args != null;
  }
}
