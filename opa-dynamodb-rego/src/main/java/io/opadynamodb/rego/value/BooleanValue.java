package io.opadynamodb.rego.value;

/** A Rego boolean; use {@link #TRUE}, {@link #FALSE} or {@link #of(boolean)}. */
public final class BooleanValue extends Value {
  public static final BooleanValue TRUE = new BooleanValue(true);
  public static final BooleanValue FALSE = new BooleanValue(false);

  private final boolean value;

  private BooleanValue(boolean value) {
    this.value = value;
  }

  public static BooleanValue of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public boolean value() {
    return value;
  }

  @Override
  int typeRank() {
    return 1;
  }

  @Override
  int compareSameType(Value other) {
    return Boolean.compare(value, ((BooleanValue) other).value);
  }

  @Override
  public String typeName() {
    return "boolean";
  }

  @Override
  public boolean isScalar() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o == this;
  }

  @Override
  public int hashCode() {
    return value ? 1231 : 1237;
  }
}
