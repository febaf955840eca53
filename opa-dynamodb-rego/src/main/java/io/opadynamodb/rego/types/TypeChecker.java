package io.opadynamodb.rego.types;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.types.FunctionType.FuncArgs;
import io.opadynamodb.rego.value.BooleanValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Rego's type checker, ported from OPA's {@code ast/check.go}: infers the types of rules, checks
 * built-in and function calls, unifications and refs, and reports {@code rego_type_error}s with
 * OPA's messages and locations.
 *
 * <p>It runs on modules after the compiler's rewriting stages (refs resolved to {@code data.}
 * paths, locals renamed, nested calls hoisted) and also on plain parsed modules: {@link
 * CheckNormalizer} performs the rewrites the checker depends on when they have not been done.
 */
public final class TypeChecker {
  /**
   * Settings of a check.
   *
   * @param subjects how generated variables print in messages: variable name to the term it stands
   *     for (e.g. {@code __local0__} to {@code x}); may be empty
   * @param allowUndefinedFunctions when true, calls to unknown functions are not errors
   * @param normalize when true, rewrite what the compiler did not (ref resolution, hoisting of
   *     nested calls, {@code :=} as {@code =}); harmless on compiled modules
   * @param dependents for {@code with} targets: the refs of the rules a target may replace and of
   *     the rules depending on them (null: computed from the modules checked)
   */
  public record Options(Map<String, Term> subjects, boolean allowUndefinedFunctions, boolean normalize,
      Function<Ref, List<Ref>> dependents) {
    public static final Options DEFAULT = new Options(Map.of(), false, true, null);

    public Options withSubjects(Map<String, Term> s) {
      return new Options(s, allowUndefinedFunctions, normalize, dependents);
    }
  }

  /** The outcome of checking a body: the environment holding its variables' types, and errors. */
  record Result(TypeEnv env, List<TypeError> errors) {}

  private Map<String, Term> subjects = Map.of();
  private boolean allowUndefinedFunctions;
  private Function<Ref, List<Ref>> dependents;
  private final Map<String, TypeTree> withTrees = new HashMap<>();
  private final List<TypeError> errs = new ArrayList<>();

  TypeChecker() {}

  private TypeChecker copy() {
    TypeChecker c = new TypeChecker();
    c.subjects = subjects;
    c.allowUndefinedFunctions = allowUndefinedFunctions;
    c.dependents = dependents;
    return c;
  }

  /** Checks modules with default options; returns the type errors sorted by location. */
  public static List<RegoError> check(List<Module> modules, TypeEnv env) {
    return check(modules, env, Options.DEFAULT).errors();
  }

  /** Result of checking modules: errors and the environment with the rules' types. */
  public record ModulesResult(List<RegoError> errors, TypeEnv env) {}

  /** Checks modules; the returned environment knows the inferred types of all rules. */
  public static ModulesResult check(List<Module> modules, TypeEnv env, Options options) {
    Map<String, Term> subjects = new HashMap<>(options.subjects());
    List<Module> prepared = modules;
    Set<Expr> generated = Set.of();
    if (options.normalize()) {
      CheckNormalizer normalizer = new CheckNormalizer();
      prepared = normalizer.modules(modules);
      subjects.putAll(normalizer.subjects());
      generated = normalizer.generatedCalls();
    }
    RuleGraph graph = new RuleGraph(prepared);
    if (!options.allowUndefinedFunctions()) {
      List<TypeError> undefined = UndefinedFunctionCheck.check(prepared, env, graph, generated);
      if (!undefined.isEmpty()) {
        return new ModulesResult(toRegoErrors(undefined), env);
      }
    }
    TypeChecker tc = new TypeChecker();
    tc.subjects = subjects;
    tc.allowUndefinedFunctions = options.allowUndefinedFunctions();
    tc.dependents = options.dependents() != null ? options.dependents() : graph::dependents;
    TypeEnv checked = tc.newEnv(env);
    Map<String, Integer> arities = new HashMap<>();
    for (RuleGraph.Node n : graph.nodes()) {
      if (Terms.isGroundRef(new Ref(n.path(), null))) {
        arities.putIfAbsent(RefNames.dotted(new Ref(n.path(), null)),
            n.rule().head().args() == null ? 0 : n.rule().head().args().size());
      }
    }
    checked.ruleArities = arities;
    for (RuleGraph.Node n : graph.sorted()) {
      tc.checkRule(checked, n.module(), n.rule());
    }
    List<TypeError> all = new ArrayList<>(tc.errs);
    sort(all);
    return new ModulesResult(toRegoErrors(all), checked);
  }

  /** Checks a query against an environment (e.g. one returned by {@link #check(List, TypeEnv, Options)}). */
  public static List<RegoError> checkQuery(Body query, TypeEnv env) {
    return checkQuery(query, env, Options.DEFAULT);
  }

  /** Checks a query with options. */
  public static List<RegoError> checkQuery(Body query, TypeEnv env, Options options) {
    Map<String, Term> subjects = new HashMap<>(options.subjects());
    Body prepared = query;
    Set<Expr> generated = Set.of();
    if (options.normalize()) {
      CheckNormalizer normalizer = new CheckNormalizer();
      prepared = normalizer.query(query);
      subjects.putAll(normalizer.subjects());
      generated = normalizer.generatedCalls();
    }
    if (!options.allowUndefinedFunctions()) {
      List<TypeError> undefined = UndefinedFunctionCheck.checkQuery(prepared, env, generated);
      if (!undefined.isEmpty()) {
        return toRegoErrors(undefined);
      }
    }
    TypeChecker tc = new TypeChecker();
    tc.subjects = subjects;
    tc.allowUndefinedFunctions = options.allowUndefinedFunctions();
    tc.dependents = options.dependents();
    return toRegoErrors(tc.checkBody(env, prepared).errors());
  }

  private static List<RegoError> toRegoErrors(List<TypeError> errors) {
    List<RegoError> out = new ArrayList<>();
    for (TypeError e : errors) {
      out.add(e.toRegoError());
    }
    return out;
  }

  private static void sort(List<TypeError> errors) {
    errors.sort(Comparator.<TypeError, String>comparing(e -> nz(e.location().file()))
        .thenComparingInt(e -> e.location().row())
        .thenComparingInt(e -> e.location().col())
        .thenComparing(e -> e.toRegoError().toString()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  TypeEnv newEnv(TypeEnv exist) {
    if (exist != null) {
      TypeEnv env = exist.wrap();
      env.newChecker = this::copy;
      return env;
    }
    return TypeEnv.empty(this::copy);
  }

  /** Checks a body; the returned environment wraps {@code env} and knows the body's variables. */
  Result checkBody(TypeEnv env, Body body) {
    List<TypeError> errors = new ArrayList<>();
    env = newEnv(env);
    RefChecker vis = new RefChecker(env, this::rewrite);
    for (Expr expr : body.exprs()) {
      TypeEnv exprEnv = env;
      RefChecker exprVis = vis;
      if (!expr.with().isEmpty()) {
        TypeEnv withEnv = withEnv(env, expr);
        if (withEnv != env) {
          exprEnv = withEnv;
          exprVis = new RefChecker(withEnv, this::rewrite);
        }
      }
      List<TypeError> closureErrs = checkClosures(exprEnv, expr);
      errors.addAll(closureErrs);
      exprVis.errs = new ArrayList<>();
      exprVis.visitExpr(expr);
      errors.addAll(exprVis.errs);
      TypeError err = checkExpr(exprEnv, expr);
      if (err != null) {
        boolean skip = (!closureErrs.isEmpty() || !exprVis.errs.isEmpty()) && err.nilType();
        if (!skip) {
          errors.add(err);
        }
      }
    }
    errs.addAll(errors);
    return new Result(env, errors);
  }

  private List<TypeError> checkClosures(TypeEnv env, Expr expr) {
    List<TypeError>[] result = new List[] {List.of()};
    ClosureWalker.walk(expr, body -> {
      List<TypeError> e = copy().checkBody(env, body).errors();
      if (!e.isEmpty()) {
        result[0] = e;
        return true;
      }
      return false;
    });
    return result[0];
  }

  private void checkRule(TypeEnv env, Module module, Rule rule) {
    env = env.wrap();
    Result r = checkBody(env, rule.body());
    env = env.next;
    TypeEnv cpy = r.env();
    List<Term> path = RuleGraph.rulePath(module, rule);
    if (!r.errors().isEmpty()) {
      env.tree.put(path, Types.A);
      return;
    }
    Term value = rule.head().value() != null ? rule.head().value()
        : rule.head().key() == null ? new Scalar(BooleanValue.TRUE, rule.head().location()) : null;
    Type tpe = null;
    if (rule.head().args() != null && !rule.head().args().isEmpty()) {
      for (Term arg : rule.head().args()) {
        TermWalker.vars(arg, v -> {
          if (cpy.getByValue(v) == null) {
            cpy.vars.putOne(v, Types.A);
          }
        });
      }
      List<Type> args = new ArrayList<>();
      for (Term arg : rule.head().args()) {
        args.add(cpy.getByValue(arg));
      }
      Type result = value == null ? null : cpy.getByValue(value);
      if (result == null && allowUndefinedFunctions) {
        result = Types.A;
      }
      tpe = FunctionType.of(args, result);
    } else if (value != null) {
      Type typeV = cpy.getByValue(value);
      if (!isGround(path)) {
        List<Term> objPath = dynamicSuffix(path);
        path = groundPrefix(path);
        tpe = nestedObject(cpy, objPath, 0, typeV);
      } else if (typeV != null) {
        tpe = typeV;
      }
    } else {
      Type typeK = cpy.getByValue(rule.head().key());
      if (typeK != null) {
        tpe = new SetType(typeK);
        if (!isGround(path)) {
          List<Term> objPath = dynamicSuffix(path);
          path = groundPrefix(path);
          tpe = nestedObject(cpy, objPath, 0, tpe);
        }
      }
    }
    if (tpe != null) {
      env.insert(path, tpe);
    }
  }

  private static boolean isGround(List<Term> path) {
    return dynamicSuffix(path).isEmpty();
  }

  private static List<Term> dynamicSuffix(List<Term> path) {
    for (int i = 1; i < path.size(); i++) {
      if (!Terms.isGround(path.get(i))) {
        return path.subList(i, path.size());
      }
    }
    return List.of();
  }

  private static List<Term> groundPrefix(List<Term> path) {
    for (int i = 1; i < path.size(); i++) {
      if (!Terms.isGround(path.get(i))) {
        return path.subList(0, i);
      }
    }
    return path;
  }

  private static Type nestedObject(TypeEnv env, List<Term> path, int i, Type tpe) {
    if (i == path.size()) {
      return tpe;
    }
    Type typeV = nestedObject(env, path, i + 1, tpe);
    if (typeV == null) {
      return null;
    }
    Type typeK = env.getByValue(path.get(i));
    if (typeK == null) {
      return null;
    }
    return Types.objectOf(typeK, typeV);
  }

  private TypeError checkExpr(TypeEnv env, Expr expr) {
    TypeError err = checkExprWith(env, expr, 0);
    if (err != null) {
      return err;
    }
    if (!(expr instanceof Expr.CallExpr call)) {
      return null;
    }
    String operator = call.name();
    if (operator.equals("eq")) {
      return checkExprEq(env, call);
    }
    if (operator.equals("internal.member_2") || operator.equals("internal.member_3")) {
      err = checkExprMember(env, call, operator.equals("internal.member_3"));
      if (err != null) {
        return err;
      }
    }
    return checkExprBuiltin(env, call);
  }

  private TypeError checkExprMember(TypeEnv env, Expr.CallExpr expr, boolean withKey) {
    int arity = withKey ? 3 : 2;
    List<Term> args = expr.args();
    if (args.size() < arity) {
      return null;
    }
    Type collection = env.getByValue(args.get(arity - 1));
    Type values = Types.values(collection);
    if (values == null) {
      return null;
    }
    if (withKey) {
      TypeError err = checkExprMemberOperand(env, expr, args.get(0), Types.keys(collection));
      if (err != null) {
        return err;
      }
    }
    return checkExprMemberOperand(env, expr, args.get(arity - 2), values);
  }

  private TypeError checkExprMemberOperand(TypeEnv env, Expr expr, Term term, Type tpe) {
    if (tpe == null || Types.isNil(tpe)) {
      return null;
    }
    Type have = env.getByValue(term);
    if ((!Types.isNil(have) && !Unifier.unifies(have, tpe)) || !Unifier.unify1(env, term, tpe, false)) {
      return TypeErrors.matchError(expr.location(), have, tpe);
    }
    return null;
  }

  private TypeError checkExprBuiltin(TypeEnv env, Expr.CallExpr expr) {
    Ref name = expr.operator();
    Type tpe = env.getByRef(name);
    if (tpe == null) {
      if (allowUndefinedFunctions) {
        return null;
      }
      return TypeErrors.plain(expr.location(), "undefined function " + io.opadynamodb.rego.ast.RefNames.dotted(name));
    }
    if (tpe instanceof AnyType any && any.isAny()) {
      return null;
    }
    if (!(tpe instanceof FunctionType ftpe)) {
      return TypeErrors.plain(expr.location(), "undefined function " + io.opadynamodb.rego.ast.RefNames.dotted(name));
    }
    FuncArgs fargs = ftpe.funcArgs();
    FuncArgs namedFargs = ftpe.namedFuncArgs();
    if (ftpe.unnamedResult() != null) {
      fargs = fargs.append(ftpe.unnamedResult());
      namedFargs = namedFargs.append(ftpe.result());
    }
    List<Term> args = expr.args();
    if (args.size() > fargs.args().size() && fargs.variadic() == null) {
      return TypeErrors.argError(expr.location(), name, "too many arguments", argTypes(env, args), namedFargs);
    }
    if (args.size() < ftpe.arity()) {
      return TypeErrors.argError(expr.location(), name, "too few arguments", argTypes(env, args), namedFargs);
    }
    List<Type> pre = argTypes(env, args);
    for (int i = 0; i < args.size(); i++) {
      if (pre.get(i) != null && !Types.isNil(pre.get(i)) && !Unifier.unifies(pre.get(i), fargs.arg(i))) {
        return TypeErrors.argError(expr.location(), name, "invalid argument(s)", pre, namedFargs);
      }
      if (!Unifier.unify1(env, args.get(i), fargs.arg(i), false)) {
        return TypeErrors.argError(expr.location(), name, "invalid argument(s)", argTypes(env, args), namedFargs);
      }
    }
    return null;
  }

  private static List<Type> argTypes(TypeEnv env, List<Term> args) {
    List<Type> out = new ArrayList<>();
    for (Term t : args) {
      out.add(env.getByValue(t));
    }
    return out;
  }

  private static final FuncArgs EQUALITY_ARGS = new FuncArgs(List.of(Types.A, Types.A), null);

  private TypeError checkExprEq(TypeEnv env, Expr.CallExpr expr) {
    List<Term> ops = expr.args();
    if (ops.size() < 2) {
      return TypeErrors.argError(expr.location(), expr.operator(), "too few arguments", argTypes(env, ops),
          EQUALITY_ARGS);
    }
    if (ops.size() > 2) {
      return TypeErrors.argError(expr.location(), expr.operator(), "too many arguments", argTypes(env, ops),
          EQUALITY_ARGS);
    }
    Term a = ops.get(0);
    Term b = ops.get(1);
    Type typeA = env.getByValue(a);
    Type typeB = env.getByValue(b);
    if (!Unifier.unify2(env, a, typeA, b, typeB)) {
      return TypeErrors.matchError(expr.location(), typeA, typeB);
    }
    return null;
  }

  private static Ref targetRef(Term target) {
    if (target instanceof Ref r) {
      return r;
    }
    if (target instanceof Var v) {
      return new Ref(List.of(v), v.location());
    }
    return null;
  }

  private TypeEnv withEnv(TypeEnv env, Expr expr) {
    TypeEnv cpy = env;
    List<Ref> targets = new ArrayList<>();
    List<Type> targetTypes = new ArrayList<>();
    for (With w : expr.with()) {
      Ref target = targetRef(w.target());
      if (target == null) {
        continue;
      }
      Type targetType = env.getByRef(target);
      boolean isFunc = targetType instanceof FunctionType;
      TypeTree tree = relaxedDependents(target, isFunc);
      if (tree != null) {
        TypeEnv layer = cpy.wrapWith();
        layer.tree = tree;
        cpy = layer;
      }
      if (!isFunc) {
        Type tpe = Types.A;
        if (Terms.isGroundRef(target) && targetType != null) {
          Type valueType = env.getByValue(w.value());
          if (valueType != null) {
            Type or = Types.or(targetType, valueType);
            if (or != null) {
              tpe = or;
            }
          }
        }
        targets.add(Terms.groundPrefix(target));
        targetTypes.add(tpe);
      }
    }
    if (targets.isEmpty()) {
      return cpy;
    }
    cpy = cpy.wrapWith();
    for (int i = 0; i < targets.size(); i++) {
      cpy.tree.put(targets.get(i).terms(), targetTypes.get(i));
    }
    return cpy;
  }

  private TypeTree relaxedDependents(Ref target, boolean isFunc) {
    if (dependents == null) {
      return null;
    }
    String key = (isFunc ? "f:" : "") + io.opadynamodb.rego.ast.RefNames.dotted(target);
    if (withTrees.containsKey(key)) {
      return withTrees.get(key);
    }
    TypeTree tree = null;
    for (Ref ref : dependents.apply(target)) {
      if (isFunc && io.opadynamodb.rego.ast.RefNames.dotted(ref).equals(io.opadynamodb.rego.ast.RefNames.dotted(target))) {
        continue;
      }
      if (tree == null) {
        tree = new TypeTree(null);
      }
      tree.put(ref.terms(), Types.A);
    }
    withTrees.put(key, tree);
    return tree;
  }

  private TypeError checkExprWith(TypeEnv env, Expr expr, int i) {
    for (; i < expr.with().size(); i++) {
      With w = expr.with().get(i);
      Type targetType = env.getByValue(w.target() instanceof Var v ? new Ref(List.of(v), v.location()) : w.target());
      Type valueType = env.getByValue(w.value());
      if (targetType instanceof FunctionType t && valueType instanceof FunctionType v) {
        if (!Unifier.unifies(targetType, valueType)) {
          return TypeErrors.argError(w.location(), targetRef(w.target()), "arity mismatch", v.funcArgs().args(),
              t.namedFuncArgs());
        }
      }
    }
    return null;
  }

  /** Prints refs in messages with generated variables replaced by what they stand for. */
  private Ref rewrite(Ref ref) {
    return (Ref) substitute(ref);
  }

  private Term substitute(Term t) {
    if (t instanceof Var v) {
      Term s = subjects.get(v.name());
      // the checker's own renaming may stand for a compiler-generated name: follow the chain to the source name
      for (int hops = 0; s instanceof Var sv && subjects.containsKey(sv.name()) && hops < subjects.size(); hops++) {
        s = subjects.get(sv.name());
      }
      if (s != null) {
        return s;
      }
      // OPA prints wildcards as written.
      return v.isWildcard() ? new Var("_", v.location()) : v;
    }
    if (t instanceof Ref r) {
      List<Term> terms = new ArrayList<>();
      for (Term x : r.terms()) {
        terms.add(substitute(x));
      }
      return new Ref(terms, r.location());
    }
    if (t instanceof ArrayTerm a) {
      List<Term> terms = new ArrayList<>();
      for (Term x : a.elements()) {
        terms.add(substitute(x));
      }
      return new ArrayTerm(terms, a.location());
    }
    if (t instanceof SetTerm s) {
      List<Term> terms = new ArrayList<>();
      for (Term x : s.elements()) {
        terms.add(substitute(x));
      }
      return new SetTerm(terms, s.location());
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> entries = new ArrayList<>();
      for (ObjectTerm.Entry e : o.entries()) {
        entries.add(new ObjectTerm.Entry(substitute(e.key()), substitute(e.value())));
      }
      return new ObjectTerm(entries, o.location());
    }
    if (t instanceof Call c) {
      List<Term> terms = new ArrayList<>();
      for (Term x : c.args()) {
        terms.add(substitute(x));
      }
      return new Call(c.operator(), terms, c.location());
    }
    return t;
  }

  static Location loc(Term t) {
    return t.location() == null ? Location.NONE : t.location();
  }

  static boolean isComprehension(Term t) {
    return t instanceof ArrayComprehension || t instanceof SetComprehension || t instanceof ObjectComprehension;
  }
}
