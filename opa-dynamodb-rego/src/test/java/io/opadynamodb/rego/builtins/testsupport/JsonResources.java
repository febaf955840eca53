package io.opadynamodb.rego.builtins.testsupport;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON files under src/test/resources that hold recorded OPA results. */
public final class JsonResources {
  private JsonResources() {}

  /** The value of a JSON resource (an absolute class-path name such as {@code /system/jwt-oracle.json}). */
  public static Value read(String name) {
    try (InputStream in = JsonResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return Json.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON resource holding an array of cases. */
  public static ArrayValue cases(String name) {
    return (ArrayValue) read(name);
  }
}
