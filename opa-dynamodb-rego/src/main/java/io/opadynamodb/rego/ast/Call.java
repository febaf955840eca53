package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * A function call in term position, such as {@code count(x)} or {@code a + b} (operator {@code plus}).
 * Infix operators are calls to their built-in names: {@code plus}, {@code minus}, {@code mul},
 * {@code div}, {@code rem}, {@code and} ({@code &}), {@code or} ({@code |}), {@code equal}
 * ({@code ==}), {@code neq}, {@code lt}, {@code lte}, {@code gt}, {@code gte},
 * {@code internal.member_2}/{@code internal.member_3} ({@code in}).
 */
public record Call(Ref operator, List<Term> args, Location location) implements Term {
  public Call {
    args = List.copyOf(args);
  }

  /** The operator's dotted name, e.g. {@code "plus"} or {@code "data.lib.f"}. */
  public String name() {
    return RefNames.dotted(operator);
  }
}
