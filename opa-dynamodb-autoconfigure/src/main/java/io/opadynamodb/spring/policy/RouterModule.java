package io.opadynamodb.spring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The router policy shipped in the starter; a user module declaring the same package replaces it. */
public final class RouterModule {
  /** The router's package. */
  public static final String PACKAGE = "opadynamodb.router";

  /** The rule the starter queries by default: {@code data.opadynamodb.router.decision}. */
  public static final String DECISION_QUERY = "data." + PACKAGE + ".decision";

  /** The module path used in locations of errors inside the shipped router. */
  public static final String PATH = "opadynamodb/router.rego";

  private static final String RESOURCE = "/io/opadynamodb/spring/router/router.rego";

  private RouterModule() {}

  /** The router's Rego source. */
  public static String source() {
    try (InputStream in = RouterModule.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the starter jar lacks " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
