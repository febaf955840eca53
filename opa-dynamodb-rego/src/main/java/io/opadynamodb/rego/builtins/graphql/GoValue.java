package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** gqlparser's {@code Value.Value(nil)} conversion, reduced to whether it fails (Go's strconv rules). */
final class GoValue {
  private GoValue() {}

  private static final BigDecimal MAX_FLOAT = new BigDecimal(Double.MAX_VALUE);

  /** False when converting the literal to a Go value errors (bad or out-of-range numbers, bad booleans). */
  static boolean convertible(Ast.Value v) {
    if (v == null) {
      return true;
    }
    switch (v.kind) {
      case Ast.INT:
        return parseInt(v.raw, 64) != null;
      case Ast.FLOAT:
        return parsesAsFloat(v.raw);
      case Ast.BOOLEAN:
        return switch (v.raw) {
          case "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False" -> true;
          default -> false;
        };
      case Ast.LIST:
        for (ChildValue c : v.children) {
          if (!convertible(c.value)) {
            return false;
          }
        }
        return true;
      case Ast.OBJECT:
        for (ChildValue c : v.children) {
          boolean unsetVariable = c.value != null && c.value.kind == Ast.VARIABLE
              && (c.value.variableDefinition == null || c.value.variableDefinition.defaultValue == null);
          if (!unsetVariable && !convertible(c.value)) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }

  /** {@code strconv.ParseInt(raw, 10, 32)} fails with a range (not syntax) error. */
  static boolean isIntegerOutOfInt32(String raw) {
    BigInteger n = parseInt(raw, Integer.MAX_VALUE);
    return n != null && n.bitLength() > 31;
  }

  /** Go's base-10 {@code ParseInt}: the value, or null on a syntax error or when it needs more than {@code bits}. */
  private static BigInteger parseInt(String raw, int bits) {
    if (!raw.matches("[+-]?[0-9]+")) {
      return null;
    }
    BigInteger n = new BigInteger(raw.startsWith("+") ? raw.substring(1) : raw);
    return n.bitLength() > bits - 1 ? null : n;
  }

  private static boolean parsesAsFloat(String raw) {
    String s = raw.startsWith("+") || raw.startsWith("-") ? raw.substring(1) : raw;
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")) {
      return true;
    }
    if (!s.matches("([0-9](_?[0-9])*)?\\.?[0-9]*([eE][+-]?[0-9]+)?") || !s.matches(".*[0-9].*")
        || s.contains("_")) {
      return false;
    }
    try {
      return new BigDecimal(s).abs().compareTo(MAX_FLOAT) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
