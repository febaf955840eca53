package io.opadynamodb.test;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Builds the base data document from data files, each placed at its folder path (as the starter places it). */
final class DataDocument {
  private ObjectValue data = ObjectValue.EMPTY;
  private final List<String> errors = new ArrayList<>();

  /** Parses the file and merges it under {@code data.<folders>}; problems are collected, not thrown. */
  void add(PolicyFile file) {
    Value doc;
    try {
      doc = parse(file);
    } catch (RuntimeException e) {
      errors.add(file.name() + ": " + firstLine(e.getMessage()));
      return;
    }
    List<String> folders = file.folders();
    for (int i = folders.size() - 1; i >= 0; i--) {
      doc = ObjectValue.builder().put(folders.get(i), doc).build();
    }
    if (!(doc instanceof ObjectValue placed)) {
      errors.add(file.name() + ": a data file at the root of the policy folder must hold an object");
      return;
    }
    List<String> path = new ArrayList<>(List.of("data"));
    ObjectValue merged = merge(data, placed, path);
    if (merged == null) {
      errors.add(file.name() + ": " + String.join(".", path) + " is also defined by another data file");
      return;
    }
    data = merged;
  }

  ObjectValue data() {
    return data;
  }

  List<String> errors() {
    return errors;
  }

  private static Value parse(PolicyFile file) {
    if (file.relativePath().toLowerCase().endsWith(".json")) {
      try {
        return Json.parse(file.text());
      } catch (JsonFormatException e) {
        throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
      }
    }
    Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.text());
    return Json.fromJava(yaml);
  }

  /** Deep merge of objects; null when both define the same non-object value (the path then names it). */
  private static ObjectValue merge(ObjectValue have, ObjectValue add, List<String> path) {
    ObjectValue out = have;
    for (Value key : add.keys()) {
      Value mine = out.get(key);
      Value theirs = add.get(key);
      if (mine == null) {
        out = out.with(key, theirs);
        continue;
      }
      path.add(key instanceof StringValue s ? s.value() : key.toString());
      if (!(mine instanceof ObjectValue mo) || !(theirs instanceof ObjectValue to)) {
        return null;
      }
      ObjectValue below = merge(mo, to, path);
      if (below == null) {
        return null;
      }
      path.remove(path.size() - 1);
      out = out.with(key, below);
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid document";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
