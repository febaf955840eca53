package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.ValueFormatter;
import java.util.List;

/** Prints terms back as Rego source, as OPA prints them in messages ({@code data.a[x]}, {@code f(x)}). */
public final class TermPrinter {
  private TermPrinter() {}

  /** The term as OPA prints it; wildcards print as {@code _}. */
  public static String print(Term t) {
    return print(t, false);
  }

  /**
   * As {@link #print}, but wildcards keep their generated names ({@code $0}, {@code $1}), so that distinct
   * wildcards print differently: for comparing terms by their text, never for messages.
   */
  public static String printExact(Term t) {
    return print(t, true);
  }

  private static String print(Term t, boolean exact) {
    if (t instanceof Scalar s) {
      return ValueFormatter.json(s.value());
    }
    if (t instanceof Var v) {
      return v.isWildcard() && !exact ? "_" : v.name();
    }
    if (t instanceof Ref r) {
      return RefNames.dotted(r, x -> print(x, exact));
    }
    if (t instanceof ArrayTerm a) {
      return "[" + join(a.elements(), exact) + "]";
    }
    if (t instanceof SetTerm s) {
      return s.elements().isEmpty() ? "set()" : "{" + join(s.elements(), exact) + "}";
    }
    if (t instanceof ObjectTerm o) {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < o.entries().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(print(o.entries().get(i).key(), exact)).append(": ")
            .append(print(o.entries().get(i).value(), exact));
      }
      return sb.append('}').toString();
    }
    if (t instanceof ArrayComprehension c) {
      return "[" + print(c.head()) + " | " + body(c.body()) + "]";
    }
    if (t instanceof SetComprehension c) {
      return "{" + print(c.head()) + " | " + body(c.body()) + "}";
    }
    if (t instanceof ObjectComprehension c) {
      return "{" + print(c.key()) + ": " + print(c.value()) + " | " + body(c.body()) + "}";
    }
    Call c = (Call) t;
    return c.name() + "(" + join(c.args(), exact) + ")";
  }

  /** Prints a body with expressions separated by {@code "; "}. */
  public static String body(Body b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(expr(b.get(i)));
    }
    return sb.toString();
  }

  public static String expr(Expr e) {
    StringBuilder sb = new StringBuilder();
    if (e.negated()) {
      sb.append("not ");
    }
    if (e instanceof Expr.TermExpr t) {
      sb.append(print(t.term()));
    } else if (e instanceof Expr.CallExpr c) {
      sb.append(c.name()).append('(').append(join(c.args())).append(')');
    } else if (e instanceof Expr.SomeExpr s) {
      sb.append("some ").append(join(s.symbols()));
    } else if (e instanceof Expr.EveryExpr ev) {
      sb.append("every ");
      if (ev.key() != null) {
        sb.append(print(ev.key())).append(", ");
      }
      sb.append(print(ev.value())).append(" in ").append(print(ev.domain())).append(" { ")
          .append(body(ev.body())).append(" }");
    }
    for (With w : e.with()) {
      sb.append(" with ").append(print(w.target())).append(" as ").append(print(w.value()));
    }
    return sb.toString();
  }

  private static String join(List<Term> terms) {
    return join(terms, false);
  }

  private static String join(List<Term> terms, boolean exact) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(print(terms.get(i), exact));
    }
    return sb.toString();
  }
}
