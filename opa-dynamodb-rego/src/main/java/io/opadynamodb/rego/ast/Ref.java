package io.opadynamodb.rego.ast;

import java.util.List;
import java.util.Objects;

/**
 * A reference such as {@code data.a.b[x]} or {@code input.user}. The first term is the head (a
 * {@link Var}, or a composite/call for refs like {@code [1,2][i]} or {@code f(x).y}); each later
 * term is an operand: a string {@link Scalar} for {@code .name}, anything for {@code [term]}.
 *
 * <p>Immutable, with record-like accessors and equality. A class rather than a record only to cache
 * {@link #dotted()}: the evaluator names every function call by it.
 */
public final class Ref implements Term {
  private final List<Term> terms;
  private final Location location;
  /** Computed on first use; a race computes the same string twice, which is harmless. */
  private String dotted;

  public Ref(List<Term> terms, Location location) {
    this.terms = List.copyOf(terms);
    this.location = location;
  }

  public List<Term> terms() {
    return terms;
  }

  @Override
  public Location location() {
    return location;
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

  /** The ref as {@link RefNames#dotted(Ref)} prints it, computed once. */
  public String dotted() {
    String d = dotted;
    if (d == null) {
      d = RefNames.dotted(this, TermPrinter::print);
      dotted = d;
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ref r && terms.equals(r.terms) && Objects.equals(location, r.location);
  }

  @Override
  public int hashCode() {
    return 31 * terms.hashCode() + Objects.hashCode(location);
  }

  @Override
  public String toString() {
    return "Ref[terms=" + terms + ", location=" + location + "]";
  }
}
