package io.opadynamodb.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds the policy folders to test. */
final class PolicyRoots {
  /** The class path folder the starter loads policies from, and so the one tested. */
  static final String CLASSPATH_FOLDER = "policies";

  private PolicyRoots() {}

  /**
   * Every {@code policies/} folder on the class path: main and test resources of the project (directories, whose
   * tests run) and those of jars (loaded as the application loads them, their tests not run).
   */
  static List<PolicyRoot> onClasspath(ClassLoader loader) {
    List<PolicyRoot> roots = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(CLASSPATH_FOLDER))) {
        boolean directory = "file".equals(url.getProtocol());
        if (directory && !Files.isDirectory(Path.of(url.toURI()))) {
          continue; // a file named "policies", not a folder of policies
        }
        roots.add(new PolicyRoot(url.toURI(), CLASSPATH_FOLDER, true, directory));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the class path folders named " + CLASSPATH_FOLDER, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unreadable class path entry: " + e.getMessage(), e);
    }
    return roots;
  }

  /** A directory selected explicitly (a {@code DirectorySelector}): its data is placed relative to it. */
  static PolicyRoot directory(Path dir) {
    return new PolicyRoot(dir.toUri(), dir.toString(), false, true);
  }
}
