package io.opadynamodb.spring.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.BooleanValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code test_*} rule of {@code router/router_test.rego} against the shipped router, one test each. */
class RouterRegoTestsTest {
  private static final String TESTS = "/router/router_test.rego";

  @TestFactory
  Stream<DynamicTest> routerRegoTests() throws IOException {
    String source = read(TESTS);
    PolicySet set = PolicySet.builder()
        .module(RouterModule.PATH, RouterModule.source())
        .module("router_test.rego", source)
        .build();
    Module tests = set.modules().stream().filter(m -> m.file().equals("router_test.rego")).findFirst().orElseThrow();
    List<String> names = tests.rules().stream().map(RouterRegoTestsTest::name)
        .filter(n -> n.startsWith("test_")).distinct().toList();
    assertThat(names).hasSizeGreaterThan(10);
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      EvalResult result = set.evaluate("data.opadynamodb.router_test." + name, EvalOptions.defaults());
      assertThat(result.isUndefined()).as("%s is undefined (failed)", name).isFalse();
      assertThat(result.rows().get(0).expressions().get(0)).isEqualTo(BooleanValue.TRUE);
    }));
  }

  private static String name(Rule rule) {
    return rule.head().ref().get(0) instanceof Var v ? v.name() : "";
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = RouterRegoTestsTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
