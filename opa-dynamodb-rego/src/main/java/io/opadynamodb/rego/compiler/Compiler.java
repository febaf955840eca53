package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.types.BuiltinDecls;
import io.opadynamodb.rego.types.TypeChecker;
import io.opadynamodb.rego.types.TypeEnv;

/**
 * The Rego compiler, shaped like OPA's {@code ast.Compiler}: an ordered table of named stages over
 * the parsed modules; compilation stops after the first stage that reports errors.
 */
public final class Compiler {
  /** One named compiler stage. */
  private record Stage(String name, Consumer<CompileContext> run) {}

  private Compiler() {}

  private static List<Stage> stages(Map<String, Integer> functionArity, TypeEnv[] typeEnv) {
    return List.of(
        new Stage("ResolveRefs+RewriteLocalVars", ResolveRefsAndLocals::run),
        new Stage("CollectFunctionArity", ctx -> collectArity(ctx, functionArity)),
        new Stage("SetRuleTree+CheckRuleConflicts", RuleTreeBuilder::run),
        new Stage("CheckSafety", ctx -> SafetyCheck.run(ctx, functionArity)),
        new Stage("RebuildRuleTree", RuleTreeBuilder::run),
        new Stage("CheckUndefinedFuncs", FunctionCheck::run),
        new Stage("CheckRecursion", RecursionCheck::run),
        new Stage("CheckTypes", ctx -> typeEnv[0] = checkTypes(ctx, typeEnv[0])));
  }

  /** Compiles modules; throws {@link CompileException} with every error of the failing stage. */
  public static CompiledModules compile(List<Module> modules, BuiltinCatalog catalog) {
    return compile(modules, catalog, BuiltinDecls.standard());
  }

  /** Compiles modules with the built-in type declarations {@code decls} (standard plus custom ones). */
  public static CompiledModules compile(List<Module> modules, BuiltinCatalog catalog, BuiltinDecls decls) {
    CompileContext ctx = new CompileContext(modules, catalog, "__local", CompileContext.newNameMap());
    Map<String, Integer> arity = new HashMap<>();
    TypeEnv[] env = {TypeEnv.of(decls)};
    for (Stage s : stages(arity, env)) {
      s.run().accept(ctx);
      if (!ctx.errors.isEmpty()) {
        throw new CompileException(ctx.errors);
      }
    }
    // evaluation-only rewrite: constant literals become values (the rule tree is rebuilt over them)
    ctx.modules = ConstantFolding.modules(ctx.modules);
    RuleTreeBuilder.run(ctx);
    return new CompiledModules(List.copyOf(ctx.modules), ctx.root, catalog, Map.copyOf(arity), env[0]);
  }

  /** The CheckTypes stage: OPA's type checker over the rewritten modules. */
  private static TypeEnv checkTypes(CompileContext ctx, TypeEnv env) {
    TypeChecker.ModulesResult r = TypeChecker.check(ctx.modules, env,
        TypeChecker.Options.DEFAULT.withSubjects(subjects(ctx.originalNames)));
    ctx.errors.addAll(r.errors());
    return r.env();
  }

  private static Map<String, Term> subjects(Map<String, String> names) {
    Map<String, Term> out = new HashMap<>();
    names.forEach((generated, original) -> out.put(generated, new Var(original, null)));
    return out;
  }

  /** Compiles a query against compiled modules (OPA's {@code QueryCompiler}). */
  public static CompiledQuery compileQuery(Body query, CompiledModules compiled) {
    Map<String, String> names = CompileContext.newNameMap();
    CompileContext ctx = new CompileContext(List.of(), compiled.catalog(), "__localq", names);
    ctx.root = compiled.root();
    Body body = new ResolveRefsAndLocals(ctx, Map.of()).query(query);
    if (!ctx.errors.isEmpty()) {
      throw new CompileException(ctx.errors);
    }
    Set<String> safe = new HashSet<>();
    body = new SafetyCheck(ctx, compiled.functionArity()).reorder(body, safe);
    if (!ctx.errors.isEmpty()) {
      throw new CompileException(ctx.errors);
    }
    RuleRefs.body(body, (ref, isCall) -> {
      if (isCall) {
        FunctionCheck.check(ctx, ref);
      }
    });
    if (!ctx.errors.isEmpty()) {
      throw new CompileException(ctx.errors);
    }
    if (compiled.typeEnv() != null) {
      List<io.opadynamodb.rego.RegoError> typeErrors = TypeChecker.checkQuery(body, compiled.typeEnv(),
          TypeChecker.Options.DEFAULT.withSubjects(subjects(names)));
      if (!typeErrors.isEmpty()) {
        throw new CompileException(typeErrors);
      }
    }
    return new CompiledQuery(ConstantFolding.query(body), query, Map.copyOf(names));
  }

  private static void collectArity(CompileContext ctx, Map<String, Integer> arity) {
    for (Module m : ctx.modules) {
      for (Rule r : m.rules()) {
        if (r.head().isFunction()) {
          String name = RefNames.dotted(m.pkg().path()) + "." + RefNames.dotted(r.head().ref());
          arity.put(name, r.head().args().size());
        }
      }
    }
  }

  /** For tests and tools: the names of the stages, in order. */
  public static List<String> stageNames() {
    List<String> out = new ArrayList<>();
    for (Stage s : stages(new HashMap<>(), new TypeEnv[1])) {
      out.add(s.name());
    }
    return out;
  }
}
