package io.opadynamodb.rego.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionsTest {
  private static final Path SNAPSHOT_CASE = Path.of("/w/shared/rego-compliance/opa-v0/jwtencodesign/t.yaml");
  private static final Path CURRENT_CASE = Path.of("/go/opa/v1/test/cases/testdata/v0/jwtencodesign/t.yaml");

  private final Exclusions exclusions = Exclusions.parse(List.of(
      "# comment",
      "opa-v0:jwtencodesign/https://tools.ietf.org/html/rfc7515#appendix-A.1 # older token",
      "time/time caching # everywhere",
      "opa-v0:message \"complete rules must not produce multiple outputs\" => \"produced conflicting values\" # reworded",
      "opa-v0:module \"\"Value\": {\" => \"\"Value\": {\"New\": false, \" # field added"));

  @Test
  void scoped_entries_apply_only_under_their_folder() {
    String key = "jwtencodesign/https://tools.ietf.org/html/rfc7515#appendix-A.1";
    assertThat(exclusions.excludes(SNAPSHOT_CASE, key)).isTrue();
    assertThat(exclusions.excludes(CURRENT_CASE, key)).isFalse();
  }

  @Test
  void unscoped_entries_apply_everywhere() {
    assertThat(exclusions.excludes(SNAPSHOT_CASE, "time/time caching")).isTrue();
    assertThat(exclusions.excludes(CURRENT_CASE, "time/time caching")).isTrue();
    assertThat(exclusions.excludes(CURRENT_CASE, "time/other")).isFalse();
  }

  @Test
  void reworded_messages_replace_the_expected_text_in_scope_only() {
    String old = "complete rules must not produce multiple outputs";
    assertThat(exclusions.expectedError(SNAPSHOT_CASE, old)).isEqualTo("produced conflicting values");
    assertThat(exclusions.expectedError(CURRENT_CASE, old)).isEqualTo(old);
    assertThat(exclusions.excludes(SNAPSHOT_CASE, "message")).isFalse();
  }

  @Test
  void module_rewrites_change_module_texts_in_scope_only() {
    String module = "p := {\"Value\": {\"Kind\": 1}}";
    assertThat(exclusions.moduleText(SNAPSHOT_CASE, module)).isEqualTo("p := {\"Value\": {\"New\": false, \"Kind\": 1}}");
    assertThat(exclusions.moduleText(CURRENT_CASE, module)).isEqualTo(module);
    assertThat(exclusions.expectedError(SNAPSHOT_CASE, module)).isEqualTo(module);
  }
}
