package io.opadynamodb.sample.security;

import java.util.List;
import java.util.Map;

/**
 * The demo's users, all with the password {@code password}: a demo only, never a way to run a real service.
 * alice and bob come from OPA's RBAC and ABAC examples; admin may use the actuator.
 */
public final class DemoUsers {
  /** The password of every demo user. */
  public static final String PASSWORD = "password";

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("alice", List.of("engineering", "webdev"), Map.of("tenure", 15, "title", "trader")),
      new DemoUser("bob", List.of("hr"), Map.of("tenure", 5, "title", "analyst")),
      new DemoUser("admin", List.of("ADMIN"), Map.of()));

  private DemoUsers() {}
}
