package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Settings of one query evaluation.
 *
 * @param input the input document, or null when undefined
 * @param strictBuiltinErrors built-in errors stop evaluation instead of making the call undefined
 * @param deadlineNanos {@link System#nanoTime()} deadline, or 0 for none
 * @param cancelled polled during evaluation; true stops it with eval_cancel_error (may be null)
 * @param printer receives {@code print} output lines (may be null: print is then a no-op)
 * @param nowNanos the fixed clock of the query (epoch nanoseconds)
 * @param registry built-in implementations
 * @param sharedCache cache shared across evaluations of one policy set
 * @param runtime the value of {@code opa.runtime()}
 * @param allowNet the hosts built-ins may reach (capabilities' {@code allow_net}), or null for every host
 */
public record EvalConfig(Value input, boolean strictBuiltinErrors, long deadlineNanos, BooleanSupplier cancelled,
    Consumer<String> printer, long nowNanos, BuiltinRegistry registry, Map<Object, Object> sharedCache,
    ObjectValue runtime, Set<String> allowNet) {}
