package io.opadynamodb.rego.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBuiltinsRegistrationTest {
  static final List<String> NAMES = List.of("concat", "contains", "endswith", "format_int", "indexof", "indexof_n",
      "lower", "replace", "split", "sprintf", "startswith", "strings.any_prefix_match", "strings.any_suffix_match",
      "strings.count", "strings.replace_n", "strings.reverse", "strings.split_n", "substring", "trim", "trim_left",
      "trim_prefix", "trim_right", "trim_space", "trim_suffix", "upper", "re_match",
      "regex.find_all_string_submatch_n", "regex.find_n", "regex.globs_match", "regex.is_valid", "regex.match",
      "regex.replace", "regex.split", "regex.template_match", "glob.match", "glob.quote_meta",
      "internal.template_string");

  @Test
  void everyTextBuiltinIsInTheStandardRegistry() {
    BuiltinRegistry r = StandardBuiltins.registry();
    assertThat(NAMES).allSatisfy(n -> assertThat(r.contains(n)).as(n).isTrue());
  }

  @Test
  void everyTextBuiltinIsDeclaredInOpaCapabilities() throws IOException {
    String caps;
    try (InputStream in = getClass().getResourceAsStream("/opa-capabilities-v1.22.2.json")) {
      caps = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(NAMES).allSatisfy(n -> assertThat(caps).as(n).contains("\"name\": \"" + n + "\""));
  }
}
