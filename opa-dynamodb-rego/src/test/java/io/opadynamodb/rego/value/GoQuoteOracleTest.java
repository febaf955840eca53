package io.opadynamodb.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.builtins.testsupport.JsonResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place that quotes a string the Go way, on tricky strings, against opa v1.22.2's recorded
 * output ({@code value/goquote-oracle.json}, written by {@code scripts/record-goquote-oracle.py}):
 * {@code sprintf} {@code %q}, {@code %+q} and {@code %v} (strconv.Quote), {@code to_number} errors
 * (strconv.Quote), {@code time.parse_ns} and {@code time.parse_duration_ns} errors (the time
 * package's own quoting, or strconv.Quote for OPA's extended durations) and a ref in a type error.
 */
class GoQuoteOracleTest {
  private static final String MODULE = """
      package quote
      q := sprintf("%q", [input.s])
      ascii := sprintf("%+q", [input.s])
      v := sprintf("%v", [[input.s, {input.s: {input.s}}]])
      """;
  private static final Map<String, String> ERROR_QUERIES = Map.of(
      "duration", "time.parse_duration_ns(input.s)",
      "to_number", "to_number(input.s)",
      "time_parse", "time.parse_ns(\"2006\", input.s)");

  static Stream<ObjectValue> cases() {
    ArrayValue all = JsonResources.cases("/value/goquote-oracle.json");
    List<ObjectValue> cases = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      cases.add((ObjectValue) all.get(i));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void quotesAsOpa(ObjectValue c) {
    StringValue s = (StringValue) c.get(StringValue.of("s"));
    ObjectValue probes = (ObjectValue) c.get(StringValue.of("probes"));
    ObjectValue input = ObjectValue.of(Map.of(StringValue.of("s"), s));
    Map<String, Object> got = new TreeMap<>();
    Map<String, Object> want = new TreeMap<>();
    Value values = eval(PolicySet.builder().module("quote.rego", MODULE).build(), "data.quote", input);
    for (String name : List.of("q", "ascii", "v")) {
      got.put(name, ((ObjectValue) values).get(StringValue.of(name)));
    }
    for (Map.Entry<String, String> e : ERROR_QUERIES.entrySet()) {
      got.put(e.getKey(), errorOf(() -> eval(PolicySet.builder().build(), e.getValue(), input)));
    }
    String module = "package quote\nr := {\"a\": 1}\nx := r[" + asciiLiteral(s.value()) + "].b\n";
    got.put("term", errorOf(() -> PolicySet.builder().module("term.rego", module).build()));
    for (int i = 0; i < probes.size(); i++) {
      ObjectValue p = (ObjectValue) probes.valueAt(i);
      Value v = p.get(StringValue.of("value"));
      want.put(((StringValue) probes.keyAt(i)).value(),
          v != null ? v : ((StringValue) p.get(StringValue.of("error"))).value());
    }
    assertThat(got).as("quoting of %s", Json.quote(s.value())).isEqualTo(want);
  }

  private static Value eval(PolicySet policies, String query, ObjectValue input) {
    EvalOptions options = EvalOptions.builder().input(input).strictBuiltinErrors(true).build();
    return policies.prepare(query).evaluate(options).rows().get(0).expressions().get(0);
  }

  /** A Rego string literal with every non-ASCII char escaped, as the recorder's json.dumps writes it. */
  private static String asciiLiteral(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : Json.quote(s).toCharArray()) {
      sb.append(c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  private static String errorOf(Runnable r) {
    try {
      r.run();
      return "no error";
    } catch (RegoException e) {
      String message = e.errors().get(0).message();
      return message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message; // without details
    }
  }
}
