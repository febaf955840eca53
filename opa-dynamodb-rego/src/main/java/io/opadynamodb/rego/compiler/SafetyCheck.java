package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Head;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.ObjectComprehension;
import io.opadynamodb.rego.ast.ObjectTerm;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.SetComprehension;
import io.opadynamodb.rego.ast.SetTerm;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.ast.With;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OPA's {@code CheckSafetyRuleHeads}/{@code CheckSafetyRuleBodies}: reorders each body so every
 * variable is bound before it is used (stable: the earliest expression that is safe goes next)
 * and reports {@code rego_unsafe_var_error} "var x is unsafe" for variables that can never be
 * bound. Comprehension and every bodies are reordered with the enclosing safe variables.
 */
final class SafetyCheck {
  private final CompileContext ctx;
  private final Map<String, Integer> functionArity;

  SafetyCheck(CompileContext ctx, Map<String, Integer> functionArity) {
    this.ctx = ctx;
    this.functionArity = functionArity;
  }

  static void run(CompileContext ctx, Map<String, Integer> functionArity) {
    SafetyCheck s = new SafetyCheck(ctx, functionArity);
    List<Module> out = new ArrayList<>();
    for (Module m : ctx.modules) {
      List<Rule> rules = new ArrayList<>();
      for (Rule r : m.rules()) {
        rules.add(s.rule(r));
      }
      out.add(new Module(m.file(), m.pkg(), m.imports(), rules, m.annotations(), m.version()));
    }
    ctx.modules = out;
  }

  Rule rule(Rule r) {
    Set<String> safe = new HashSet<>();
    Head h = r.head();
    if (h.args() != null) {
      for (Term a : h.args()) {
        Vars.collect(a, safe, false);
      }
    }
    Set<String> bodySafe = new HashSet<>(safe);
    Body body = reorder(r.body(), bodySafe);
    Set<String> headVars = new LinkedHashSet<>();
    for (int i = 1; i < h.ref().size(); i++) {
      Vars.collect(h.ref().get(i), headVars, false);
    }
    if (h.key() != null) {
      Vars.collect(h.key(), headVars, false);
    }
    if (h.value() != null) {
      Vars.collect(h.value(), headVars, false);
    }
    Set<String> headOut = new HashSet<>();
    for (Term t : new Term[] {h.key(), h.value()}) {
      if (t != null) {
        refOutputs(t, bodySafe, headOut);
      }
    }
    for (int i = 1; i < h.ref().size(); i++) {
      refOutputs(h.ref().get(i), bodySafe, headOut);
    }
    Set<String> unsafe = new TreeSet<>();
    for (String v : headVars) {
      if (!bodySafe.contains(v) && !headOut.contains(v)) {
        unsafe.add(v);
      }
    }
    // OPA points at the var in the head (its last occurrence in key, value, then ref order).
    Map<String, Location> where = new HashMap<>();
    for (Term t : new Term[] {h.key(), h.value()}) {
      if (t != null) {
        Vars.lastLocations(t, where);
      }
    }
    for (int i = 1; i < h.ref().size(); i++) {
      Vars.lastLocations(h.ref().get(i), where);
    }
    for (String v : unsafe) {
      Location loc = where.get(v);
      ctx.error("rego_unsafe_var_error", "var " + ctx.sourceName(v) + " is unsafe",
          loc == null ? h.location() : loc);
    }
    Head nh = new Head(h.ref(), h.args(), closures(h.key(), bodySafe), closures(h.value(), bodySafe), h.assign(),
        h.location());
    Rule elseRule = r.elseRule() == null ? null : rule(r.elseRule());
    return new Rule(r.isDefault(), nh, body, elseRule, r.annotations(), r.location());
  }

  /** Reorders a body given the variables already safe; adds the body's outputs to {@code safe}. */
  Body reorder(Body body, Set<String> safe) {
    List<Expr> remaining = new ArrayList<>(body.exprs());
    List<Expr> ordered = new ArrayList<>();
    Set<String> bodyVars = new HashSet<>();
    for (Expr e : remaining) {
      Vars.collect(e, bodyVars, false);
    }
    boolean progress = true;
    while (!remaining.isEmpty() && progress) {
      progress = false;
      for (int i = 0; i < remaining.size(); i++) {
        Expr e = remaining.get(i);
        Set<String> out = outputs(e, safe);
        Set<String> need = inputs(e, bodyVars);
        Set<String> avail = new HashSet<>(safe);
        avail.addAll(out);
        if (avail.containsAll(need) && safe.containsAll(withTargetVars(e))) {
          ordered.add(nested(e, safe));
          safe.addAll(out);
          remaining.remove(i);
          progress = true;
          break;
        }
      }
    }
    for (Expr e : remaining) {
      Set<String> out = outputs(e, safe);
      Set<String> unsafe = new TreeSet<>();
      for (String v : inputs(e, bodyVars)) {
        if (!safe.contains(v) && !out.contains(v)) {
          unsafe.add(v);
        }
      }
      for (String v : withTargetVars(e)) {
        if (!safe.contains(v)) {
          unsafe.add(v);
        }
      }
      for (String v : unsafe) {
        ctx.error("rego_unsafe_var_error", "var " + ctx.sourceName(v) + " is unsafe", varLocation(e, v));
      }
      ordered.add(e);
      safe.addAll(unsafe);
    }
    return new Body(ordered, body.location());
  }

  private Location varLocation(Expr e, String name) {
    return e.location();
  }

  /** Reorders comprehension and every bodies inside an expression being placed. */
  private Expr nested(Expr e, Set<String> safe) {
    Set<String> closure = new HashSet<>(safe);
    closure.addAll(outputs(e, safe));
    if (e instanceof Expr.EveryExpr ev) {
      Set<String> inner = new HashSet<>(closure);
      if (ev.key() != null) {
        Vars.collect(ev.key(), inner, false);
      }
      Vars.collect(ev.value(), inner, false);
      Body b = reorder(ev.body(), inner);
      return new Expr.EveryExpr(ev.key(), ev.value(), closures(ev.domain(), safe), b, ev.negated(),
          withs(ev.with(), safe), ev.location());
    }
    ClosureMapper m = new ClosureMapper(safe);
    if (e instanceof Expr.TermExpr t) {
      return new Expr.TermExpr(m.map(t.term()), t.negated(), withs(t.with(), safe), t.location());
    }
    if (e instanceof Expr.CallExpr c) {
      List<Term> args = new ArrayList<>();
      for (Term a : c.args()) {
        args.add(m.map(a));
      }
      return new Expr.CallExpr(c.operator(), args, c.negated(), withs(c.with(), safe), c.location());
    }
    Expr.SomeExpr s = (Expr.SomeExpr) e;
    List<Term> syms = new ArrayList<>();
    for (Term a : s.symbols()) {
      syms.add(m.map(a));
    }
    return new Expr.SomeExpr(syms, s.negated(), withs(s.with(), safe), s.location());
  }

  private List<With> withs(List<With> ws, Set<String> safe) {
    List<With> out = new ArrayList<>();
    for (With w : ws) {
      out.add(new With(w.target(), closures(w.value(), safe), w.location()));
    }
    return out;
  }

  private Term closures(Term t, Set<String> safe) {
    return t == null ? null : new ClosureMapper(safe).map(t);
  }

  /** Rewrites comprehension bodies with the enclosing safe set. */
  private final class ClosureMapper extends AstMapper {
    private final Set<String> safe;

    ClosureMapper(Set<String> safe) {
      this.safe = safe;
    }

    Term map(Term t) {
      return term(t);
    }

    @Override
    protected Term term(Term t) {
      if (t instanceof ArrayComprehension c) {
        Set<String> inner = new HashSet<>(safe);
        Body b = reorder(c.body(), inner);
        checkHead(List.of(c.head()), inner, c.location());
        return new ArrayComprehension(new ClosureMapper(inner).term(c.head()), b, c.location());
      }
      if (t instanceof SetComprehension c) {
        Set<String> inner = new HashSet<>(safe);
        Body b = reorder(c.body(), inner);
        checkHead(List.of(c.head()), inner, c.location());
        return new SetComprehension(new ClosureMapper(inner).term(c.head()), b, c.location());
      }
      if (t instanceof ObjectComprehension c) {
        Set<String> inner = new HashSet<>(safe);
        Body b = reorder(c.body(), inner);
        checkHead(List.of(c.key(), c.value()), inner, c.location());
        ClosureMapper im = new ClosureMapper(inner);
        return new ObjectComprehension(im.term(c.key()), im.term(c.value()), b, c.location());
      }
      return super.term(t);
    }
  }

  /**
   * Head vars of a comprehension must be bound by its body; vars of comprehensions nested in the
   * head are local to those and checked when they are rewritten.
   */
  private void checkHead(List<Term> heads, Set<String> safe, Location loc) {
    Set<String> unsafe = new TreeSet<>();
    for (Term h : heads) {
      Set<String> vars = new LinkedHashSet<>();
      Vars.collect(h, vars, false);
      for (String v : vars) {
        if (!safe.contains(v)) {
          unsafe.add(v);
        }
      }
    }
    for (String v : unsafe) {
      ctx.error("rego_unsafe_var_error", "var " + ctx.sourceName(v) + " is unsafe", loc);
    }
  }

  /**
   * Variables that must be bound before the expression runs or that it binds: every var of the
   * expression outside comprehensions, plus comprehension vars shared with the enclosing body.
   */
  private Set<String> inputs(Expr e, Set<String> bodyVars) {
    Set<String> s = new LinkedHashSet<>();
    if (e instanceof Expr.EveryExpr ev) {
      Vars.collect(ev.domain(), s, false);
      Set<String> inner = new HashSet<>();
      Vars.collect(ev.body(), inner);
      for (String v : inner) {
        if (bodyVars.contains(v)) {
          s.add(v);
        }
      }
    } else {
      Vars.collect(e, s, false);
      Set<String> deep = new HashSet<>();
      Vars.collect(e, deep, true);
      for (String v : deep) {
        if (bodyVars.contains(v)) {
          s.add(v);
        }
      }
    }
    for (With w : e.with()) {
      if (namesBuiltin(w.value())) {
        s.remove(((io.opadynamodb.rego.ast.Var) (w.value() instanceof Ref r ? r.head() : w.value())).name());
      } else {
        Vars.collect(w.value(), s, true);
      }
    }
    return s;
  }

  /**
   * Variables in the keys of {@code with} targets ({@code with input[x] as v}). OPA does not rewrite them with the
   * body's locals, so they must be safe before the expression, not bound by it: a declared local ({@code x :=},
   * {@code some x}, a function argument) is renamed in the body and stays unsafe here, as in OPA.
   */
  private static Set<String> withTargetVars(Expr e) {
    Set<String> s = new LinkedHashSet<>();
    for (With w : e.with()) {
      if (w.target() instanceof Ref r) {
        for (int i = 1; i < r.size(); i++) {
          Vars.collect(r.get(i), s, true);
        }
      }
    }
    return s;
  }

  /** True for a with value such as {@code count} or {@code object.union_n}: a built-in, not a var. */
  private boolean namesBuiltin(Term t) {
    if (t instanceof io.opadynamodb.rego.ast.Var v) {
      return ctx.catalog.contains(v.name());
    }
    if (t instanceof Ref r && r.head() instanceof io.opadynamodb.rego.ast.Var) {
      return ctx.catalog.contains(io.opadynamodb.rego.ast.RefNames.dotted(r));
    }
    return false;
  }

  /** Variables the expression binds when the {@code safe} ones are already bound. */
  Set<String> outputs(Expr e, Set<String> safe) {
    Set<String> out = new HashSet<>();
    if (e.negated() || e instanceof Expr.EveryExpr) {
      return out;
    }
    if (e instanceof Expr.SomeExpr s) {
      if (!s.symbols().isEmpty() && s.symbols().get(0) instanceof Call c) {
        List<Term> args = c.args();
        Term coll = args.get(args.size() - 1);
        refOutputs(coll, safe, out);
        Set<String> cv = new HashSet<>();
        Vars.collect(coll, cv, false);
        if (union(safe, out).containsAll(cv)) {
          for (int i = 0; i < args.size() - 1; i++) {
            patternOutputs(args.get(i), out);
          }
        }
      }
      return out;
    }
    if (e instanceof Expr.TermExpr t) {
      refOutputs(t.term(), safe, out);
      return out;
    }
    Expr.CallExpr c = (Expr.CallExpr) e;
    for (Term a : c.args()) {
      refOutputs(a, safe, out);
    }
    String name = c.name();
    if ((name.equals("eq") || name.equals("assign")) && c.args().size() == 2) {
      unifyOutputs(c.args().get(0), c.args().get(1), safe, out);
      return out;
    }
    Integer arity = arityOf(name);
    if (arity != null && arity >= 0 && c.args().size() == arity + 1) {
      Set<String> in = new HashSet<>();
      for (int i = 0; i < arity; i++) {
        Vars.collect(c.args().get(i), in, false);
      }
      if (union(safe, out).containsAll(in)) {
        patternOutputs(c.args().get(arity), out);
        refOutputs(c.args().get(arity), union(safe, out), out);
      }
    }
    return out;
  }

  private Integer arityOf(String name) {
    Integer a = functionArity.get(name);
    return a != null ? a : ctx.catalog.arity(name);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private void unifyOutputs(Term a, Term b, Set<String> safe, Set<String> out) {
    boolean changed = true;
    while (changed) {
      int before = out.size();
      unifyStep(a, b, union(safe, out), out);
      changed = out.size() != before;
    }
  }

  private void unifyStep(Term a, Term b, Set<String> safe, Set<String> out) {
    if (a instanceof ArrayTerm x && b instanceof ArrayTerm y && x.elements().size() == y.elements().size()) {
      for (int i = 0; i < x.elements().size(); i++) {
        unifyStep(x.elements().get(i), y.elements().get(i), safe, out);
      }
      return;
    }
    if (a instanceof ObjectTerm x && b instanceof ObjectTerm y && x.entries().size() == y.entries().size()) {
      for (int i = 0; i < x.entries().size(); i++) {
        ObjectTerm.Entry ex = x.entries().get(i);
        for (ObjectTerm.Entry ey : y.entries()) {
          if (ex.key().equals(ey.key()) || io.opadynamodb.rego.ast.TermPrinter.printExact(ex.key())
              .equals(io.opadynamodb.rego.ast.TermPrinter.printExact(ey.key()))) {
            unifyStep(ex.value(), ey.value(), safe, out);
          }
        }
      }
    }
    if (isSafe(b, safe)) {
      patternOutputs(a, out);
      refOutputs(a, union(safe, out), out);
    }
    if (isSafe(a, safe)) {
      patternOutputs(b, out);
      refOutputs(b, union(safe, out), out);
    }
  }

  private boolean isSafe(Term t, Set<String> safe) {
    Set<String> vs = new HashSet<>();
    Vars.collect(t, vs, false);
    Set<String> refOut = new HashSet<>();
    refOutputs(t, safe, refOut);
    for (String v : vs) {
      if (!safe.contains(v) && !refOut.contains(v)) {
        return false;
      }
    }
    return true;
  }

  /** Vars in pattern positions (not ref heads) of a term used as a unification pattern. */
  private static void patternOutputs(Term t, Set<String> out) {
    if (t instanceof Var v) {
      if (!v.isRoot()) {
        out.add(v.name());
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        patternOutputs(x, out);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        patternOutputs(e.value(), out);
      }
    }
  }

  /** Vars in ref operand positions become bound by iteration once the ref's head is bound. */
  private void refOutputs(Term t, Set<String> safe, Set<String> out) {
    if (t instanceof Ref r) {
      Term head = r.head();
      boolean headSafe;
      if (head instanceof Var v) {
        headSafe = v.isRoot() || safe.contains(v.name()) || out.contains(v.name());
      } else {
        refOutputs(head, safe, out);
        headSafe = isSafe(head, union(safe, out));
      }
      if (!headSafe) {
        return;
      }
      for (int i = 1; i < r.size(); i++) {
        Term op = r.get(i);
        if (op instanceof Ref) {
          refOutputs(op, union(safe, out), out);
        } else if (op instanceof Call c) {
          for (Term a : c.args()) {
            refOutputs(a, safe, out);
          }
        } else {
          Set<String> vs = new HashSet<>();
          Vars.collect(op, vs, false);
          for (String v : vs) {
            out.add(v);
          }
          refOutputs(op, safe, out);
        }
      }
    } else if (t instanceof ArrayTerm a) {
      for (Term x : a.elements()) {
        refOutputs(x, safe, out);
      }
    } else if (t instanceof SetTerm s) {
      for (Term x : s.elements()) {
        refOutputs(x, safe, out);
      }
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry e : o.entries()) {
        refOutputs(e.key(), safe, out);
        refOutputs(e.value(), safe, out);
      }
    } else if (t instanceof Call c) {
      for (Term x : c.args()) {
        refOutputs(x, safe, out);
      }
    }
  }
}
