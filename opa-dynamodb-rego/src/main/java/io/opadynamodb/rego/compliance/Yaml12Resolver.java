package io.opadynamodb.rego.compliance;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML 1.2 style scalars (as Go's YAML library reads OPA's cases): only {@code true}/{@code false}
 * are booleans, so keys like {@code on}, {@code yes}, {@code no} stay strings.
 */
final class Yaml12Resolver extends Resolver {
  private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, BOOL, "tfTF");
    addImplicitResolver(Tag.INT, INT, "-+0123456789");
    addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
    addImplicitResolver(Tag.NULL, NULL, "~nN\u0000");
    addImplicitResolver(Tag.NULL, EMPTY, null);
  }
}
