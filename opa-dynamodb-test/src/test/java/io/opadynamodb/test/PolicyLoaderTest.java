package io.opadynamodb.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.EvalOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  @TempDir
  Path dir;

  @Test
  void unchangedFilesAreCompiledOnceAndAChangedFileAfresh() throws IOException {
    Path module = dir.resolve("p.rego");
    Files.writeString(module, "package p\n\nx := 1\n");
    List<PolicyRoot> roots = List.of(PolicyRoots.directory(dir));

    LoadedPolicies first = PolicyLoader.load(roots);
    LoadedPolicies again = PolicyLoader.load(roots);
    Files.writeString(module, "package p\n\nx := 2\n");
    LoadedPolicies changed = PolicyLoader.load(roots);

    assertThat(again.policies()).isSameAs(first.policies());
    assertThat(changed.policies()).isNotSameAs(first.policies());
    assertThat(changed.policies().evaluate("data.p.x", EvalOptions.defaults()).rows().get(0).expressions())
        .singleElement().hasToString("2");
  }

  @Test
  void anUnreadableRootIsAnErrorNamingIt() {
    Path missing = dir.resolve("missing");

    LoadedPolicies loaded = PolicyLoader.load(List.of(PolicyRoots.directory(missing)));

    assertThat(loaded.failed()).isTrue();
    assertThat(loaded.errors()).singleElement().asString().contains(missing.toString());
  }
}
