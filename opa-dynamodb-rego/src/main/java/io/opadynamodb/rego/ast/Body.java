package io.opadynamodb.rego.ast;

import java.util.List;

/** A conjunction of expressions: a rule body or a query. */
public record Body(List<Expr> exprs, Location location) {
  public Body {
    exprs = List.copyOf(exprs);
  }

  public int size() {
    return exprs.size();
  }

  public Expr get(int i) {
    return exprs.get(i);
  }
}
