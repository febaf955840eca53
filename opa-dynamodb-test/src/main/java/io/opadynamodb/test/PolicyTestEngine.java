package io.opadynamodb.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A JUnit Platform engine that runs every {@code test_*} rule of the application's Rego policies as its own test.
 *
 * <p>Policies come from the {@code policies/} folders of the test class path (so {@code src/main/resources/policies}
 * and {@code src/test/resources/policies}), with data files placed under {@code data} at their folder path, exactly
 * as the starter loads them; policies found in jars are loaded too but their tests are not run. The engine joins
 * any run that selects classes, packages or class path roots (Maven Surefire selects the test classes), and also
 * answers a {@code DirectorySelector} by testing that directory as a policy folder. A {@code todo_test_*} rule is
 * reported as skipped; a failure names the rule and its {@code file:row:col}.
 *
 * <p>Add it to a build with one test-scoped dependency on {@code io.opadynamodb:opa-dynamodb-test}.
 */
public final class PolicyTestEngine implements TestEngine {
  /** The engine id, as in {@code [engine:opa-policies]} unique ids and include/exclude-engine filters. */
  public static final String ENGINE_ID = "opa-policies";

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("io.opadynamodb");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("opa-dynamodb-test");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    PolicyEngineDescriptor engine = new PolicyEngineDescriptor(uniqueId);
    List<PolicyRoot> roots = new ArrayList<>();
    request.getSelectorsByType(DirectorySelector.class).forEach(s -> roots.add(PolicyRoots.directory(s.getPath())));
    Set<UniqueId> selectedIds = request.getSelectorsByType(UniqueIdSelector.class).stream()
        .map(UniqueIdSelector::getUniqueId)
        .filter(id -> id.hasPrefix(uniqueId))
        .collect(Collectors.toSet());
    boolean wholeClasspath = selectsClasspath(request);
    if (roots.isEmpty() && (wholeClasspath || !selectedIds.isEmpty())) {
      roots.addAll(PolicyRoots.onClasspath(classLoader()));
    }
    if (roots.isEmpty()) {
      return engine;
    }
    PolicyTestDiscoverer.discover(engine, roots);
    if (!wholeClasspath && !selectedIds.isEmpty() && !selectedIds.contains(uniqueId)) {
      PolicyTestDiscoverer.keepOnly(engine, selectedIds);
    }
    return engine;
  }

  /** Whether the request runs a project's tests in general, rather than naming other engines' tests only. */
  private static boolean selectsClasspath(EngineDiscoveryRequest request) {
    for (Class<? extends DiscoverySelector> type : List.of(ClassSelector.class, PackageSelector.class,
        ClasspathRootSelector.class)) {
      if (!request.getSelectorsByType(type).isEmpty()) {
        return true;
      }
    }
    return request.getSelectorsByType(ClasspathResourceSelector.class).stream()
        .anyMatch(s -> s.getClasspathResourceName().replaceFirst("^/", "").startsWith(PolicyRoots.CLASSPATH_FOLDER));
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : PolicyTestEngine.class.getClassLoader();
  }

  @Override
  public void execute(ExecutionRequest request) {
    PolicyEngineDescriptor engine = (PolicyEngineDescriptor) request.getRootTestDescriptor();
    EngineExecutionListener listener = request.getEngineExecutionListener();
    listener.executionStarted(engine);
    for (TestDescriptor child : engine.getChildren()) {
      execute(engine, child, listener);
    }
    listener.executionFinished(engine, TestExecutionResult.successful());
  }

  private static void execute(PolicyEngineDescriptor engine, TestDescriptor node, EngineExecutionListener listener) {
    if (node instanceof PolicyTestDescriptor test && test.rule().skip()) {
      listener.executionSkipped(node, "todo_test_ rule (" + test.rule().location() + ")");
      return;
    }
    listener.executionStarted(node);
    if (node instanceof LoadFailureDescriptor failure) {
      listener.executionFinished(node, TestExecutionResult.failed(failure.failure()));
    } else if (node instanceof PolicyTestDescriptor test) {
      TestExecutionResult result = PolicyTestRunner.run(engine.policies(), test.rule(), printed -> {
        if (!printed.isEmpty()) {
          listener.reportingEntryPublished(node, ReportEntry.from("print", String.join("\n", printed)));
        }
      });
      listener.executionFinished(node, result);
    } else {
      for (TestDescriptor child : node.getChildren()) {
        execute(engine, child, listener);
      }
      listener.executionFinished(node, TestExecutionResult.successful());
    }
  }
}
