package io.opadynamodb.rego.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Cases excluded on purpose: one line per case, {@code <family>/<note> # reason}. */
public final class Exclusions {
  private final Map<String, String> reasons;

  private Exclusions(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  public static Exclusions none() {
    return new Exclusions(Map.of());
  }

  /** Loads {@code compliance-exclusions.txt} from the class path when present. */
  public static Exclusions load() {
    Map<String, String> m = new HashMap<>();
    InputStream in = Exclusions.class.getResourceAsStream("/compliance-exclusions.txt");
    if (in == null) {
      return new Exclusions(m);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int hash = l.indexOf(" #");
        String key = hash < 0 ? l : l.substring(0, hash).strip();
        m.put(key, hash < 0 ? "" : l.substring(hash + 2).strip());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Exclusions(m);
  }

  public boolean excludes(String key) {
    return reasons.containsKey(key);
  }
}
