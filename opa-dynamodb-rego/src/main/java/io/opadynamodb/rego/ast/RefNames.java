package io.opadynamodb.rego.ast;

import io.opadynamodb.rego.value.StringValue;

/** Helpers that turn refs into dotted names. */
public final class RefNames {
  private RefNames() {}

  /**
   * The ref as a dotted name when every operand is a string literal ({@code data.a.b}); other
   * operands are printed in brackets ({@code data.a[x]}).
   */
  public static String dotted(Ref ref) {
    return ref.dotted();
  }

  /** As {@link #dotted(Ref)}, printing operands other than names with {@code operand}. */
  static String dotted(Ref ref, java.util.function.Function<Term, String> operand) {
    if (ref.size() == 1 && ref.head() instanceof Var v) {
      // operators such as eq, plus, count: no copy, and the name keeps its cached hash
      return v.name();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ref.size(); i++) {
      Term t = ref.get(i);
      if (i == 0) {
        sb.append(t instanceof Var v ? v.name() : operand.apply(t));
      } else if (t instanceof Scalar s && s.value() instanceof StringValue str && printsWithDot(str.value())) {
        sb.append('.').append(str.value());
      } else {
        sb.append('[').append(operand.apply(t)).append(']');
      }
    }
    return sb.toString();
  }

  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("not", "package", "import", "as", "default",
      "else", "with", "null", "true", "false", "some", "if", "contains", "in", "every");

  /** OPA prints a ref operand as {@code .name} only for ASCII identifiers that are not keywords. */
  private static boolean printsWithDot(String s) {
    if (s.isEmpty() || KEYWORDS.contains(s)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** True when the string is a valid Rego identifier (letters, digits, underscore, not starting with a digit). */
  public static boolean isIdentifier(String s) {
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
