package io.opadynamodb.rego.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one file of deliberate departures from a compliance corpus ({@code compliance-exclusions.txt}), each
 * line with its reason after {@code " #"}:
 * <ul>
 *   <li>{@code [scope:]<family>/<note>}: the case is excluded (counted as excluded, never silently dropped);
 *   <li>{@code [scope:]message "<old>" => "<new>"}: a case whose expected error contains {@code <old>} (a text
 *       OPA has since reworded) must report {@code <new>} instead; the case still runs;
 *   <li>{@code [scope:]module "<old>" => "<new>"}: in a case's module texts (where expected values written as
 *       Rego literals live), {@code <old>} is replaced by {@code <new>}, for output formats OPA has since
 *       extended; the case still runs.
 * </ul>
 * A {@code scope} (such as {@code opa-v0}, the offline snapshot's folder) limits the line to case files with
 * that folder in their path, so a departure for an older snapshot never hides a case of OPA's current suite.
 */
public final class Exclusions {
  private static final Pattern SCOPE = Pattern.compile("^([A-Za-z0-9_.-]+):(?!//)(.*)$");
  private static final Pattern REWRITE = Pattern.compile("^(message|module) \"(.*)\" => \"(.*)\"$");

  private record Entry(String scope, String key, String reason) {}

  private record Reworded(String scope, String old, String current) {}

  private final List<Entry> entries;
  private final List<Reworded> reworded;
  private final List<Reworded> moduleRewrites;

  private Exclusions(List<Entry> entries, List<Reworded> reworded, List<Reworded> moduleRewrites) {
    this.entries = entries;
    this.reworded = reworded;
    this.moduleRewrites = moduleRewrites;
  }

  public static Exclusions none() {
    return new Exclusions(List.of(), List.of(), List.of());
  }

  /** Loads {@code compliance-exclusions.txt} from the class path when present. */
  public static Exclusions load() {
    InputStream in = Exclusions.class.getResourceAsStream("/compliance-exclusions.txt");
    if (in == null) {
      return none();
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Exclusions parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    List<Reworded> reworded = new ArrayList<>();
    List<Reworded> moduleRewrites = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int hash = l.indexOf(" #");
      String body = hash < 0 ? l : l.substring(0, hash).strip();
      String reason = hash < 0 ? "" : l.substring(hash + 2).strip();
      String scope = null;
      Matcher s = SCOPE.matcher(body);
      if (s.matches() && !s.group(1).contains("/")) {
        scope = s.group(1);
        body = s.group(2).strip();
      }
      Matcher m = REWRITE.matcher(body);
      if (m.matches()) {
        (m.group(1).equals("message") ? reworded : moduleRewrites)
            .add(new Reworded(scope, m.group(2), m.group(3)));
      } else {
        entries.add(new Entry(scope, body, reason));
      }
    }
    return new Exclusions(List.copyOf(entries), List.copyOf(reworded), List.copyOf(moduleRewrites));
  }

  /** Whether the case {@code key} ({@code <family>/<note>}) of {@code file} is excluded. */
  public boolean excludes(Path file, String key) {
    for (Entry e : entries) {
      if (e.key().equals(key) && inScope(e.scope(), file)) {
        return true;
      }
    }
    return false;
  }

  /** The expected error text of a case of {@code file}, with reworded OPA messages replaced. */
  public String expectedError(Path file, String want) {
    return rewrite(reworded, file, want);
  }

  /** A module text of a case of {@code file}, with the module rewrites applied. */
  public String moduleText(Path file, String source) {
    return rewrite(moduleRewrites, file, source);
  }

  private static String rewrite(List<Reworded> rewrites, Path file, String text) {
    String out = text;
    for (Reworded r : rewrites) {
      if (inScope(r.scope(), file) && out.contains(r.old())) {
        out = out.replace(r.old(), r.current());
      }
    }
    return out;
  }

  private static boolean inScope(String scope, Path file) {
    if (scope == null) {
      return true;
    }
    for (Path part : file.toAbsolutePath().normalize()) {
      if (part.toString().equals(scope)) {
        return true;
      }
    }
    return false;
  }
}
