package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON nested up to Go's decoder limit (10000 levels, as opa v1.22.2 accepts: {@code opa eval -i
 * deep.json 'input.a.a'}) is read, evaluated and written back; one level more is refused with Go's
 * message ({@code json.unmarshal: invalid character '[' exceeded max depth} from the same oracle).
 * {@code yaml.unmarshal} has go-yaml's limits: 10000 flow and 10000 block levels.
 */
class DeepDocumentsTest {
  private static String objects(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private static String arrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void tenThousandLevelsAreReadAndWrittenBack() {
    assertThat(Json.write(Json.parse(objects(10_000)))).isEqualTo(objects(10_000));
    assertThat(Json.write(Json.parse(arrays(10_000)))).isEqualTo(arrays(10_000));
  }

  @Test
  void oneLevelMoreIsGosMaxDepthError() {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> Json.parse(arrays(10_001)));
    assertThat(e.detail()).isEqualTo("invalid character '[' exceeded max depth");
    e = catchThrowableOfType(JsonFormatException.class, () -> Json.parse(objects(10_001)));
    assertThat(e.detail()).isEqualTo("invalid character '{' exceeded max depth");
  }

  @Test
  void jsonUnmarshalAndIsValidShareTheLimit() {
    String input = "{\"deep\": \"" + arrays(10_001) + "\", \"ok\": \"" + arrays(10_000) + "\"}";
    EvalOptions strict = EvalOptions.builder().inputJson(input).strictBuiltinErrors(true).build();
    PolicySet none = PolicySet.builder().build();
    assertThat(none.evaluate("[count(json.unmarshal(input.ok)), json.is_valid(input.ok), json.is_valid(input.deep)]",
        strict).rows().get(0).expressions().get(0).toString()).isEqualTo("[1, true, false]");
    EvaluationException e = catchThrowableOfType(EvaluationException.class,
        () -> none.evaluate("json.unmarshal(input.deep)", strict));
    assertThat(e.errors().get(0).message()).isEqualTo("json.unmarshal: invalid character '[' exceeded max depth");
  }

  @Test
  void aTenThousandLevelInputIsEvaluatedAndItsResultWrittenAsJson() {
    PolicySet policies = PolicySet.builder()
        .module("deep.rego", "package deep\n\ninner := input.a.a.a\n\nwhole := input\n").build();
    EvalOptions options = EvalOptions.builder().inputJson(objects(10_000)).build();
    Value inner = policies.evaluate("data.deep.inner", options).rows().get(0).expressions().get(0);
    assertThat(Json.write(inner)).isEqualTo(objects(9_997));
    Value whole = policies.evaluate("data.deep.whole", options).rows().get(0).expressions().get(0);
    assertThat(Json.write(whole)).isEqualTo(objects(10_000));
  }

  private static String blockMappings(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth - 1; i++) {
      sb.append("  ".repeat(i)).append("a:\n");
    }
    return sb.append("  ".repeat(depth - 1)).append("a: 1\n").toString();
  }

  @Test
  void yamlUnmarshalHasGoYamlsLimits() {
    // opa v1.22.2: opa eval -i docs.json --strict-builtin-errors 'count(yaml.unmarshal(input.<doc>))'
    String input = Json.write(ObjectValue.of(Map.of(
        StringValue.of("s10000"), StringValue.of(arrays(10_000)),
        StringValue.of("s10001"), StringValue.of(arrays(10_001)),
        StringValue.of("m10000"),
        StringValue.of("{a: ".repeat(10_000) + "1" + "}".repeat(10_000)),
        StringValue.of("b10000"), StringValue.of(blockMappings(10_000)),
        StringValue.of("b10001"),
        StringValue.of(blockMappings(10_001)))));
    EvalOptions strict = EvalOptions.builder().inputJson(input).strictBuiltinErrors(true).build();
    PolicySet none = PolicySet.builder().build();
    assertThat(none.evaluate("[count(yaml.unmarshal(input.s10000)), count(yaml.unmarshal(input.m10000)), "
        + "count(yaml.unmarshal(input.b10000))]", strict).rows().get(0).expressions().get(0).toString())
        .isEqualTo("[1, 1, 1]");
    EvaluationException flow = catchThrowableOfType(EvaluationException.class,
        () -> none.evaluate("yaml.unmarshal(input.s10001)", strict));
    assertThat(flow.errors().get(0).message()).isEqualTo("yaml.unmarshal: yaml: exceeded max depth of 10000");
    EvaluationException block = catchThrowableOfType(EvaluationException.class,
        () -> none.evaluate("yaml.unmarshal(input.b10001)", strict));
    assertThat(block.errors().get(0).message())
        .isEqualTo("yaml.unmarshal: yaml: line 10001: exceeded max depth of 10000");
  }
}
