package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Head;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings modules into the form the checker expects, doing what the compiler's earlier stages do
 * when they have not been run (and nothing when they have): rule and import refs resolved to
 * {@code data.} paths, variables declared inside comprehension and {@code every} bodies made
 * unique, {@code :=} and two-operand {@code ==} checked as {@code =}, {@code x in xs} and {@code
 * some x in xs} as calls, and nested calls hoisted into generated variables placed before the
 * expression (OPA's {@code rewriteExprTerms}).
 */
final class CheckNormalizer {
  private static final String PREFIX = "__ltc";
  private int next;
  private final Map<String, Term> subjects = new HashMap<>();
  private final Set<Expr> generated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Call expressions made from calls nested in terms (their last operand is the added output). */
  Set<Expr> generatedCalls() {
    return generated;
  }

  /** How generated and renamed variables print in messages. */
  Map<String, Term> subjects() {
    return subjects;
  }

  List<Module> modules(List<Module> modules) {
    List<Module> out = new ArrayList<>();
    for (Module m : modules) {
      Resolver resolver = new Resolver(m);
      List<Rule> rules = new ArrayList<>();
      for (Rule r : m.rules()) {
        rules.add(rule(r, resolver));
      }
      out.add(new Module(m.file(), m.pkg(), m.imports(), rules, m.annotations(), m.version()));
    }
    return out;
  }

  Body query(Body b) {
    return flattenBody(scopeBody(b, Map.of(), false));
  }

  private Rule rule(Rule r, Resolver resolver) {
    Set<String> locals = new HashSet<>();
    collectLocals(r, locals);
    resolver.locals = locals;
    Head h = r.head();
    List<Term> args = h.args() == null ? null : resolver.terms(h.args());
    Term key = h.key() == null ? null : resolver.term(h.key());
    Term value = h.value() == null ? null : resolver.term(h.value());
    Body body = resolver.body(r.body());
    // scoping: like OPA's local-variable rewriting, declared variables get fresh names so that a local
    // named like a built-in (`or := 1`) is not typed as that built-in.
    Map<String, String> declared = declaredScope(body);
    Ref ref = h.ref();
    if (!declared.isEmpty()) {
      ref = ref == null ? null : (Ref) scopeTerm(ref, declared);
      key = key == null ? null : scopeTerm(key, declared);
      value = value == null ? null : scopeTerm(value, declared);
    }
    body = scopeBody(body, declared, false);
    // hoist calls in the head into the body
    List<Expr> support = new ArrayList<>();
    if (args != null) {
      List<Term> cpy = new ArrayList<>();
      for (Term a : args) {
        cpy.add(expandTerm(a, support));
      }
      args = cpy;
    }
    if (key != null) {
      key = expandTerm(key, support);
    }
    if (value != null) {
      value = expandTerm(value, support);
    }
    body = flattenBody(body);
    if (key != null) {
      key = hoistIfDynamic(key, support);
    }
    if (value != null) {
      value = hoistIfDynamic(value, support);
    }
    if (args != null) {
      List<Term> cpy = new ArrayList<>();
      for (Term a : args) {
        cpy.add(hoistIfDynamic(a, support));
      }
      args = cpy;
    }
    if (!support.isEmpty()) {
      List<Expr> exprs = new ArrayList<>();
      if (!isTrueBody(body)) {
        exprs.addAll(body.exprs());
      }
      exprs.addAll(support);
      body = new Body(exprs, body.location());
    }
    Head head = new Head(ref, args, key, value, h.assign(), h.location());
    Rule elseRule = r.elseRule() == null ? null : rule(withArgs(r.elseRule(), h), resolver);
    return new Rule(r.isDefault(), head, body, elseRule, r.annotations(), r.location());
  }

  private static Rule withArgs(Rule elseRule, Head parent) {
    Head h = elseRule.head();
    if (h == null) {
      return elseRule;
    }
    if (h.args() == null && parent.args() != null) {
      h = new Head(h.ref() != null ? h.ref() : parent.ref(), parent.args(), h.key(), h.value(), h.assign(),
          h.location());
      return new Rule(elseRule.isDefault(), h, elseRule.body(), elseRule.elseRule(), elseRule.annotations(),
          elseRule.location());
    }
    return elseRule;
  }

  private static boolean isTrueBody(Body b) {
    return b.size() == 1 && b.get(0) instanceof Expr.TermExpr t && !t.negated()
        && t.term() instanceof Scalar s && s.value().equals(BooleanValue.TRUE);
  }

  // ---------------------------------------------------------------- locals

  private static void collectLocals(Rule r, Set<String> out) {
    if (r.head().args() != null) {
      for (Term a : r.head().args()) {
        TermWalker.vars(a, v -> out.add(v.name()));
      }
    }
    collectLocals(r.body(), out);
  }

  /** Adds the variables one expression declares with {@code :=} or {@code some}. */
  private static void declaredBy(Expr e, Set<String> out) {
    if (e instanceof Expr.CallExpr c && c.name().equals("assign") && !c.args().isEmpty()) {
      TermWalker.vars(c.args().get(0), v -> out.add(v.name()));
    } else if (e instanceof Expr.SomeExpr s) {
      for (Term t : s.symbols()) {
        if (t instanceof Call c) {
          for (int i = 0; i < c.args().size() - 1; i++) {
            TermWalker.vars(c.args().get(i), v -> out.add(v.name()));
          }
        } else {
          TermWalker.vars(t, v -> out.add(v.name()));
        }
      }
    }
  }

  private static void collectLocals(Body b, Set<String> out) {
    for (Expr e : b.exprs()) {
      declaredBy(e, out);
      if (e instanceof Expr.EveryExpr ev) {
        if (ev.key() != null) {
          TermWalker.vars(ev.key(), v -> out.add(v.name()));
        }
        TermWalker.vars(ev.value(), v -> out.add(v.name()));
        collectLocals(ev.body(), out);
      }
      ClosureWalker.walk(e, body -> {
        collectLocals(body, out);
        return true;
      });
    }
  }

  // ---------------------------------------------------------------- ref resolution

  /** Resolves rule names and import aliases of one module to full refs. */
  private static final class Resolver {
    private final List<Term> pkg;
    private final Set<String> ruleNames = new HashSet<>();
    private final Map<String, Ref> imports = new HashMap<>();
    Set<String> locals = Set.of();

    Resolver(Module m) {
      pkg = m.pkg().path().terms();
      for (Rule r : m.rules()) {
        if (r.head().ref().head() instanceof Var v) {
          ruleNames.add(v.name());
        }
      }
      for (Import i : m.imports()) {
        Ref path = i.path();
        String root = path.headName();
        if (!"data".equals(root) && !"input".equals(root)) {
          continue;
        }
        String alias = i.alias();
        if (alias == null || alias.isEmpty()) {
          Term last = path.get(path.size() - 1);
          if (path.size() == 1) {
            continue;
          }
          alias = last instanceof Scalar s && s.value() instanceof StringValue str ? str.value() : null;
        }
        if (alias != null) {
          imports.put(alias, path);
        }
      }
    }

    private Ref resolveHead(Var v) {
      String name = v.name();
      if (locals.contains(name) || v.isWildcard()) {
        return null;
      }
      if (ruleNames.contains(name)) {
        List<Term> terms = new ArrayList<>(pkg);
        terms.add(Terms.string(name, v.location()));
        List<Term> located = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
          located.add(i == 0 ? new Var("data", v.location()) : terms.get(i));
        }
        return new Ref(located, v.location());
      }
      Ref imp = imports.get(name);
      if (imp != null) {
        List<Term> located = new ArrayList<>(imp.terms());
        located.set(0, new Var(imp.headName(), v.location()));
        return new Ref(located, v.location());
      }
      return null;
    }

    List<Term> terms(List<Term> ts) {
      List<Term> out = new ArrayList<>();
      for (Term t : ts) {
        out.add(term(t));
      }
      return out;
    }

    Term term(Term t) {
      if (t instanceof Var v) {
        Ref r = resolveHead(v);
        return r != null ? r : v;
      }
      if (t instanceof Ref r) {
        List<Term> rest = new ArrayList<>();
        Term head = r.head();
        Ref resolved = head instanceof Var hv ? resolveHead(hv) : null;
        if (resolved != null) {
          rest.addAll(resolved.terms());
        } else {
          rest.add(head instanceof Var ? head : term(head));
        }
        for (int i = 1; i < r.size(); i++) {
          rest.add(term(r.get(i)));
        }
        return new Ref(rest, r.location());
      }
      if (t instanceof Call c) {
        return new Call(operator(c.operator()), terms(c.args()), c.location());
      }
      if (t instanceof ArrayTerm a) {
        return new ArrayTerm(terms(a.elements()), a.location());
      }
      if (t instanceof SetTerm s) {
        return new SetTerm(terms(s.elements()), s.location());
      }
      if (t instanceof ObjectTerm o) {
        List<ObjectTerm.Entry> es = new ArrayList<>();
        for (ObjectTerm.Entry e : o.entries()) {
          es.add(new ObjectTerm.Entry(term(e.key()), term(e.value())));
        }
        return new ObjectTerm(es, o.location());
      }
      if (t instanceof ArrayComprehension c) {
        return new ArrayComprehension(term(c.head()), body(c.body()), c.location());
      }
      if (t instanceof SetComprehension c) {
        return new SetComprehension(term(c.head()), body(c.body()), c.location());
      }
      if (t instanceof ObjectComprehension c) {
        return new ObjectComprehension(term(c.key()), term(c.value()), body(c.body()), c.location());
      }
      return t;
    }

    private Ref operator(Ref op) {
      if (op.head() instanceof Var v) {
        Ref resolved = resolveHead(v);
        if (resolved != null) {
          List<Term> terms = new ArrayList<>(resolved.terms());
          terms.addAll(op.terms().subList(1, op.size()));
          return new Ref(terms, op.location());
        }
      }
      return op;
    }

    Body body(Body b) {
      List<Expr> out = new ArrayList<>();
      for (Expr e : b.exprs()) {
        out.add(expr(e));
      }
      return new Body(out, b.location());
    }

    private List<With> withs(List<With> ws) {
      List<With> out = new ArrayList<>();
      for (With w : ws) {
        Term target = w.target();
        if (target instanceof Ref r) {
          target = term(r);
        } else if (target instanceof Var v) {
          Ref res = resolveHead(v);
          target = res != null ? res : v;
        }
        out.add(new With(target, term(w.value()), w.location()));
      }
      return out;
    }

    Expr expr(Expr e) {
      if (e instanceof Expr.TermExpr t) {
        return new Expr.TermExpr(term(t.term()), t.negated(), withs(t.with()), t.location());
      }
      if (e instanceof Expr.CallExpr c) {
        return new Expr.CallExpr(operator(c.operator()), terms(c.args()), c.negated(), withs(c.with()),
            c.location());
      }
      if (e instanceof Expr.SomeExpr s) {
        return new Expr.SomeExpr(terms(s.symbols()), s.negated(), withs(s.with()), s.location());
      }
      Expr.EveryExpr ev = (Expr.EveryExpr) e;
      return new Expr.EveryExpr(ev.key(), ev.value(), term(ev.domain()), body(ev.body()), ev.negated(),
          withs(ev.with()), ev.location());
    }
  }

  // ---------------------------------------------------------------- scoping

  private String fresh(String original, Location loc) {
    String name = PREFIX + (next++) + "__";
    subjects.put(name, new Var(original, loc));
    return name;
  }

  /** Renames variables declared in closure bodies so they cannot clash with outer variables. */
  private Body scopeBody(Body b, Map<String, String> inherited, boolean closure) {
    Map<String, String> scope = new HashMap<>(inherited);
    if (closure) {
      scope.putAll(declaredScope(b));
    }
    List<Expr> out = new ArrayList<>();
    for (Expr e : b.exprs()) {
      out.add(scopeExpr(e, scope));
    }
    return new Body(out, b.location());
  }

  /** Fresh names for the variables a body declares with {@code :=} or {@code some}. */
  private Map<String, String> declaredScope(Body b) {
    Set<String> declared = new HashSet<>();
    for (Expr e : b.exprs()) {
      declaredBy(e, declared);
    }
    Map<String, String> scope = new HashMap<>();
    for (String d : declared) {
      if (!d.startsWith("$")) {
        scope.put(d, fresh(d, b.location()));
      }
    }
    return scope;
  }

  private Expr scopeExpr(Expr e, Map<String, String> scope) {
    List<With> ws = new ArrayList<>();
    for (With w : e.with()) {
      ws.add(new With(w.target(), scopeTerm(w.value(), scope), w.location()));
    }
    if (e instanceof Expr.TermExpr t) {
      return new Expr.TermExpr(scopeTerm(t.term(), scope), t.negated(), ws, t.location());
    }
    if (e instanceof Expr.CallExpr c) {
      return new Expr.CallExpr(c.operator(), scopeTerms(c.args(), scope), c.negated(), ws, c.location());
    }
    if (e instanceof Expr.SomeExpr s) {
      return new Expr.SomeExpr(scopeTerms(s.symbols(), scope), s.negated(), ws, s.location());
    }
    Expr.EveryExpr ev = (Expr.EveryExpr) e;
    Map<String, String> inner = new HashMap<>(scope);
    Term key = ev.key();
    if (key instanceof Var kv && !kv.isWildcard()) {
      inner.put(kv.name(), fresh(kv.name(), kv.location()));
    }
    if (ev.value() instanceof Var vv && !vv.isWildcard()) {
      inner.put(vv.name(), fresh(vv.name(), vv.location()));
    }
    return new Expr.EveryExpr(key == null ? null : scopeTerm(key, inner), scopeTerm(ev.value(), inner),
        scopeTerm(ev.domain(), scope), scopeBody(ev.body(), inner, true), ev.negated(), ws, ev.location());
  }

  private List<Term> scopeTerms(List<Term> ts, Map<String, String> scope) {
    List<Term> out = new ArrayList<>();
    for (Term t : ts) {
      out.add(scopeTerm(t, scope));
    }
    return out;
  }

  private Term scopeTerm(Term t, Map<String, String> scope) {
    if (t instanceof Var v) {
      String n = scope.get(v.name());
      return n != null ? new Var(n, v.location()) : v;
    }
    if (t instanceof Ref r) {
      return new Ref(scopeTerms(r.terms(), scope), r.location());
    }
    if (t instanceof Call c) {
      return new Call(c.operator(), scopeTerms(c.args(), scope), c.location());
    }
    if (t instanceof ArrayTerm a) {
      return new ArrayTerm(scopeTerms(a.elements(), scope), a.location());
    }
    if (t instanceof SetTerm s) {
      return new SetTerm(scopeTerms(s.elements(), scope), s.location());
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> es = new ArrayList<>();
      for (ObjectTerm.Entry e : o.entries()) {
        es.add(new ObjectTerm.Entry(scopeTerm(e.key(), scope), scopeTerm(e.value(), scope)));
      }
      return new ObjectTerm(es, o.location());
    }
    if (t instanceof ArrayComprehension c) {
      Body body = scopeBody(c.body(), scope, true);
      return new ArrayComprehension(scopeTerm(c.head(), innerScope(c.body(), body, scope)), body, c.location());
    }
    if (t instanceof SetComprehension c) {
      Body body = scopeBody(c.body(), scope, true);
      return new SetComprehension(scopeTerm(c.head(), innerScope(c.body(), body, scope)), body, c.location());
    }
    if (t instanceof ObjectComprehension c) {
      Body body = scopeBody(c.body(), scope, true);
      Map<String, String> inner = innerScope(c.body(), body, scope);
      return new ObjectComprehension(scopeTerm(c.key(), inner), scopeTerm(c.value(), inner), body, c.location());
    }
    return t;
  }

  /** The scope of a comprehension body after renaming, recovered from the renamed body. */
  private Map<String, String> innerScope(Body before, Body after, Map<String, String> outer) {
    Map<String, String> inner = new HashMap<>(outer);
    for (int i = 0; i < before.size(); i++) {
      Expr b = before.get(i);
      Expr a = after.get(i);
      if (b instanceof Expr.CallExpr cb && a instanceof Expr.CallExpr ca && !cb.args().isEmpty()) {
        pairVars(cb.args().get(0), ca.args().get(0), inner);
      } else if (b instanceof Expr.SomeExpr sb && a instanceof Expr.SomeExpr sa) {
        for (int j = 0; j < sb.symbols().size(); j++) {
          pairVars(sb.symbols().get(j), sa.symbols().get(j), inner);
        }
      }
    }
    return inner;
  }

  private static void pairVars(Term before, Term after, Map<String, String> out) {
    List<Var> bs = new ArrayList<>();
    List<Var> as = new ArrayList<>();
    TermWalker.vars(before, bs::add);
    TermWalker.vars(after, as::add);
    for (int i = 0; i < Math.min(bs.size(), as.size()); i++) {
      if (!bs.get(i).name().equals(as.get(i).name())) {
        out.put(bs.get(i).name(), as.get(i).name());
      }
    }
  }

  // ---------------------------------------------------------------- flattening

  private Body flattenBody(Body b) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : b.exprs()) {
      out.addAll(expandExpr(canonical(e)));
    }
    return new Body(out, b.location());
  }

  /** Calls as call expressions; {@code :=} and two-operand {@code ==} as {@code =}. */
  private static Expr canonical(Expr e) {
    if (e instanceof Expr.TermExpr t && t.term() instanceof Call c) {
      e = new Expr.CallExpr(c.operator(), c.args(), t.negated(), t.with(), t.location());
    } else if (e instanceof Expr.SomeExpr s && s.symbols().size() == 1 && s.symbols().get(0) instanceof Call c) {
      e = new Expr.CallExpr(c.operator(), c.args(), s.negated(), s.with(), s.location());
    }
    if (e instanceof Expr.CallExpr c) {
      String name = c.name();
      if (name.equals("assign") || (name.equals("equal") && c.args().size() == 2)) {
        return new Expr.CallExpr(new Ref(List.of(new Var("eq", c.operator().location())), c.operator().location()),
            c.args(), c.negated(), c.with(), c.location());
      }
    }
    return e;
  }

  private List<Expr> expandExpr(Expr e) {
    List<Expr> result = new ArrayList<>();
    List<With> ws = new ArrayList<>();
    for (With w : e.with()) {
      ws.add(new With(w.target(), expandTerm(w.value(), result), w.location()));
    }
    if (e instanceof Expr.TermExpr t) {
      List<Expr> extras = new ArrayList<>();
      Term term = expandTerm(t.term(), extras);
      result.addAll(withWiths(extras, ws));
      result.add(new Expr.TermExpr(term, t.negated(), ws, t.location()));
    } else if (e instanceof Expr.CallExpr c) {
      List<Term> args = new ArrayList<>();
      List<Expr> extras = new ArrayList<>();
      for (Term a : c.args()) {
        args.add(expandTerm(a, extras));
      }
      result.addAll(withWiths(extras, ws));
      result.add(new Expr.CallExpr(c.operator(), args, c.negated(), ws, c.location()));
    } else if (e instanceof Expr.EveryExpr ev) {
      List<Expr> extras = new ArrayList<>();
      Term domain = expandTerm(ev.domain(), extras);
      result.addAll(withWiths(extras, ws));
      result.add(new Expr.EveryExpr(ev.key(), ev.value(), domain, flattenBody(ev.body()), ev.negated(), ws,
          ev.location()));
    } else {
      Expr.SomeExpr s = (Expr.SomeExpr) e;
      result.add(new Expr.SomeExpr(s.symbols(), s.negated(), ws, s.location()));
    }
    return result;
  }

  private static List<Expr> withWiths(List<Expr> exprs, List<With> ws) {
    if (ws.isEmpty()) {
      return exprs;
    }
    List<Expr> out = new ArrayList<>();
    for (Expr e : exprs) {
      if (e instanceof Expr.CallExpr c) {
        out.add(new Expr.CallExpr(c.operator(), c.args(), c.negated(), ws, c.location()));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private Var generated(Location loc) {
    return new Var(PREFIX + (next++) + "__", loc);
  }

  /** Hoists the calls in a term into {@code support}; returns the term with calls replaced by variables. */
  private Term expandTerm(Term t, List<Expr> support) {
    if (t instanceof Call c) {
      List<Term> args = new ArrayList<>();
      for (Term a : c.args()) {
        args.add(expandTerm(a, support));
      }
      Var out = generated(c.location());
      args.add(out);
      Expr.CallExpr gen = new Expr.CallExpr(c.operator(), args, false, List.of(), c.location());
      generated.add(gen);
      support.add(gen);
      return out;
    }
    if (t instanceof Ref r) {
      List<Term> terms = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        Term x = r.get(i);
        Term expanded = expandTerm(x, support);
        if (x instanceof Call && expanded instanceof Var v) {
          subjects.put(v.name(), x);
        }
        terms.add(expanded);
      }
      Term head = r.head();
      if (head instanceof ArrayTerm || head instanceof ObjectTerm || head instanceof SetTerm || head instanceof Call
          || TypeChecker.isComprehension(head)) {
        Var local = generated(head.location());
        support.add(new Expr.CallExpr(new Ref(List.of(new Var("eq", head.location())), head.location()),
            List.of(local, terms.get(0)), false, List.of(), head.location()));
        subjects.put(local.name(), head);
        terms.set(0, local);
      }
      return new Ref(terms, r.location());
    }
    if (t instanceof ArrayTerm a) {
      List<Term> out = new ArrayList<>();
      for (Term x : a.elements()) {
        out.add(expandTerm(x, support));
      }
      return new ArrayTerm(out, a.location());
    }
    if (t instanceof SetTerm s) {
      List<Term> out = new ArrayList<>();
      for (Term x : s.elements()) {
        out.add(expandTerm(x, support));
      }
      return new SetTerm(out, s.location());
    }
    if (t instanceof ObjectTerm o) {
      List<ObjectTerm.Entry> out = new ArrayList<>();
      for (ObjectTerm.Entry e : o.entries()) {
        Term k = expandTerm(e.key(), support);
        Term v = expandTerm(e.value(), support);
        out.add(new ObjectTerm.Entry(k, v));
      }
      return new ObjectTerm(out, o.location());
    }
    if (t instanceof ArrayComprehension c) {
      List<Expr> extra = new ArrayList<>();
      Term head = expandTerm(c.head(), extra);
      Body body = flattenBody(c.body());
      head = hoistIfDynamic(head, extra);
      return new ArrayComprehension(head, append(body, extra), c.location());
    }
    if (t instanceof SetComprehension c) {
      List<Expr> extra = new ArrayList<>();
      Term head = expandTerm(c.head(), extra);
      Body body = flattenBody(c.body());
      head = hoistIfDynamic(head, extra);
      return new SetComprehension(head, append(body, extra), c.location());
    }
    if (t instanceof ObjectComprehension c) {
      List<Expr> extra = new ArrayList<>();
      Term key = expandTerm(c.key(), extra);
      Term value = expandTerm(c.value(), extra);
      Body body = flattenBody(c.body());
      key = hoistIfDynamic(key, extra);
      value = hoistIfDynamic(value, extra);
      return new ObjectComprehension(key, value, append(body, extra), c.location());
    }
    return t;
  }

  /** Terms with refs or comprehensions are bound to a generated variable by {@code support} (OPA's requiresEval). */
  private Term hoistIfDynamic(Term t, List<Expr> support) {
    if (!requiresEval(t)) {
      return t;
    }
    Var v = generated(t.location());
    support.add(new Expr.CallExpr(new Ref(List.of(new Var("eq", t.location())), t.location()), List.of(v, t), false,
        List.of(), t.location()));
    return v;
  }

  private static boolean requiresEval(Term t) {
    if (t instanceof Ref || TypeChecker.isComprehension(t)) {
      return true;
    }
    if (t instanceof ArrayTerm a) {
      return a.elements().stream().anyMatch(CheckNormalizer::requiresEval);
    }
    if (t instanceof SetTerm s) {
      return s.elements().stream().anyMatch(CheckNormalizer::requiresEval);
    }
    if (t instanceof ObjectTerm o) {
      return o.entries().stream().anyMatch(e -> requiresEval(e.key()) || requiresEval(e.value()));
    }
    if (t instanceof Call c) {
      return c.args().stream().anyMatch(CheckNormalizer::requiresEval);
    }
    return false;
  }

  private static Body append(Body b, List<Expr> extra) {
    if (extra.isEmpty()) {
      return b;
    }
    List<Expr> exprs = new ArrayList<>(b.exprs());
    exprs.addAll(extra);
    return new Body(exprs, b.location());
  }
}
