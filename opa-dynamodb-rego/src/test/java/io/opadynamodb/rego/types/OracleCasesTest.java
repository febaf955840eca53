package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Policies under {@code types/cases}, each with the output of {@code opa check} (v1.22.2) recorded
 * beside it: {@code NAME.expected} (error text, as OPA prints it) and {@code NAME.locs} (code, row
 * and column of each error).
 */
class OracleCasesTest {

  @TestFactory
  Stream<DynamicTest> matches_opa_check_output() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/types/cases").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".rego")).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path rego) throws IOException {
    String name = rego.getFileName().toString();
    String base = name.substring(0, name.length() - ".rego".length());
    String expected = Files.readString(rego.resolveSibling(base + ".expected")).strip();
    List<String> expectedLocs = Files.readAllLines(rego.resolveSibling(base + ".locs")).stream()
        .filter(l -> !l.isBlank()).toList();
    Module m = RegoParser.parseModule(name, Files.readString(rego), RegoVersion.V1);
    List<RegoError> errors = TypeChecker.check(List.of(m), TypeEnv.of(BuiltinDecls.standard()));
    List<String> lines = new ArrayList<>();
    List<String> locs = new ArrayList<>();
    for (RegoError e : errors) {
      lines.add(e.location().file() + ":" + e.location().row() + ": " + e.code() + ": " + e.message());
      locs.add(e.code() + " " + e.location().row() + " " + e.location().col());
    }
    assertThat(String.join("\n", lines)).isEqualTo(expected);
    assertThat(locs).isEqualTo(expectedLocs);
  }
}
