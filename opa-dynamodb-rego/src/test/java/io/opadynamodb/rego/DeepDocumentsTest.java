package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON nested up to Go's decoder limit (10000 levels, as opa v1.22.2 accepts: {@code opa eval -i
 * deep.json 'input.a.a'}) is read, evaluated and written back; one level more is refused with Go's
 * message ({@code json.unmarshal: invalid character '[' exceeded max depth} from the same oracle).
 * {@code yaml.unmarshal} has go-yaml's limits: 10000 flow and 10000 block levels, then JSON's.
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
  void jsonUnmarshalWordsErrorsInDeepTextAsGo() {
    // opa v1.22.2: a syntax error 9000 levels down, and a trailing null Go's decoder ignores
    EvalOptions strict = EvalOptions.builder().input(Map.of("bad", "[".repeat(9_000) + "x",
        "trail", arrays(9_000) + " null")).strictBuiltinErrors(true).build();
    PolicySet none = PolicySet.builder().build();
    EvaluationException e = catchThrowableOfType(EvaluationException.class,
        () -> none.evaluate("json.unmarshal(input.bad)", strict));
    assertThat(e.errors().get(0).message())
        .isEqualTo("json.unmarshal: invalid character 'x' looking for beginning of value");
    assertThat(none.evaluate("count(json.unmarshal(input.trail))", strict).rows().get(0).expressions().get(0)
        .toString()).isEqualTo("1");
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

  /**
   * go-yaml's limits and then OPA's JSON decoder's on the converted value, recorded from opa v1.22.2:
   * {@code opa eval -i docs.json --strict-builtin-errors 'count(yaml.unmarshal(input.<doc>))'}.
   */
  @Test
  void yamlUnmarshalHasGoYamlsAndThenJsonsLimits() {
    Map<String, String> docs = new java.util.LinkedHashMap<>();
    Map<String, String> want = new java.util.LinkedHashMap<>();
    docs.put("flow", arrays(10_000));
    want.put("flow", "1");
    docs.put("flowMaps", "{a: ".repeat(10_000) + "1" + "}".repeat(10_000));
    want.put("flowMaps", "1");
    docs.put("flowTooDeep", "\n\n" + arrays(10_001));
    want.put("flowTooDeep", "yaml.unmarshal: yaml: line 3: exceeded max depth of 10000");
    docs.put("block", "- ".repeat(10_000) + "1");
    want.put("block", "1");
    docs.put("blockTooDeep", "- ".repeat(10_001) + "1");
    want.put("blockTooDeep", "yaml.unmarshal: yaml: exceeded max depth of 10000");
    // an indentless sequence adds no yaml indent, but one JSON level too many
    docs.put("indentless", "x:\n" + "- ".repeat(10_000) + "1");
    want.put("indentless", "yaml.unmarshal: invalid character '[' exceeded max depth");
    PolicySet none = PolicySet.builder().build();
    Map<String, String> got = new java.util.LinkedHashMap<>();
    docs.forEach((name, doc) -> {
      EvalOptions strict = EvalOptions.builder().input(Map.of("doc", doc)).strictBuiltinErrors(true).build();
      try {
        got.put(name, none.evaluate("count(yaml.unmarshal(input.doc))", strict).rows().get(0).expressions().get(0)
            .toString());
      } catch (EvaluationException e) {
        got.put(name, e.errors().get(0).message());
      }
    });
    assertThat(got).isEqualTo(want);
  }
}
