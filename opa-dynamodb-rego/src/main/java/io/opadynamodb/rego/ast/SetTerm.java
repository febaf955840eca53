package io.opadynamodb.rego.ast;

import java.util.List;

/** A set literal {@code {a, b}} or {@code set()}. */
public record SetTerm(List<Term> elements, Location location) implements Term {
  public SetTerm {
    elements = List.copyOf(elements);
  }
}
