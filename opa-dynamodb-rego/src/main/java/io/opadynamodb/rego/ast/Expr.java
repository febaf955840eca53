package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * One expression of a rule body or query. Every kind may be negated ({@code not}) and carry
 * {@code with} modifiers.
 */
public sealed interface Expr permits Expr.TermExpr, Expr.CallExpr, Expr.SomeExpr, Expr.EveryExpr {
  boolean negated();

  List<With> with();

  Location location();

  /** A single term used as an expression, e.g. {@code input.admin} or {@code x}. */
  record TermExpr(Term term, boolean negated, List<With> with, Location location) implements Expr {
    public TermExpr {
      with = List.copyOf(with);
    }
  }

  /**
   * A call used as an expression: a built-in or function call, or an operator such as {@code eq}
   * ({@code =}), {@code assign} ({@code :=}), {@code lt}. A call with one more argument than the
   * function's arity binds its result to the last argument ({@code plus(1, 2, x)}).
   */
  record CallExpr(Ref operator, List<Term> args, boolean negated, List<With> with, Location location)
      implements Expr {
    public CallExpr {
      args = List.copyOf(args);
      with = List.copyOf(with);
    }

    public String name() {
      return RefNames.dotted(operator);
    }
  }

  /**
   * {@code some x, y} (symbols are {@link Var}s) or {@code some k, v in xs} (one symbol, a
   * {@link Call} to {@code internal.member_2} or {@code internal.member_3}).
   */
  record SomeExpr(List<Term> symbols, boolean negated, List<With> with, Location location) implements Expr {
    public SomeExpr {
      symbols = List.copyOf(symbols);
      with = List.copyOf(with);
    }
  }

  /** {@code every k, v in domain { body }}; {@code key} is null when only a value variable is given. */
  record EveryExpr(Term key, Term value, Term domain, Body body, boolean negated, List<With> with, Location location)
      implements Expr {
    public EveryExpr {
      with = List.copyOf(with);
    }
  }
}
