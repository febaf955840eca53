package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** gqlparser's validator prelude: the built-in scalars, directives and introspection types. */
final class Prelude {
  private Prelude() {}

  private static final String TEXT = load();

  private static String load() {
    try (InputStream in = Prelude.class.getResourceAsStream("prelude.graphql")) {
      if (in == null) {
        throw new IllegalStateException("prelude.graphql missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh parse: schema validation merges extensions into definitions in place. */
  static SchemaDocument document() {
    return SchemaParser.parse(TEXT, "prelude.graphql", true);
  }
}
