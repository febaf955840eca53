package io.opadynamodb.rego;

/** A flag that stops running evaluations (with {@code eval_cancel_error}) once set. Thread-safe. */
public final class Cancellation {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
