package io.opadynamodb.rego.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments split into flags and positional arguments, accepting the spellings opa's
 * command line accepts: {@code -d x}, {@code --data x}, {@code --data=x}, and {@code --} to end flags.
 */
final class Options {
  private final Map<String, List<String>> values = new HashMap<>();
  private final Set<String> switches = new HashSet<>();
  private final List<String> positional = new ArrayList<>();

  /** The flags a command understands: names (with their dashes) that take a value, and switches. */
  static final class Spec {
    private final Map<String, String> valueFlags = new HashMap<>();
    private final Map<String, String> switchFlags = new HashMap<>();

    /** A flag taking a value; the first name is the canonical one. */
    Spec value(String... names) {
      for (String n : names) {
        valueFlags.put(n, names[0]);
      }
      return this;
    }

    /** A boolean flag; the first name is the canonical one. */
    Spec flag(String... names) {
      for (String n : names) {
        switchFlags.put(n, names[0]);
      }
      return this;
    }

    Options parse(List<String> args) throws UsageException {
      Options o = new Options();
      boolean flagsEnded = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (flagsEnded || !a.startsWith("-") || a.equals("-")) {
          o.positional.add(a);
          continue;
        }
        if (a.equals("--")) {
          flagsEnded = true;
          continue;
        }
        String name = a;
        String inline = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          inline = a.substring(eq + 1);
        }
        if (switchFlags.containsKey(name)) {
          if (inline != null && !inline.equals("true")) {
            if (!inline.equals("false")) {
              throw new UsageException("invalid value \"" + inline + "\" for flag " + name);
            }
            continue;
          }
          o.switches.add(switchFlags.get(name));
        } else if (valueFlags.containsKey(name)) {
          String value = inline;
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("flag needs an argument: " + name);
            }
            value = args.get(++i);
          }
          o.values.computeIfAbsent(valueFlags.get(name), k -> new ArrayList<>()).add(value);
        } else {
          throw new UsageException("unknown flag: " + name);
        }
      }
      return o;
    }
  }

  /** Every value given for the flag, in order. */
  List<String> all(String canonicalName) {
    return values.getOrDefault(canonicalName, List.of());
  }

  /** The last value given for the flag, or the default. */
  String get(String canonicalName, String defaultValue) {
    List<String> v = all(canonicalName);
    return v.isEmpty() ? defaultValue : v.get(v.size() - 1);
  }

  boolean has(String canonicalName) {
    return switches.contains(canonicalName);
  }

  List<String> positional() {
    return positional;
  }
}
