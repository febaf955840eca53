package io.opadynamodb.dynamodb.store;

/** {@link Percentiles} for measurement classes in sub-packages. */
public final class PercentilesAccess {
  private final Percentiles p = new Percentiles();

  public void add(long nanos) {
    p.add(nanos);
  }

  public String summary(String what) {
    return p.summary(what);
  }
}
