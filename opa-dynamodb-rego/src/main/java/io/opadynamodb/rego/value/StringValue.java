package io.opadynamodb.rego.value;

/**
 * A Rego string. Strings compare by Unicode code point, which is the byte order of their UTF-8
 * encoding, as in OPA.
 */
public final class StringValue extends Value {
  private static final StringValue EMPTY = new StringValue("");

  private final String value;
  private int hash;

  private StringValue(String value) {
    this.value = value;
  }

  public static StringValue of(String s) {
    return s.isEmpty() ? EMPTY : new StringValue(s);
  }

  public String value() {
    return value;
  }

  @Override
  int typeRank() {
    return 3;
  }

  @Override
  int compareSameType(Value other) {
    return compareCodePoints(value, ((StringValue) other).value);
  }

  /** Compares two strings by code point (UTF-8 byte order), not by UTF-16 unit. */
  public static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        boolean sa = Character.isSurrogate(ca);
        boolean sb = Character.isSurrogate(cb);
        if (sa == sb) {
          return Character.compare(ca, cb);
        }
        // A surrogate (a code point above U+FFFF) sorts after every BMP character.
        return sa ? 1 : -1;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public boolean isScalar() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof StringValue s && s.value.equals(value));
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = value.hashCode() * 31 + 7;
      hash = h;
    }
    return h;
  }
}
