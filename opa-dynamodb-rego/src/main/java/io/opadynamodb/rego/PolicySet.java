package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.compiler.BuiltinCatalog;
import io.opadynamodb.rego.compiler.CompiledModules;
import io.opadynamodb.rego.compiler.Compiler;
import io.opadynamodb.rego.parser.RegoParser;
import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled policies plus base data: compile once, evaluate many times from many threads. Immutable
 * and thread-safe; each evaluation gets its own evaluator state.
 */
public final class PolicySet {
  private final CompiledModules compiled;
  private final Value data;
  private final BuiltinRegistry registry;
  private final Map<Object, Object> sharedCache = new ConcurrentHashMap<>();
  private final RegoVersion queryVersion;
  private final Set<String> allowNet;

  private PolicySet(CompiledModules compiled, Value data, BuiltinRegistry registry, RegoVersion queryVersion,
      Set<String> allowNet) {
    this.compiled = compiled;
    this.data = data;
    this.registry = registry;
    this.queryVersion = queryVersion;
    this.allowNet = allowNet;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Compiles a query (a ref like {@code data.policies.allow} or any Rego query). */
  public PreparedQuery prepare(String query) {
    return PreparedQuery.compile(this, query, queryVersion);
  }

  /** Shortcut: {@code prepare(query).evaluate(options)}. */
  public EvalResult evaluate(String query, EvalOptions options) {
    return prepare(query).evaluate(options);
  }

  /** The compiled (rewritten) modules. */
  public List<Module> modules() {
    return compiled.modules();
  }

  /** The base data document. */
  public Value data() {
    return data;
  }

  /**
   * The same compiled policies over other base data, without compiling again (compilation does not depend on
   * data). For data derived from an evaluation of this set, such as a table computed once instead of on every
   * query.
   *
   * @param data a {@link Value}, a Jackson tree, or Java Maps/Lists/scalars, as {@link Builder#data(Object)}
   */
  public PolicySet withData(Object data) {
    return new PolicySet(compiled, data == null ? ObjectValue.EMPTY : JavaValues.fromJava(data), registry,
        queryVersion, allowNet);
  }

  /** Engine internals for tools (compliance runner, CLI): the compiled modules and rule tree. */
  public CompiledModules compiled() {
    return compiled;
  }

  BuiltinRegistry registry() {
    return registry;
  }

  Map<Object, Object> sharedCache() {
    return sharedCache;
  }

  /** The hosts built-ins may reach, or null when every host is allowed. */
  Set<String> allowNet() {
    return allowNet;
  }

  /** Collects modules, data and custom built-ins, then compiles them. */
  public static final class Builder {
    private record Source(String file, String text, RegoVersion version) {}

    private final List<Source> sources = new ArrayList<>();
    private final List<Module> parsed = new ArrayList<>();
    private final List<CustomBuiltin> builtins = new ArrayList<>();
    private RegoVersion defaultVersion = RegoVersion.V1;
    private Value data = ObjectValue.EMPTY;
    private Set<String> allowNet;
    private Set<String> standardBuiltins;

    /** Adds a module in the default Rego version. */
    public Builder module(String file, String source) {
      sources.add(new Source(file, source, null));
      return this;
    }

    public Builder module(String file, String source, RegoVersion version) {
      sources.add(new Source(file, source, version));
      return this;
    }

    /** Adds an already parsed module. */
    public Builder module(Module module) {
      parsed.add(module);
      return this;
    }

    public Builder defaultRegoVersion(RegoVersion v) {
      this.defaultVersion = v;
      return this;
    }

    /** Base data: a {@link Value}, a Jackson tree, or Java Maps/Lists/scalars. */
    public Builder data(Object data) {
      this.data = data == null ? ObjectValue.EMPTY : JavaValues.fromJava(data);
      return this;
    }

    /** Base data as JSON text. */
    public Builder dataJson(String json) {
      try {
        this.data = Json.parse(json);
      } catch (JsonFormatException e) {
        throw new RegoException(new RegoError("rego_input_error", "invalid data JSON: " + e.getMessage(), null));
      }
      return this;
    }

    public Builder builtin(CustomBuiltin b) {
      builtins.add(b);
      return this;
    }

    /**
     * Restricts the hosts {@code http.send} and {@code net.lookup_ip_addr} may reach, as the
     * {@code allow_net} list of OPA's capabilities does: a call to any other host fails with
     * {@code disallowed host: <host>}, and an empty list allows none. Host names are compared
     * exactly (no port, no case folding), as OPA does. Without this call every host is allowed.
     */
    public Builder allowNet(Collection<String> hosts) {
      this.allowNet = Set.copyOf(hosts);
      return this;
    }

    /**
     * Restricts the standard built-ins to these names, as the {@code builtins} list of OPA's capabilities does:
     * a policy calling any other fails to compile with {@code rego_type_error: undefined function <name>}.
     * Built-ins added with {@link #builtin} stay available. Without this call every standard built-in is.
     */
    public Builder standardBuiltins(Collection<String> names) {
      this.standardBuiltins = Set.copyOf(names);
      return this;
    }

    /** Parses and compiles; throws {@link CompileException} with every error found. */
    public PolicySet build() {
      List<Module> modules = new ArrayList<>(parsed);
      List<RegoError> errors = new ArrayList<>();
      for (Source s : sources) {
        try {
          modules.add(RegoParser.parseModule(s.file(), s.text(), s.version() == null ? defaultVersion : s.version()));
        } catch (CompileException e) {
          errors.addAll(e.errors());
        }
      }
      if (!errors.isEmpty()) {
        throw new CompileException(errors);
      }
      BuiltinCatalog catalog = standardBuiltins == null ? BuiltinCatalog.standard()
          : BuiltinCatalog.standard().restrictedTo(standardBuiltins);
      BuiltinRegistry registry = StandardBuiltins.registry();
      io.opadynamodb.rego.types.BuiltinDecls decls = io.opadynamodb.rego.types.BuiltinDecls.standard();
      for (CustomBuiltin b : builtins) {
        catalog = catalog.withFunction(b.name(), b.arity(), false);
        registry.register(b.name(), b.function());
        // declared types are informational for now: arguments and result are typed "any"
        List<io.opadynamodb.rego.types.Type> args = new ArrayList<>();
        for (int i = 0; i < b.arity(); i++) {
          args.add(io.opadynamodb.rego.types.Types.A);
        }
        decls = decls.withCustom(b.name(),
            io.opadynamodb.rego.types.FunctionType.of(args, io.opadynamodb.rego.types.Types.A));
      }
      CompiledModules compiled = Compiler.compile(modules, catalog, decls);
      return new PolicySet(compiled, data, registry, defaultVersion, allowNet);
    }
  }
}
