package io.opadynamodb.rego.value;

/** The Rego {@code null}. */
public final class NullValue extends Value {
  /** The only instance. */
  public static final NullValue INSTANCE = new NullValue();

  private NullValue() {}

  @Override
  int typeRank() {
    return 0;
  }

  @Override
  int compareSameType(Value other) {
    return 0;
  }

  @Override
  public String typeName() {
    return "null";
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
    return 0;
  }
}
