package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.testsupport.JsonResources;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random timestamps, zones and layouts formatted, parsed and durations parsed by OPA v1.22.2
 * ({@code system/time-oracle.json}), compared with our time built-ins.
 */
class TimeOracleTest {
  private final TestContext ctx = new TestContext();

  private Value call(String name, Value... args) {
    return TestContext.call(new TimeBuiltins(), ctx, name, args);
  }

  private static ObjectValue oracle() {
    return (ObjectValue) JsonResources.read("/system/time-oracle.json");
  }

  @Test
  void formatDateClockWeekdayMatchOpa() throws Exception {
    // Zone abbreviations come from the system tzdata, as in Go.
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(
        java.nio.file.Path.of("/usr/share/zoneinfo")), "no system tzdata");
    List<String> failures = new ArrayList<>();
    for (Value v : ((ArrayValue) oracle().get("format")).elements()) {
      ArrayValue in = (ArrayValue) ((ObjectValue) v).get("in");
      ArrayValue want = (ArrayValue) ((ObjectValue) v).get("want");
      ArrayValue nsTz = ArrayValue.of(in.get(0), in.get(1));
      Value got = ArrayValue.of(call("time.format", in), call("time.date", nsTz), call("time.clock", nsTz),
          call("time.weekday", nsTz));
      if (!want.equals(got)) {
        failures.add(ValueFormatter.rego(in) + ": want " + ValueFormatter.rego(want) + " got "
            + ValueFormatter.rego(got));
      }
    }
    failures.forEach(f -> System.out.println("TIME FAIL " + f));
    assertThat(failures).isEmpty();
  }

  @Test
  void parseMatchesOpa() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Value v : ((ArrayValue) oracle().get("parse")).elements()) {
      ObjectValue c = (ObjectValue) v;
      check(failures, "time.parse_ns", c, c.get("layout"), c.get("value"));
    }
    for (Value v : ((ArrayValue) oracle().get("durations")).elements()) {
      ObjectValue c = (ObjectValue) v;
      check(failures, "time.parse_duration_ns", c, c.get("value"));
    }
    failures.forEach(f -> System.out.println("TIME FAIL " + f));
    assertThat(failures).isEmpty();
  }

  private void check(List<String> failures, String name, ObjectValue c, Value... args) {
    String label = name + ValueFormatter.rego(ArrayValue.of(args));
    try {
      Value got = call(name, args);
      if (!got.equals(c.get("want"))) {
        failures.add(label + ": want " + c.get("want") + " got " + got);
      }
    } catch (BuiltinException e) {
      Value want = c.get("error");
      if (!(want instanceof StringValue s) || !s.value().equals(name + ": " + e.getMessage())) {
        failures.add(label + ": error " + e.getMessage() + " want " + (want == null ? c.get("want") : want));
      }
    }
  }
}
