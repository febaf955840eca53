package io.opadynamodb.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class PolicyTestEngineTest {

  @Test
  void runsEachTestRuleAndReportsPassFailErrorAndSkip() {
    Events tests = run(fixture("mixed")).testEvents();

    tests.assertStatistics(s -> s.skipped(1).started(5).succeeded(2).failed(3));
    assertThat(names(tests.succeeded())).containsExactlyInAnyOrder(
        "test_reads_data_placed_by_folder", "test_bob_is_not_admin");
    assertThat(names(tests.skipped())).containsExactly("todo_test_later");
    assertThat(names(tests.failed())).containsExactlyInAnyOrder(
        "test_evaluates_to_false", "test_is_undefined", "test_errors");
  }

  @Test
  void aFailureNamesTheRuleAndItsFileRowAndColumn() {
    Path mixed = fixture("mixed");
    Throwable failure = failureOf(run(mixed), "test_evaluates_to_false");

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessage("FAIL data.mixed_test.test_evaluates_to_false (" + mixed + "/mixed_test.rego:8:1): "
            + "evaluated to false");
    assertThat(failure.getStackTrace()).isEmpty();
  }

  @Test
  void anUndefinedTestFailsAndShowsItsPrintOutput() {
    Throwable failure = failureOf(run(fixture("mixed")), "test_is_undefined");

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("data.mixed_test.test_is_undefined (")
        .hasMessageContaining("mixed_test.rego:10:1): is undefined")
        .hasMessageEndingWith("print output:\n  " + fixture("mixed") + "/mixed_test.rego:11:2: looking for nobody");
  }

  @Test
  void anEvaluationErrorIsReportedAsAnErrorWithItsLocation() {
    Throwable failure = failureOf(run(fixture("mixed")), "test_errors");

    assertThat(failure).isInstanceOf(PolicyTestError.class)
        .hasMessageStartingWith("ERROR data.mixed_test.test_errors (" + fixture("mixed") + "/mixed_test.rego:19:1): ")
        .hasMessageEndingWith(fixture("mixed") + "/mixed_test.rego:17:1: eval_conflict_error: "
            + "rule data.mixed_test.conflict produced conflicting values");
  }

  @Test
  void testsPointAtTheirRuleInTheirFile() {
    Path mixed = fixture("mixed");
    Event passed = run(mixed).testEvents().succeeded().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals("test_bob_is_not_admin"))
        .findFirst().orElseThrow();
    TestDescriptor test = passed.getTestDescriptor();

    FileSource source = (FileSource) test.getSource().orElseThrow();
    assertThat(source.getFile().toPath()).isEqualTo(mixed.resolve("more/other_test.rego"));
    assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(3);
    TestDescriptor file = test.getParent().orElseThrow();
    // Surefire counts only tests under a class container: the file stands as one, named after its path
    assertThat(((ClassSource) file.getSource().orElseThrow()).getClassName())
        .isEqualTo(file.getDisplayName())
        .isEqualTo(PolicyFileDescriptor.reportName(mixed + "/more/other_test.rego"))
        .endsWith(".fixtures.mixed.more.other_test.rego")
        .doesNotStartWith(".");
  }

  @Test
  void policiesThatDoNotCompileFailOneTestListingTheErrors() {
    Path broken = fixture("broken");
    EngineExecutionResults results = run(broken);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(failureOf(results, "policies load and compile"))
        .hasMessageContaining(broken + "/broken.rego:4:3: rego_unsafe_var_error: var x is unsafe");
  }

  @Test
  void badAndConflictingDataFilesAreNamed() {
    Path bad = fixture("baddata");
    Throwable failure = failureOf(run(bad), "policies load and compile");

    assertThat(failure).hasMessageContaining("(2 errors)")
        .hasMessageContaining(bad + "/b/data.json: invalid JSON")
        .hasMessageContaining(bad + "/data.json: data.a.x is also defined by another data file");
  }

  @Test
  void aRunOfTheProjectsTestsRunsThePoliciesOnTheClassPath() {
    Events tests = EngineTestKit.engine(new PolicyTestEngine())
        .selectors(selectClass(PolicyTestEngineTest.class))
        .execute().testEvents();

    tests.assertStatistics(s -> s.started(2).succeeded(2));
    Event first = tests.succeeded().list().get(0);
    ClasspathResourceSource source = (ClasspathResourceSource) first.getTestDescriptor().getSource().orElseThrow();
    assertThat(source.getClasspathResourceName()).isEqualTo("policies/example/allow_test.rego");
    assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(5);
  }

  @Test
  void aUniqueIdSelectsOneTest() {
    UniqueId id = UniqueId.forEngine(PolicyTestEngine.ENGINE_ID)
        .append(PolicyFileDescriptor.SEGMENT, "policies/example/allow_test.rego")
        .append(PolicyTestDescriptor.SEGMENT, "data.example_test.test_others_are_denied");

    Events tests = EngineTestKit.engine(new PolicyTestEngine()).selectors(selectUniqueId(id)).execute().testEvents();

    tests.assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(tests.started().list().get(0).getTestDescriptor().getUniqueId()).isEqualTo(id);
  }

  @Test
  void aUniqueIdNarrowsASelectedDirectoryToOneTest() {
    Path mixed = fixture("mixed");
    UniqueId id = UniqueId.forEngine(PolicyTestEngine.ENGINE_ID)
        .append(PolicyFileDescriptor.SEGMENT, mixed + "/more/other_test.rego")
        .append(PolicyTestDescriptor.SEGMENT, "data.more_test.test_bob_is_not_admin");

    EngineExecutionResults results = EngineTestKit.engine(new PolicyTestEngine())
        .selectors(selectDirectory(mixed.toFile()), selectUniqueId(id)).execute();

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).skipped(0));
    results.containerEvents().assertStatistics(s -> s.started(2)); // the engine and the one file
  }

  @Test
  void aRunNamingNoClassesNorPoliciesDiscoversNothing() {
    EngineExecutionResults results = EngineTestKit.engine(new PolicyTestEngine())
        .selectors(selectUniqueId(UniqueId.forEngine("junit-jupiter")))
        .execute();

    results.allEvents().assertStatistics(s -> s.started(1).finished(1));
    results.testEvents().assertStatistics(s -> s.started(0));
  }

  private static EngineExecutionResults run(Path dir) {
    return EngineTestKit.engine(new PolicyTestEngine()).selectors(selectDirectory(dir.toFile())).execute();
  }

  private static Throwable failureOf(EngineExecutionResults results, String displayName) {
    Event finished = results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
        .findFirst().orElseThrow(() -> new AssertionError("no failed test named " + displayName));
    TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
    return result.getThrowable().orElseThrow();
  }

  private static List<String> names(Events events) {
    return events.stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
  }

  private static Path fixture(String name) {
    try {
      return Path.of(PolicyTestEngineTest.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
