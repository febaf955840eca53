package io.opadynamodb.rego.bench;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.PreparedQuery;
import io.opadynamodb.rego.value.BooleanValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One decision of a seed policy (RBAC or ABAC) on a small or a 10,000-user data set.
 *
 * <p>{@link #evaluate} is measured the way {@code opa bench} measures OPA: the policy and data are
 * compiled and the query prepared once; each operation evaluates the prepared query against the already
 * parsed input (OPA's {@code rego.ParsedInput}). {@link #evaluateParsingInput} also parses the input JSON
 * on every operation, as a service receiving a new request does; OPA has no counterpart in the table.
 *
 * <p>The cases are the directories written by {@code scripts/bench/gen_data.py}:
 * {@code <bench.dir>/<policy>/<dataset>/{policy.rego,data.json,input.json,query.txt}}; the system property
 * {@code bench.dir} says where they are. Run everything with {@code scripts/bench.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SeedPolicyBenchmark {

    @Param({"rbac", "abac"})
    public String policy;

    @Param({"small", "10k"})
    public String dataset;

    private PreparedQuery query;
    private EvalOptions options;
    private String inputJson;

    @Setup
    public void prepare() throws IOException {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-data")).resolve(policy).resolve(dataset);
        PolicySet policies = PolicySet.builder()
                .module(dir.resolve("policy.rego").toString(), Files.readString(dir.resolve("policy.rego")))
                .dataJson(Files.readString(dir.resolve("data.json")))
                .build();
        query = policies.prepare(Files.readString(dir.resolve("query.txt")).strip());
        inputJson = Files.readString(dir.resolve("input.json"));
        options = EvalOptions.builder().inputJson(inputJson).build();
        // Every case is built so that the request is allowed: measuring a wrong answer would be pointless.
        EvalResult first = query.evaluate(options);
        if (first.rows().isEmpty() || first.rows().get(0).expressions().get(0) != BooleanValue.TRUE) {
            throw new IllegalStateException(policy + "/" + dataset + " is not allowed by our engine: " + first);
        }
    }

    @Benchmark
    public EvalResult evaluate() {
        return query.evaluate(options);
    }

    @Benchmark
    public EvalResult evaluateParsingInput() {
        return query.evaluate(EvalOptions.builder().inputJson(inputJson).build());
    }
}
