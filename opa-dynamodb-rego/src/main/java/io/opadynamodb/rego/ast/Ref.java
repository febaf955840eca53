package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * A reference such as {@code data.a.b[x]} or {@code input.user}. The first term is the head (a
 * {@link Var}, or a composite/call for refs like {@code [1,2][i]} or {@code f(x).y}); each later
 * term is an operand: a string {@link Scalar} for {@code .name}, anything for {@code [term]}.
 */
public record Ref(List<Term> terms, Location location) implements Term {
  public Ref {
    terms = List.copyOf(terms);
  }

  public Term head() {
    return terms.get(0);
  }

  public int size() {
    return terms.size();
  }

  public Term get(int i) {
    return terms.get(i);
  }

  /** The head's variable name, or null when the head is not a variable. */
  public String headName() {
    return terms.get(0) instanceof Var v ? v.name() : null;
  }
}
