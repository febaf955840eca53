package io.opadynamodb.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A Rego number: exact, arbitrary-size, and compared by numeric value ({@code 1 == 1.0}).
 *
 * <p>Integers that fit a {@code long} take a fast path; every other number is a {@link BigDecimal}.
 * A number read from source or JSON keeps its literal text, so {@code 1.0} is printed back as
 * {@code 1.0}, as OPA does; computed numbers are printed in canonical form.
 */
public final class NumberValue extends Value {
  private static final NumberValue[] SMALL = new NumberValue[1024 + 128];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new NumberValue(i - 128, null, null);
    }
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** Set when {@link #big} is null: the exact integer value. */
  private final long small;
  /** Null for the long fast path. */
  private final BigDecimal big;
  /** The literal text this number was read from, or null for computed numbers. */
  private final String text;
  private int hash;

  private NumberValue(long small, BigDecimal big, String text) {
    this.small = small;
    this.big = big;
    this.text = text;
  }

  public static NumberValue of(long v) {
    if (v >= -128 && v < SMALL.length - 128) {
      return SMALL[(int) v + 128];
    }
    return new NumberValue(v, null, null);
  }

  public static NumberValue of(BigInteger v) {
    return v.bitLength() < 64 ? of(v.longValue()) : new NumberValue(0, new BigDecimal(v), null);
  }

  /** A computed number; integral values that fit a long take the fast path. */
  public static NumberValue of(BigDecimal v) {
    if (fitsLong(v)) {
      return of(v.longValueExact());
    }
    return new NumberValue(0, v, null);
  }

  /** A double converted exactly through its shortest decimal representation. */
  public static NumberValue of(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new ArithmeticException("number is not finite: " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
      return of((long) v);
    }
    return of(new BigDecimal(Double.toString(v)));
  }

  /**
   * Parses a JSON/Rego number literal and keeps its text for printing.
   *
   * @throws NumberFormatException if the text is not a number
   */
  public static NumberValue parse(String literal) {
    boolean plainInt = !literal.isEmpty();
    for (int i = 0; i < literal.length() && plainInt; i++) {
      char c = literal.charAt(i);
      plainInt = (c >= '0' && c <= '9') || (i == 0 && c == '-' && literal.length() > 1);
    }
    if (plainInt && literal.length() < 19) {
      // OPA keeps "-0" as written (json.marshal(-0) is "-0").
      return literal.equals("-0") ? new NumberValue(0, null, literal) : of(Long.parseLong(literal));
    }
    BigDecimal d = new BigDecimal(literal);
    if (plainInt && fitsLong(d)) {
      return of(d.longValueExact());
    }
    return new NumberValue(fitsLong(d) ? d.longValueExact() : 0, fitsLong(d) ? null : d, literal);
  }

  private static boolean fitsLong(BigDecimal d) {
    if (d.signum() == 0) {
      return true;
    }
    if (d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
      return false;
    }
    if (d.precision() - d.scale() > 19) {
      return false;
    }
    return d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0;
  }

  /** True when the value is an integer that fits a long. */
  public boolean isLong() {
    return big == null;
  }

  /** True when the value is integral (whatever its size). */
  public boolean isInteger() {
    return big == null || big.signum() == 0 || big.stripTrailingZeros().scale() <= 0;
  }

  /** The exact value as a long; only valid when {@link #isLong()}. */
  public long longValue() {
    return big == null ? small : big.longValue();
  }

  /** The exact value. */
  public BigDecimal bigDecimalValue() {
    return big == null ? BigDecimal.valueOf(small) : big;
  }

  /** The value as a double (may lose precision). */
  public double doubleValue() {
    return big == null ? (double) small : big.doubleValue();
  }

  /** The integer value, or null when the number is not integral. */
  public BigInteger bigIntegerValueOrNull() {
    if (big == null) {
      return BigInteger.valueOf(small);
    }
    return isInteger() ? big.toBigIntegerExact() : null;
  }

  /** The literal text this number was read from, or null when it was computed. */
  public String literalText() {
    return text;
  }

  /** The number as JSON text: its literal text if it has one, else the canonical form. */
  public String toJsonText() {
    if (text != null) {
      return text;
    }
    return big == null ? Long.toString(small) : canonical(big);
  }

  static String canonical(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() <= 0) {
      return s.scale() > -64 ? s.toPlainString() : s.toString().replace("E+", "e+");
    }
    if (s.scale() < 64) {
      return s.toPlainString();
    }
    return s.toString().replace("E", "e");
  }

  @Override
  int typeRank() {
    return 2;
  }

  @Override
  int compareSameType(Value other) {
    NumberValue o = (NumberValue) other;
    if (big == null && o.big == null) {
      return Long.compare(small, o.small);
    }
    return bigDecimalValue().compareTo(o.bigDecimalValue());
  }

  @Override
  public String typeName() {
    return "number";
  }

  @Override
  public boolean isScalar() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NumberValue n)) {
      return false;
    }
    if (big == null && n.big == null) {
      return small == n.small;
    }
    return compareSameType(n) == 0;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      if (big == null) {
        h = Long.hashCode(small);
      } else {
        h = big.stripTrailingZeros().hashCode();
      }
      h = h == 0 ? 1 : h;
      hash = h;
    }
    return h;
  }
}
