package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads policy and data files the way opa's loader does for {@code -d} and {@code opa test} paths.
 *
 * <ul>
 *   <li>A file: {@code .rego} is a module; {@code .json}, {@code .yaml}, {@code .yml} are data placed at the
 *       root of {@code data}; any other file given directly is tried as Rego, then JSON, then YAML.</li>
 *   <li>A directory, recursively in name order: data files are placed under {@code data} at their directory
 *       path relative to the given directory (the file name itself does not count:
 *       {@code dir/a/b/x.json} goes to {@code data.a.b}); files of other types are skipped.</li>
 *   <li>Data documents merge as objects; the same key holding a non-object in two files is a conflict.</li>
 * </ul>
 */
final class FileLoader {
  private final Map<String, String> modules = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private ObjectValue data = ObjectValue.EMPTY;
  /** Each data file loaded so far with the document it added, to name the other file of a conflict. */
  private final List<Map.Entry<String, ObjectValue>> dataFiles = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final boolean modulesOnly;

  private FileLoader(boolean modulesOnly) {
    this.modulesOnly = modulesOnly;
  }

  /** Loads every path (files and directories). */
  static LoadedFiles load(List<String> paths) throws LoadException {
    return load(paths, false);
  }

  /** Loads every path; with {@code modulesOnly} data files are ignored (as {@code opa check} does). */
  static LoadedFiles load(List<String> paths, boolean modulesOnly) throws LoadException {
    FileLoader loader = new FileLoader(modulesOnly);
    for (String p : paths) {
      loader.visit(Path.of(p), p, List.of(), 0);
    }
    if (!loader.errors.isEmpty()) {
      throw new LoadException(loader.errors);
    }
    return new LoadedFiles(loader.modules, loader.data);
  }

  private void visit(Path path, String name, List<String> docPath, int depth) {
    if (!Files.exists(path)) {
      errors.add("stat " + name + ": no such file or directory");
      return;
    }
    if (Files.isDirectory(path)) {
      List<String> under = depth > 0 ? append(docPath, path.getFileName().toString()) : docPath;
      List<Path> children;
      try (Stream<Path> s = Files.list(path)) {
        children = new ArrayList<>(s.sorted().toList());
      } catch (IOException e) {
        errors.add(name + ": " + e.getMessage());
        return;
      }
      for (Path child : children) {
        visit(child, join(name, child.getFileName().toString()), under, depth + 1);
      }
      return;
    }
    if (!seen.add(String.join("\u0000", docPath) + "\u0001" + path.normalize())) {
      return; // the same file given twice for the same place is loaded once, as opa does
    }
    try {
      loadFile(path, name, docPath, depth);
    } catch (LoadException e) {
      errors.addAll(e.messages()); // like opa, keep going and report every problem
    }
  }

  private void loadFile(Path path, String name, List<String> docPath, int depth) throws LoadException {
    String lower = name.toLowerCase();
    if (lower.endsWith(".rego")) {
      modules.put(name, read(path, name));
    } else if (modulesOnly) {
      return; // opa check reads Rego files only
    } else if (lower.endsWith(".json")) {
      mergeData(name, docPath, parseJson(name, read(path, name)));
    } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      mergeData(name, docPath, parseYaml(name, read(path, name)));
    } else if (depth == 0) {
      loadUnknownType(path, name, docPath);
    }
  }

  /** A file of unknown type given directly: tried as Rego (when it starts like a module), JSON, YAML. */
  private void loadUnknownType(Path path, String name, List<String> docPath) throws LoadException {
    String text = read(path, name);
    if (text.stripLeading().startsWith("package") || text.contains("\npackage ")) {
      modules.put(name, text);
      return;
    }
    try {
      mergeData(name, docPath, Json.parse(text));
      return;
    } catch (JsonFormatException e) {
      // not JSON: try YAML
    }
    try {
      mergeData(name, docPath, parseYaml(name, text));
    } catch (LoadException e) {
      throw new LoadException(name + ": can't recognize file type");
    }
  }

  private void mergeData(String name, List<String> docPath, Value doc) throws LoadException {
    Value placed = doc;
    for (int i = docPath.size() - 1; i >= 0; i--) {
      placed = ObjectValue.builder().put(docPath.get(i), placed).build();
    }
    if (!(placed instanceof ObjectValue obj)) {
      throw new LoadException(name + ": bad document type");
    }
    List<String> conflict = DataMerge.conflict(data, obj);
    if (conflict != null) {
      StringBuilder ref = new StringBuilder("data");
      for (String k : conflict) {
        // Printed as an OPA ref: identifier-like keys with a dot, others in brackets.
        if (k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          ref.append('.').append(k);
        } else {
          ref.append('[').append(Json.quote(k)).append(']');
        }
      }
      String other = definedIn(conflict);
      throw new LoadException(name + ": merge error: conflicting values at " + ref
          + (other != null ? ", also defined in " + other : ", data from multiple files must not overlap"));
    }
    data = DataMerge.merge(data, obj);
    dataFiles.add(Map.entry(name, obj));
  }

  /** The first loaded file whose document has a value at the path. */
  private String definedIn(List<String> path) {
    for (Map.Entry<String, ObjectValue> file : dataFiles) {
      Value v = file.getValue();
      for (String key : path) {
        v = v instanceof ObjectValue o ? o.get(key) : null;
      }
      if (v != null) {
        return file.getKey();
      }
    }
    return null;
  }

  private static Value parseJson(String name, String text) throws LoadException {
    try {
      return Json.parse(text);
    } catch (JsonFormatException e) {
      throw new LoadException(name + ": " + e.getMessage());
    }
  }

  static Value parseYaml(String name, String text) throws LoadException {
    try {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      return Json.fromJava(doc);
    } catch (RuntimeException e) {
      throw new LoadException(name + ": error converting YAML to JSON: " + firstLine(e.getMessage()));
    }
  }

  private static String read(Path path, String name) throws LoadException {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LoadException(name + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new LoadException(name + ": not UTF-8 text");
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid document";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String join(String dir, String child) {
    return dir.endsWith("/") ? dir + child : dir + "/" + child;
  }

  private static List<String> append(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return out;
  }
}
