package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.CustomBuiltin;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.PreparedQuery;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link PolicyBundle} into {@link ActivePolicies}: parses every module (adding the shipped router unless
 * the bundle has its own), places the data documents, writes the router's package index, compiles, and prepares
 * the decision query. Any problem is a {@link PolicyLoadException} listing each error as
 * {@code file:row:col: code: message}.
 */
public final class PolicySetCompiler {
  private static final String ROUTE_TABLE_QUERY = "data." + RouterModule.PACKAGE + ".route_table";
  private final RegoVersion regoVersion;
  private final String decisionQuery;
  private final Clock clock;
  private final List<CustomBuiltin> builtins;

  /**
   * @param regoVersion the Rego syntax of the modules
   * @param decisionQuery the query answering the decision document (see {@link RouterModule#DECISION_QUERY})
   * @param builtins the application's custom built-ins (for example {@code dynamodb.get}), known to every module
   */
  public PolicySetCompiler(RegoVersion regoVersion, String decisionQuery, Clock clock,
      List<CustomBuiltin> builtins) {
    this.regoVersion = regoVersion;
    this.decisionQuery = decisionQuery;
    this.clock = clock;
    this.builtins = List.copyOf(builtins);
  }

  /** A compiler with only the standard built-ins. */
  public PolicySetCompiler(RegoVersion regoVersion, String decisionQuery, Clock clock) {
    this(regoVersion, decisionQuery, clock, List.of());
  }

  public PolicySetCompiler() {
    this(RegoVersion.V1, RouterModule.DECISION_QUERY, Clock.systemUTC());
  }

  /** Compiles the bundle; the result is ready to evaluate from many threads. */
  public ActivePolicies compile(PolicyBundle bundle) {
    List<String> problems = new ArrayList<>();
    List<Module> modules = parse(bundle, problems);
    if (modules.stream().noneMatch(m -> packageName(m).equals(RouterModule.PACKAGE))) {
      modules.add(RegoParser.parseModule(RouterModule.PATH, RouterModule.source(), RegoVersion.V1));
    }
    ObjectValue data = data(bundle, modules, problems);
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    try {
      PolicySet.Builder builder = PolicySet.builder().defaultRegoVersion(regoVersion).data(data);
      modules.forEach(builder::module);
      builtins.forEach(builder::builtin);
      PolicySet set = withRoutes(builder.build(), data);
      PreparedQuery decision = set.prepare(decisionQuery);
      return new ActivePolicies(bundle.revision(), bundle.modules().size(), set, decision, clock.instant());
    } catch (CompileException e) {
      throw new PolicyLoadException(describe(e.errors()));
    }
  }

  /**
   * Evaluates the router's route table once and writes it at {@code data.opadynamodb.routes}, where the router
   * looks each decision's route up instead of computing it per request (see router.rego). A replacement router
   * without a route table is left as it is.
   */
  private static PolicySet withRoutes(PolicySet set, ObjectValue data) {
    EvalResult table;
    try {
      table = set.evaluate(ROUTE_TABLE_QUERY, EvalOptions.defaults());
    } catch (RegoException e) {
      throw new PolicyLoadException(List.of("the router's route table: " + e.getMessage()));
    }
    if (table.isUndefined()) {
      return set;
    }
    Value routes = table.rows().get(0).expressions().get(0);
    StringValue indexKey = StringValue.of(PackageIndex.DATA_PATH.get(0));
    ObjectValue index = (ObjectValue) data.get(indexKey);
    return set.withData(data.with(indexKey, index.with(StringValue.of(PackageIndex.ROUTES), routes)));
  }

  private List<Module> parse(PolicyBundle bundle, List<String> problems) {
    List<Module> modules = new ArrayList<>();
    for (Map.Entry<String, String> source : bundle.modules().entrySet()) {
      try {
        modules.add(RegoParser.parseModule(source.getKey(), source.getValue(), regoVersion));
      } catch (CompileException e) {
        problems.addAll(describe(e.errors()));
      }
    }
    return modules;
  }

  private static ObjectValue data(PolicyBundle bundle, List<Module> modules, List<String> problems) {
    DataTree tree = new DataTree();
    bundle.data().forEach(tree::put);
    tree.put(new DataDocument("the starter's package index", PackageIndex.DATA_PATH, PackageIndex.of(modules)));
    problems.addAll(tree.problems());
    for (Module module : modules) {
      String name = packageName(module);
      if (name.startsWith("policies.") && name.split("\\.").length - 1 > PackageIndex.MAX_DEPTH) {
        problems.add(module.file() + ":" + module.pkg().location().row() + ":" + module.pkg().location().col()
            + ": package " + name + " is deeper than the router reaches (" + PackageIndex.MAX_DEPTH
            + " levels under policies)");
      }
    }
    return tree.root();
  }

  private static String packageName(Module module) {
    String dotted = RefNames.dotted(module.pkg().path());
    return dotted.startsWith("data.") ? dotted.substring("data.".length()) : dotted;
  }

  /** {@code file:row:col: code: message} for each error (OPA prints only the row; we add the column). */
  static List<String> describe(List<RegoError> errors) {
    List<String> out = new ArrayList<>();
    for (RegoError e : errors) {
      String where = e.location().row() == 0 ? "" : e.location() + ": ";
      out.add(where + e.code() + ": " + e.message());
    }
    return out;
  }
}
