package io.opadynamodb.test;

import io.opadynamodb.rego.ast.Location;
import java.nio.file.Path;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Where a policy file or rule is, in the form IDEs and build tools use to link to it. */
final class TestSources {
  private TestSources() {}

  /** The file, at the row and column of the location when there is one. */
  static TestSource of(PolicyFile file, Location at) {
    FilePosition position = at == null || at.row() <= 0 ? null
        : at.col() > 0 ? FilePosition.from(at.row(), at.col()) : FilePosition.from(at.row());
    if (file.root().onClasspath()) {
      return ClasspathResourceSource.from(file.name(), position);
    }
    return FileSource.from(Path.of(file.root().location()).resolve(file.relativePath()).toFile(), position);
  }
}
