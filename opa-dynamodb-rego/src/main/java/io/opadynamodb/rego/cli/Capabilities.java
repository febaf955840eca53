package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an OPA capabilities file ({@code --capabilities file.json}, the format of {@code opa capabilities}) allows:
 * the built-ins a policy may call and the hosts {@code http.send} may reach.
 *
 * @param builtins the names in its {@code builtins} list
 * @param allowNet its {@code allow_net} list, or null when absent (every host allowed)
 */
record Capabilities(Set<String> builtins, Set<String> allowNet) {

  /** The capabilities named by a command's {@code --capabilities} flag, or null without the flag. */
  static Capabilities of(Options options) throws UsageException {
    String file = options.get("--capabilities", null);
    return file == null ? null : read(file);
  }

  /**
   * Reads a capabilities file.
   *
   * @throws UsageException naming the file, as opa's flag error does, when it cannot be read or is not one
   */
  static Capabilities read(String file) throws UsageException {
    try {
      Value root = Json.parse(Files.readString(Path.of(file)));
      if (!(root instanceof ObjectValue o) || !(o.get("builtins") instanceof ArrayValue list)) {
        throw invalid(file, "not a capabilities file (expected an object with a \"builtins\" list)");
      }
      Set<String> builtins = new LinkedHashSet<>();
      for (Value b : list.elements()) {
        if (!(b instanceof ObjectValue decl) || !(decl.get("name") instanceof StringValue name)) {
          throw invalid(file, "every entry of \"builtins\" needs a \"name\"");
        }
        builtins.add(name.value());
      }
      return new Capabilities(Set.copyOf(builtins), hosts(file, o.get("allow_net")));
    } catch (IOException e) {
      throw invalid(file, "no such file or capabilities file could not be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw invalid(file, e.getMessage());
    }
  }

  private static Set<String> hosts(String file, Value allowNet) throws UsageException {
    if (allowNet == null) {
      return null;
    }
    if (!(allowNet instanceof ArrayValue list)) {
      throw invalid(file, "\"allow_net\" must be a list of host names");
    }
    Set<String> hosts = new LinkedHashSet<>();
    for (Value h : list.elements()) {
      if (!(h instanceof StringValue s)) {
        throw invalid(file, "\"allow_net\" must be a list of host names");
      }
      hosts.add(s.value());
    }
    return Set.copyOf(hosts);
  }

  private static UsageException invalid(String file, String why) {
    return new UsageException("invalid argument \"" + file + "\" for \"--capabilities\" flag: " + why);
  }
}
