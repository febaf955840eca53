package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Head;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OPA's {@code ResolveRefs} and {@code RewriteLocalVars} stages in one scoped walk: rule names and
 * import aliases become full {@code data.}/{@code input.} refs unless shadowed by a local
 * declaration; variables declared with {@code :=}, {@code some}, {@code every} and function
 * arguments get unique generated names; reports "var x assigned above" / "referenced above".
 */
final class ResolveRefsAndLocals {
  private final CompileContext ctx;
  private final Map<String, Ref> globals;
  /** Variables declared by a plain {@code some x} in the rule or query being rewritten. */
  private List<Declared> declared = new ArrayList<>();

  /** A {@code some}-declared variable: its name, its generated name, and the declaring expression. */
  private record Declared(String name, String fresh, Location location) {}

  ResolveRefsAndLocals(CompileContext ctx, Map<String, Ref> globals) {
    this.ctx = ctx;
    this.globals = globals;
  }

  /** Stage entry: rewrites every module. */
  static void run(CompileContext ctx) {
    for (Module m : ctx.modules) {
      for (Rule r : m.rules()) {
        RuleRefs.visit(r, (ref, call) -> Vars.collect(ref, ctx.reserved, false));
        for (Rule x = r; x != null; x = x.elseRule()) {
          Vars.collect(x.body(), ctx.reserved);
        }
      }
    }
    List<Module> out = new ArrayList<>();
    for (Module m : ctx.modules) {
      out.add(new ResolveRefsAndLocals(ctx, globalsOf(m)).module(m));
    }
    ctx.modules = out;
  }

  static Map<String, Ref> globalsOf(Module m) {
    Map<String, Ref> g = new LinkedHashMap<>();
    for (Import imp : m.imports()) {
      Ref p = imp.path();
      String head = p.headName();
      if (!"data".equals(head) && !"input".equals(head)) {
        continue;
      }
      String alias = imp.alias();
      if (alias == null) {
        Term last = p.get(p.size() - 1);
        if (p.size() == 1) {
          alias = head;
        } else if (last instanceof Scalar s && s.value() instanceof StringValue str) {
          alias = str.value();
        } else {
          continue;
        }
      }
      g.put(alias, p);
    }
    for (Rule r : m.rules()) {
      String name = r.head().ref().headName();
      if (name != null) {
        List<Term> ts = new ArrayList<>(m.pkg().path().terms());
        ts.add(new Scalar(StringValue.of(name), r.head().location()));
        g.put(name, new Ref(ts, r.head().location()));
      }
    }
    return g;
  }

  Module module(Module m) {
    List<Rule> rules = new ArrayList<>();
    for (Rule r : m.rules()) {
      rules.add(rule(r, null));
    }
    return new Module(m.file(), m.pkg(), m.imports(), rules, m.annotations(), m.version());
  }

  /** Rewrites a rule; {@code inheritedArgs} are the arguments of the first rule of an else chain. */
  private Rule rule(Rule r, List<Term> inheritedArgs) {
    int errorsBefore = ctx.errors.size();
    List<Declared> outer = declared;
    declared = new ArrayList<>();
    Scope scope = new Scope(null);
    Head h = r.head();
    List<Term> srcArgs = h.args() != null ? h.args() : inheritedArgs;
    List<Term> args = null;
    if (srcArgs != null) {
      for (Term a : srcArgs) {
        for (String v : Vars.of(a)) {
          if (!v.startsWith("$") && !scope.renames.containsKey(v)) {
            scope.declare(v, ctx.freshLocal(v));
          }
        }
      }
      Mapper am = new Mapper(scope);
      args = new ArrayList<>();
      for (Term a : srcArgs) {
        args.add(am.term(a));
      }
    }
    Body body = scopedBody(r.body(), scope);
    if (args != null) {
      HeadArgCalls.Result moved = HeadArgCalls.rewrite(ctx, args, body);
      args = moved.args();
      body = moved.body();
    }
    Mapper hm = new Mapper(scope);
    List<Term> refTerms = new ArrayList<>();
    refTerms.add(h.ref().head());
    for (int i = 1; i < h.ref().size(); i++) {
      refTerms.add(hm.term(h.ref().get(i)));
    }
    Head nh = new Head(new Ref(refTerms, h.ref().location()), h.args() == null ? null : args,
        h.key() == null ? null : hm.term(h.key()), h.value() == null ? null : hm.term(h.value()), h.assign(),
        h.location());
    Set<String> used = new HashSet<>();
    Vars.collect(body, used);
    Vars.collect(nh.ref(), used, true);
    for (Term t : Arrays.asList(nh.key(), nh.value())) {
      if (t != null) {
        Vars.collect(t, used, true);
      }
    }
    reportUnused(declared, used, errorsBefore);
    declared = outer;
    Rule elseRule = r.elseRule() == null ? null : rule(r.elseRule(), srcArgs);
    return new Rule(r.isDefault(), nh, body, elseRule, r.annotations(), r.location());
  }

  /** Rewrites a query body (no package: only locals are rewritten). */
  Body query(Body b) {
    Vars.collect(b, ctx.reserved);
    int errorsBefore = ctx.errors.size();
    Body out = scopedBody(b, new Scope(null));
    Set<String> used = new HashSet<>();
    Vars.collect(out, used);
    reportUnused(declared, used, errorsBefore);
    return out;
  }

  /** OPA's "declared var x unused", reported only when the rule or query has no other error. */
  private void reportUnused(List<Declared> candidates, Set<String> used, int errorsBefore) {
    if (ctx.errors.size() != errorsBefore) {
      return;
    }
    for (Declared d : candidates) {
      if (!used.contains(d.fresh())) {
        ctx.error("rego_compile_error", "declared var " + d.name() + " unused", d.location());
      }
    }
  }

  private Body scopedBody(Body b, Scope scope) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : b.exprs()) {
      Expr r = expr(e, scope);
      if (r != null) {
        DynamicCallArgs.append(ctx, r, out);
      }
    }
    if (out.isEmpty()) {
      out.add(new Expr.TermExpr(new Scalar(io.opadynamodb.rego.value.BooleanValue.TRUE, b.location()), false,
          List.of(), b.location()));
    }
    return new Body(out, b.location());
  }

  private Expr expr(Expr e, Scope scope) {
    Mapper m = new Mapper(scope);
    if (e instanceof Expr.SomeExpr s) {
      if (!s.symbols().isEmpty() && s.symbols().get(0) instanceof Call c) {
        List<Term> args = c.args();
        Term coll = m.term(args.get(args.size() - 1));
        List<Term> nargs = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
          declarePattern(args.get(i), scope, true);
          nargs.add(m.term(args.get(i)));
        }
        nargs.add(coll);
        Call nc = new Call(c.operator(), nargs, c.location());
        return new Expr.SomeExpr(List.of(nc), s.negated(), m.withs(s.with()), s.location());
      }
      for (Term t : s.symbols()) {
        if (t instanceof Var v && !v.isWildcard()) {
          if (scope.declaredHere.contains(v.name())) {
            ctx.error("rego_compile_error", "var " + v.name() + " declared above", s.location());
          }
          String fresh = ctx.freshLocal(v.name());
          scope.declare(v.name(), fresh);
          declared.add(new Declared(v.name(), fresh, s.location()));
        }
      }
      return null;
    }
    if (e instanceof Expr.CallExpr c && c.name().equals("assign") && c.args().size() == 2) {
      Term rhs = m.term(c.args().get(1));
      declarePattern(c.args().get(0), scope, false);
      Term lhs = m.term(c.args().get(0));
      return new Expr.CallExpr(c.operator(), List.of(lhs, rhs), c.negated(), m.withs(c.with()), c.location());
    }
    if (e instanceof Expr.EveryExpr ev) {
      Term domain = m.term(ev.domain());
      Scope inner = new Scope(scope);
      if (ev.key() != null) {
        declarePattern(ev.key(), inner, true);
      }
      declarePattern(ev.value(), inner, true);
      Mapper im = new Mapper(inner);
      Term key = ev.key() == null ? null : im.term(ev.key());
      Term value = im.term(ev.value());
      int errorsBefore = ctx.errors.size();
      Body b = scopedBody(ev.body(), inner);
      // The body must use the every's key and value (OPA reports at the body's first expression).
      List<Declared> vars = new ArrayList<>();
      for (Term t : Arrays.asList(ev.key(), ev.value())) {
        if (t instanceof Var v && !v.isWildcard()) {
          vars.add(new Declared(v.name(), inner.lookup(v.name()), b.get(0).location()));
        }
      }
      Set<String> used = new HashSet<>();
      Vars.collect(b, used);
      reportUnused(vars, used, errorsBefore);
      return new Expr.EveryExpr(key, value, domain, b, ev.negated(), m.withs(ev.with()), ev.location());
    }
    return m.expr(e);
  }

  private void declarePattern(Term pattern, Scope scope, boolean someDecl) {
    Term root = pattern instanceof Ref r && r.size() == 1 ? r.head() : pattern;
    if (root instanceof Var pv && pv.isRoot()) {
      ctx.error("rego_compile_error", "variables must not shadow " + pv.name() + " (use a different variable name)",
          pattern.location());
      return;
    }
    for (String v : Vars.of(pattern)) {
      if (v.startsWith("$")) {
        continue;
      }
      if (v.equals("input") || v.equals("data")) {
        ctx.error("rego_compile_error", "variables must not shadow " + v + " (use a different variable name)",
            pattern.location());
        continue;
      }
      if (!someDecl) {
        if (scope.declaredHere.contains(v)) {
          ctx.error("rego_compile_error", "var " + v + " assigned above", pattern.location());
        } else if (scope.seen.contains(v)) {
          ctx.error("rego_compile_error", "var " + v + " referenced above", pattern.location());
        }
      }
      scope.declare(v, ctx.freshLocal(v));
    }
  }

  /** One lexical scope: a rule body, comprehension body or every body. */
  private static final class Scope {
    final Scope parent;
    final Map<String, String> renames = new HashMap<>();
    final Set<String> declaredHere = new HashSet<>();
    final Set<String> seen = new LinkedHashSet<>();

    Scope(Scope parent) {
      this.parent = parent;
    }

    void declare(String name, String fresh) {
      renames.put(name, fresh);
      declaredHere.add(name);
    }

    String lookup(String name) {
      for (Scope s = this; s != null; s = s.parent) {
        String r = s.renames.get(name);
        if (r != null) {
          return r;
        }
      }
      return null;
    }
  }

  /** Maps terms within one scope. */
  private final class Mapper extends AstMapper {
    private final Scope scope;

    Mapper(Scope scope) {
      this.scope = scope;
    }

    @Override
    protected Term leaf(Term t) {
      if (t instanceof Var v && !v.isWildcard()) {
        String r = scope.lookup(v.name());
        if (r != null) {
          return new Var(r, v.location());
        }
        Ref g = globals.get(v.name());
        if (g != null && !v.isRoot()) {
          return new Ref(g.terms(), v.location());
        }
        scope.seen.add(v.name());
      }
      return t;
    }

    @Override
    protected Term term(Term t) {
      if (t instanceof ArrayComprehension c) {
        Scope inner = new Scope(scope);
        Body b = scopedBody(c.body(), inner);
        return new ArrayComprehension(new Mapper(inner).term(c.head()), b, c.location());
      }
      if (t instanceof SetComprehension c) {
        Scope inner = new Scope(scope);
        Body b = scopedBody(c.body(), inner);
        return new SetComprehension(new Mapper(inner).term(c.head()), b, c.location());
      }
      if (t instanceof ObjectComprehension c) {
        Scope inner = new Scope(scope);
        Body b = scopedBody(c.body(), inner);
        Mapper im = new Mapper(inner);
        return new ObjectComprehension(im.term(c.key()), im.term(c.value()), b, c.location());
      }
      return super.term(t);
    }

    @Override
    protected Ref ref(Ref r) {
      List<Term> ts = new ArrayList<>();
      Term head = r.head();
      if (head instanceof Var v && !v.isWildcard()) {
        String renamed = scope.lookup(v.name());
        Ref g = renamed == null ? globals.get(v.name()) : null;
        if (renamed != null) {
          ts.add(new Var(renamed, v.location()));
        } else if (g != null && !v.isRoot()) {
          ts.addAll(g.terms());
        } else {
          if (!v.isRoot()) {
            scope.seen.add(v.name());
          }
          ts.add(head);
        }
      } else {
        ts.add(term(head));
      }
      for (int i = 1; i < r.size(); i++) {
        ts.add(term(r.get(i)));
      }
      return new Ref(ts, r.location());
    }

    @Override
    protected Ref operator(Ref op) {
      Term head = op.head();
      if (head instanceof Var v) {
        Ref g = globals.get(v.name());
        if (g != null && scope.lookup(v.name()) == null) {
          List<Term> ts = new ArrayList<>(g.terms());
          ts.addAll(op.terms().subList(1, op.size()));
          return new Ref(ts, op.location());
        }
      }
      return op;
    }

    @Override
    protected List<With> withs(List<With> ws) {
      List<With> out = new ArrayList<>(ws.size());
      for (With w : ws) {
        Term target = w.target();
        if (target instanceof Ref r) {
          target = operator(r);
        } else if (target instanceof Var v && !v.isRoot()) {
          Ref g = globals.get(v.name());
          if (g != null) {
            target = new Ref(g.terms(), v.location());
          }
        }
        out.add(new With(target, term(w.value()), w.location()));
      }
      return out;
    }
  }
}
