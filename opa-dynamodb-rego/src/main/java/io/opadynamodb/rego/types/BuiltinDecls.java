package io.opadynamodb.rego.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The type declarations of the built-in functions, loaded from OPA's capabilities file
 * ({@code /opa-capabilities-v1.22.2.json}) with the argument names OPA prints in type errors
 * ({@code want: (x: number, y: number, z: number)}). Immutable; {@link #withCustom} returns a copy.
 */
public final class BuiltinDecls {
  private static final String CAPABILITIES = "/opa-capabilities-v1.22.2.json";
  private static final String ARG_NAMES = "/io/opadynamodb/rego/types/builtin-arg-names-v1.22.2.json";
  private static volatile BuiltinDecls standard;

  private final Map<String, FunctionType> decls;
  private final Set<String> nondeterministic;
  private final Set<String> deprecated;

  private BuiltinDecls(Map<String, FunctionType> decls, Set<String> nondeterministic, Set<String> deprecated) {
    this.decls = Collections.unmodifiableMap(decls);
    this.nondeterministic = Collections.unmodifiableSet(nondeterministic);
    this.deprecated = Collections.unmodifiableSet(deprecated);
  }

  /** Every built-in of OPA v1.22.2 (loaded once). */
  public static BuiltinDecls standard() {
    BuiltinDecls s = standard;
    if (s == null) {
      synchronized (BuiltinDecls.class) {
        s = standard;
        if (s == null) {
          s = load();
          standard = s;
        }
      }
    }
    return s;
  }

  /** A copy with one more (or a replaced) declaration, e.g. {@code dynamodb.get(object) -> object}. */
  public BuiltinDecls withCustom(String name, FunctionType type) {
    Map<String, FunctionType> cpy = new LinkedHashMap<>(decls);
    cpy.put(name, type);
    return new BuiltinDecls(cpy, new TreeSet<>(nondeterministic), new TreeSet<>(deprecated));
  }

  /** The declaration of {@code name}, or null. */
  public FunctionType get(String name) {
    return decls.get(name);
  }

  /** Every declaration by name. */
  public Map<String, FunctionType> all() {
    return decls;
  }

  /** True when the capabilities mark the built-in nondeterministic ({@code http.send}, {@code rand.intn}...). */
  public boolean isNondeterministic(String name) {
    return nondeterministic.contains(name);
  }

  /** The nondeterministic built-ins. */
  public Set<String> nondeterministic() {
    return nondeterministic;
  }

  /** True when the built-in is deprecated (v1 compilation rejects calls to it). */
  public boolean isDeprecated(String name) {
    return deprecated.contains(name);
  }

  /** The deprecated built-ins. */
  public Set<String> deprecated() {
    return deprecated;
  }

  private static BuiltinDecls load() {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode caps = read(mapper, CAPABILITIES);
    JsonNode names = read(mapper, ARG_NAMES);
    Map<String, FunctionType> decls = new LinkedHashMap<>();
    Set<String> nondet = new TreeSet<>();
    Set<String> depr = new TreeSet<>();
    for (JsonNode b : caps.get("builtins").values()) {
      String name = b.get("name").asString();
      FunctionType f = TypeJson.function(b.get("decl"));
      decls.put(name, withNames(f, names.get(name)));
      if (b.path("nondeterministic").asBoolean(false)) {
        nondet.add(name);
      }
      if (b.path("deprecated").asBoolean(false)) {
        depr.add(name);
      }
    }
    return new BuiltinDecls(decls, nondet, depr);
  }

  private static FunctionType withNames(FunctionType f, JsonNode names) {
    if (names == null) {
      return f;
    }
    List<Type> args = new ArrayList<>();
    JsonNode argNames = names.path("args");
    for (int i = 0; i < f.args().size(); i++) {
      args.add(named(argNames.get(i), f.args().get(i)));
    }
    return new FunctionType(args, named(names.get("result"), f.result()), named(names.get("variadic"), f.variadic()));
  }

  private static Type named(JsonNode name, Type t) {
    if (t == null || name == null || name.isNull() || name.asString().isEmpty()) {
      return t;
    }
    return new NamedType(name.asString(), t);
  }

  private static JsonNode read(JsonMapper mapper, String resource) {
    try (InputStream in = BuiltinDecls.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
