package io.opadynamodb.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Policies in jars load as the application loads them, but only the project's own tests run. */
class ClasspathPoliciesTest {

  @TempDir
  Path tmp;

  @Test
  void jarPoliciesAndDataAreLoadedButTheirTestsAreNotRun() throws IOException {
    Path jar = tmp.resolve("lib.jar");
    writeJar(jar, Map.of(
        "policies/lib/lib.rego", "package lib\n\nallowed if data.lib.enabled\n\ntest_in_jar if false\n",
        "policies/lib/data.json", "{\"enabled\": true}"));
    Path classes = tmp.resolve("classes");
    write(classes.resolve("policies/app/app_test.rego"), "package app_test\n\ntest_uses_lib if data.lib.allowed\n");

    Events tests = withClassPath(new URL[] {jar.toUri().toURL(), classes.toUri().toURL()}, () ->
        EngineTestKit.engine(new PolicyTestEngine()).selectors(selectClass("com.example.AnyTest")).execute())
        .testEvents();

    tests.assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(tests.started().list().get(0).getTestDescriptor().getDisplayName()).isEqualTo("test_uses_lib");
  }

  @Test
  void aClassPathWithoutPoliciesHasNoTests() throws IOException {
    Path classes = Files.createDirectories(tmp.resolve("classes"));

    Events tests = withClassPath(new URL[] {classes.toUri().toURL()}, () ->
        EngineTestKit.engine(new PolicyTestEngine()).selectors(selectClass("com.example.AnyTest")).execute())
        .testEvents();

    tests.assertStatistics(s -> s.started(0));
  }

  private static <T> T withClassPath(URL[] urls, java.util.function.Supplier<T> action) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      return action.get();
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  private static void writeJar(Path jar, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry("policies/"));
      zip.closeEntry();
      zip.putNextEntry(new JarEntry("policies/lib/"));
      zip.closeEntry();
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new JarEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
