package io.opadynamodb.rego;

import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Per-evaluation options: input, strictness, limits, print output and the clock. Immutable. */
public final class EvalOptions {
  private static final EvalOptions DEFAULTS = builder().build();

  private final Value input;
  private final boolean strictBuiltinErrors;
  private final Duration timeout;
  private final Cancellation cancellation;
  private final Consumer<String> printer;
  private final Instant now;

  private EvalOptions(Builder b) {
    this.input = b.input;
    this.strictBuiltinErrors = b.strictBuiltinErrors;
    this.timeout = b.timeout;
    this.cancellation = b.cancellation;
    this.printer = b.printer;
    this.now = b.now;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No input, non-strict, no limits. */
  public static EvalOptions defaults() {
    return DEFAULTS;
  }

  /** The input document, or null when undefined. */
  public Value input() {
    return input;
  }

  public boolean strictBuiltinErrors() {
    return strictBuiltinErrors;
  }

  public Duration timeout() {
    return timeout;
  }

  public Cancellation cancellation() {
    return cancellation;
  }

  public Consumer<String> printer() {
    return printer;
  }

  public Instant now() {
    return now;
  }

  /** Builds {@link EvalOptions}. */
  public static final class Builder {
    private Value input;
    private boolean strictBuiltinErrors;
    private Duration timeout;
    private Cancellation cancellation;
    private Consumer<String> printer;
    private Instant now;

    /** The input: a {@link Value}, Jackson tree, Map, List or scalar. */
    public Builder input(Object input) {
      this.input = input == null ? null : JavaValues.fromJava(input);
      return this;
    }

    /** The input as JSON text; invalid JSON is a {@link RegoException} ({@code rego_input_error}). */
    public Builder inputJson(String json) {
      try {
        this.input = Json.parse(json);
      } catch (JsonFormatException e) {
        throw new RegoException(new RegoError("rego_input_error", "invalid input JSON: " + e.getMessage(), null));
      }
      return this;
    }

    public Builder strictBuiltinErrors(boolean strict) {
      this.strictBuiltinErrors = strict;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder cancellation(Cancellation cancellation) {
      this.cancellation = cancellation;
      return this;
    }

    /** Receives {@code print()} output lines; without a printer, print is a no-op. */
    public Builder printer(Consumer<String> printer) {
      this.printer = printer;
      return this;
    }

    /** The clock of the evaluation ({@code time.now_ns}); defaults to the current time. */
    public Builder now(Instant now) {
      this.now = now;
      return this;
    }

    public EvalOptions build() {
      return new EvalOptions(this);
    }
  }
}
