package io.opadynamodb.rego.builtins.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

class UuidFamilyTest {
  private final BuiltinFunction rfc4122 = registry().get("uuid.rfc4122");

  private static BuiltinRegistry registry() {
    BuiltinRegistry r = new BuiltinRegistry();
    new UuidFamily().register(r);
    return r;
  }

  @Test
  void sameKeyGivesSameUuidWithinOneEvaluation() {
    TestContext ctx = new TestContext();
    Value a = rfc4122.call(ctx, new Value[] {StringValue.of("k")});
    Value b = rfc4122.call(ctx, new Value[] {StringValue.of("k")});
    Value c = rfc4122.call(ctx, new Value[] {StringValue.of("other")});
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void newEvaluationGivesNewUuid() {
    Value a = rfc4122.call(new TestContext(), new Value[] {StringValue.of("k")});
    TestContext other = new TestContext();
    other.random().nextInt();
    Value b = rfc4122.call(other, new Value[] {StringValue.of("k")});
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void isVersion4Rfc4122() {
    String s = ((StringValue) rfc4122.call(new TestContext(), new Value[] {StringValue.of("x")})).value();
    assertThat(s).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }
}
