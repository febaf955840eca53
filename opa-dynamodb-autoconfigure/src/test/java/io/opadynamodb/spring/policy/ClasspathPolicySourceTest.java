package io.opadynamodb.spring.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathPolicySourceTest {
  @TempDir
  Path root;

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private PolicyBundle load() {
    return new ClasspathPolicySource(root.toUri().toString()).load();
  }

  private static Map<List<String>, String> dataByPath(PolicyBundle bundle) {
    return bundle.data().stream().collect(Collectors.toMap(DataDocument::path, d -> Json.write(d.value())));
  }

  @Test
  void dataFilesArePlacedAtTheirFolderRelativeToThePolicyRoot() throws IOException {
    write("rbac/data.json", "{\"a\": 1}");
    write("routing/data.yaml", "compute: [compute]\n");
    write("data.json", "{\"top\": true}");
    write("deep/er/extra.yml", "x: 2\n");
    assertThat(dataByPath(load())).containsOnly(
        Map.entry(List.of("rbac"), "{\"a\":1}"),
        Map.entry(List.of("routing"), "{\"compute\":[\"compute\"]}"),
        Map.entry(List.of(), "{\"top\":true}"),
        Map.entry(List.of("deep", "er"), "{\"x\":2}"));
  }

  @Test
  void regoModulesAreKeyedByLocationAndTestModulesAreLeftOut() throws IOException {
    write("compute/cpus.rego", "package policies.compute.cpus\n");
    write("compute/cpus_test.rego", "package policies.compute.cpus_test\n");
    assertThat(load().modules().keySet()).containsExactly(root.toUri() + "compute/cpus.rego");
    assertThat(new ClasspathPolicySource(root.toUri().toString(), true,
        new org.springframework.core.io.support.PathMatchingResourcePatternResolver()).load().modules()).hasSize(2);
  }

  @Test
  void revisionChangesWithContentOnly() throws IOException {
    write("p.rego", "package policies.p\n");
    String first = load().revision();
    assertThat(load().revision()).isEqualTo(first).startsWith("sha256:");
    write("p.rego", "package policies.p\nx := 1\n");
    assertThat(load().revision()).isNotEqualTo(first);
  }

  @Test
  void badDataFilesAreReportedByName() throws IOException {
    write("rbac/data.json", "{oops");
    write("other/data.yaml", "a: [1\n");
    assertThatThrownBy(this::load).isInstanceOf(PolicyLoadException.class)
        .satisfies(e -> assertThat(((PolicyLoadException) e).problems()).satisfiesExactly(
            p -> assertThat(p).contains("other/data.yaml: invalid YAML"),
            p -> assertThat(p).contains("rbac/data.json: invalid JSON")));
  }

  @Test
  void missingFolderIsAnEmptyBundle() {
    PolicyBundle bundle = new ClasspathPolicySource("classpath:no-such-folder/").load();
    assertThat(bundle.modules()).isEmpty();
    assertThat(bundle.data()).isEmpty();
  }

  @Test
  void classpathFolderIsRead() {
    PolicyBundle bundle = new ClasspathPolicySource("classpath:policies").load();
    assertThat(bundle.modules().keySet()).contains("classpath:policies/compute/cpus.rego");
    assertThat(bundle.data()).extracting(DataDocument::path).contains(List.of("rbac"));
  }
}
