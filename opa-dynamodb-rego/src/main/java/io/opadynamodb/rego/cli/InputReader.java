package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the {@code --input} document: JSON, or YAML as opa also accepts. */
final class InputReader {
  private InputReader() {}

  static Value read(String file) throws LoadException {
    String text;
    try {
      text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new LoadException("open " + file + ": no such file or directory");
    } catch (IOException | RuntimeException e) {
      throw new LoadException("unable to read input " + file + ": " + e.getMessage());
    }
    try {
      return Json.parse(text);
    } catch (JsonFormatException jsonError) {
      if (!file.endsWith(".json")) {
        try {
          return FileLoader.parseYaml(file, text);
        } catch (LoadException yamlError) {
          // report the JSON problem: it is the format most inputs are written in
        }
      }
      throw new LoadException("unable to parse input: " + file + ": " + jsonError.getMessage());
    }
  }
}
