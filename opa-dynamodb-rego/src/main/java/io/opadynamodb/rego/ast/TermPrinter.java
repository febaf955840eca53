package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.ValueFormatter;
import java.util.List;

/** Prints terms back as Rego source, as OPA prints them in messages ({@code data.a[x]}, {@code f(x)}). */
public final class TermPrinter {
  private TermPrinter() {}

  /**
   * A ref operand as OPA prints it between brackets: a string key between plain double quotes
   * ({@code data.a["b c"]}), Go-quoted only when it holds a backslash or a control character.
   */
  private static String printRefOperand(Term t, boolean exact) {
    if (t instanceof Scalar s && s.value() instanceof StringValue str) {
      String v = str.value();
      return needsGoQuote(v) ? GoQuote.quote(v) : '"' + wellFormed(v) + '"';
    }
    return print(t, exact);
  }

  /** OPA's {@code isControlOrBackslash}: a backslash or a C0/C1 control character. */
  private static boolean needsGoQuote(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || Character.isISOControl(c)) {
        return true;
      }
    }
    return false;
  }

  /** The text with every lone surrogate replaced by U+FFFD, the character OPA holds for it. */
  private static String wellFormed(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '\ufffd');
      }
    }
    return sb == null ? s : sb.toString();
  }

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
      // OPA prints string terms with Go's strconv.Quote (a tab as \t, a soft hyphen escaped), not as JSON.
      return s.value() instanceof StringValue str ? GoQuote.quote(str.value()) : ValueFormatter.json(s.value());
    }
    if (t instanceof Var v) {
      return v.isWildcard() && !exact ? "_" : v.name();
    }
    if (t instanceof Ref r) {
      return RefNames.dotted(r, x -> printRefOperand(x, exact));
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
