package io.opadynamodb.rego.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Built-in function signatures known to the compiler: name, arity (number of declared arguments,
 * -1 for variadic) and whether the built-in is a relation ({@code walk}). Loaded from OPA's
 * capabilities JSON; applications add custom built-ins with {@link #withFunction}.
 */
public final class BuiltinCatalog {
  private static final BuiltinCatalog STANDARD = load();

  private final Map<String, Integer> arity;
  private final Map<String, Boolean> relation;

  private BuiltinCatalog(Map<String, Integer> arity, Map<String, Boolean> relation) {
    this.arity = arity;
    this.relation = relation;
  }

  /** The built-ins of the pinned OPA version. */
  public static BuiltinCatalog standard() {
    return STANDARD;
  }

  /** A copy with one more (or a replaced) built-in. */
  public BuiltinCatalog withFunction(String name, int args, boolean isRelation) {
    Map<String, Integer> a = new HashMap<>(arity);
    Map<String, Boolean> r = new HashMap<>(relation);
    a.put(name, args);
    r.put(name, isRelation);
    return new BuiltinCatalog(a, r);
  }

  /**
   * A copy keeping only the named built-ins, as the {@code builtins} list of OPA's capabilities does: a call to
   * any other is then {@code rego_type_error: undefined function}.
   */
  public BuiltinCatalog restrictedTo(Collection<String> names) {
    Map<String, Integer> a = new HashMap<>(arity);
    Map<String, Boolean> r = new HashMap<>(relation);
    a.keySet().retainAll(new HashSet<>(names));
    r.keySet().retainAll(a.keySet());
    return new BuiltinCatalog(a, r);
  }

  public boolean contains(String name) {
    return arity.containsKey(name);
  }

  /** Declared argument count, -1 for variadic, or null when unknown. */
  public Integer arity(String name) {
    return arity.get(name);
  }

  public boolean isRelation(String name) {
    return Boolean.TRUE.equals(relation.get(name));
  }

  private static BuiltinCatalog load() {
    Map<String, Integer> a = new HashMap<>();
    Map<String, Boolean> r = new HashMap<>();
    try (InputStream in = BuiltinCatalog.class.getResourceAsStream("/opa-capabilities-v1.22.2.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      for (JsonNode b : root.get("builtins")) {
        String name = b.get("name").asString();
        JsonNode decl = b.get("decl");
        int n = decl.has("variadic") ? -1 : (decl.has("args") ? decl.get("args").size() : 0);
        a.put(name, n);
        r.put(name, b.has("relation") && b.get("relation").asBoolean());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuiltinCatalog(a, r);
  }
}
