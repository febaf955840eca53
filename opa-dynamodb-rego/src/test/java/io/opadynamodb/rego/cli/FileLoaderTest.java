package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading -d paths as opa's loader does. */
class FileLoaderTest {
  @TempDir
  Path dir;

  @Test
  void dataInDirectoriesIsPlacedByDirectoryPathAndModulesAreKeptByFileName() throws Exception {
    write("root.json", "{\"top\": 1}");
    write("a/b/anything.json", "{\"x\": [1.0]}");
    write("a/more.yaml", "y: true\nz: [1, two]\n");
    write("a/policy.rego", "package a\n");
    write("a/notes.txt", "ignored in directories");

    LoadedFiles files = FileLoader.load(List.of(dir.toString()));

    assertThat(Json.write(files.data())).isEqualTo("{\"a\":{\"b\":{\"x\":[1.0]},\"y\":true,\"z\":[1,\"two\"]},\"top\":1}");
    assertThat(files.modules()).containsOnlyKeys(dir + "/a/policy.rego");
  }

  @Test
  void aFileGivenDirectlyGoesToTheRootOfData() throws Exception {
    Path f = write("x/data.json", "{\"k\": \"v\"}");

    LoadedFiles files = FileLoader.load(List.of(f.toString()));

    assertThat(Json.write(files.data())).isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void overlappingValuesFromTwoFilesConflict() throws Exception {
    Path one = write("one.json", "{\"a\": {\"b\": 1}}");
    Path two = write("two.json", "{\"a\": {\"b\": 1}}");

    assertThatThrownBy(() -> FileLoader.load(List.of(one.toString(), two.toString())))
        .isInstanceOf(LoadException.class)
        .hasMessage(two + ": merge error: conflicting values at data.a.b, also defined in " + one);
  }

  @Test
  void everyProblemIsReported() throws Exception {
    Path one = write("one.json", "{\"a\": 1}");
    Path two = write("two.json", "{\"a\": 2}");
    Path three = write("three.json", "{\"a\": 3}");

    assertThatThrownBy(() -> FileLoader.load(List.of(one.toString(), two.toString(), three.toString(), dir + "/nope")))
        .isInstanceOfSatisfying(LoadException.class, e -> assertThat(e.messages()).containsExactly(
            two + ": merge error: conflicting values at data.a, also defined in " + one,
            three + ": merge error: conflicting values at data.a, also defined in " + one,
            "stat " + dir + "/nope: no such file or directory"));
  }

  @Test
  void objectsFromTwoFilesMerge() throws Exception {
    Path one = write("one.json", "{\"a\": {\"b\": 1}}");
    Path two = write("two.json", "{\"a\": {\"c\": 2}}");

    LoadedFiles files = FileLoader.load(List.of(one.toString(), two.toString(), one.toString()));

    assertThat(Json.write(files.data())).isEqualTo("{\"a\":{\"b\":1,\"c\":2}}");
  }

  @Test
  void badDocumentsAreReportedWithTheirFileName() throws Exception {
    Path array = write("arr.json", "[1]");
    Path broken = write("broken.json", "{bad");

    assertThatThrownBy(() -> FileLoader.load(List.of(array.toString()))).hasMessageStartingWith(array + ": ");
    assertThatThrownBy(() -> FileLoader.load(List.of(broken.toString()))).hasMessageStartingWith(broken + ": ");
    assertThatThrownBy(() -> FileLoader.load(List.of(dir + "/missing.rego")))
        .hasMessage("stat " + dir + "/missing.rego: no such file or directory");
  }

  @Test
  void checkIgnoresDataFiles() throws Exception {
    write("d/data.json", "{bad");
    write("d/p.rego", "package p\n");

    LoadedFiles files = FileLoader.load(List.of(dir + "/d"), true);

    assertThat(files.modules()).hasSize(1);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }
}
