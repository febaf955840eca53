package io.opadynamodb.rego.ast;

import java.util.List;

/** An object literal {@code {k: v, ...}}; entries in source order. */
public record ObjectTerm(List<ObjectTerm.Entry> entries, Location location) implements Term {
  public ObjectTerm {
    entries = List.copyOf(entries);
  }

  /** One {@code key: value} pair. */
  public record Entry(Term key, Term value) {}
}
