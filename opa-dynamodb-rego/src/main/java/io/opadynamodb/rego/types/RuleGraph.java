package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.ArrayComprehension;
import io.opadynamodb.rego.ast.ArrayTerm;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Call;
import io.opadynamodb.rego.ast.Expr;
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
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the modules with their dependencies, so that each rule is checked after the rules
 * it refers to (OPA checks rules in the order of its dependency graph).
 */
final class RuleGraph {
  /** One rule (each rule of an else chain is its own node). */
  record Node(Module module, Rule rule, List<Term> path) {}

  private final List<Node> nodes = new ArrayList<>();
  private final Map<Node, Set<Node>> deps = new IdentityHashMap<>();
  private final Map<Node, Set<Node>> dependents = new IdentityHashMap<>();

  RuleGraph(List<Module> modules) {
    for (Module m : modules) {
      for (Rule r : m.rules()) {
        for (Rule x = r; x != null; x = x.elseRule()) {
          nodes.add(new Node(m, x, rulePath(m, x)));
        }
      }
    }
    for (Node n : nodes) {
      Set<Node> d = new LinkedHashSet<>();
      List<Ref> refs = new ArrayList<>();
      collectRule(n.rule(), refs);
      for (Ref ref : refs) {
        if (!(ref.head() instanceof Var v) || !v.name().equals("data")) {
          continue;
        }
        for (Node other : nodes) {
          if (other != n && matches(ref.terms(), other.path())) {
            d.add(other);
          }
        }
      }
      deps.put(n, d);
      for (Node x : d) {
        dependents.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(n);
      }
    }
  }

  /** The full path of a rule: package path followed by the head's ref. */
  static List<Term> rulePath(Module m, Rule r) {
    List<Term> path = new ArrayList<>(m.pkg().path().terms());
    Ref head = r.head().ref();
    for (int i = 0; i < head.size(); i++) {
      Term t = head.get(i);
      if (i == 0 && t instanceof Var v) {
        t = Terms.string(v.name(), v.location());
      }
      path.add(t);
    }
    return path;
  }

  /** Every rule, in module order. */
  List<Node> nodes() {
    return nodes;
  }

  /** Rules in dependency order (dependencies first). */
  List<Node> sorted() {
    List<Node> out = new ArrayList<>();
    Set<Node> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Node> active = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node n : nodes) {
      visit(n, done, active, out);
    }
    return out;
  }

  private void visit(Node n, Set<Node> done, Set<Node> active, List<Node> out) {
    if (done.contains(n) || !active.add(n)) {
      return;
    }
    for (Node d : deps.get(n)) {
      visit(d, done, active, out);
    }
    active.remove(n);
    done.add(n);
    out.add(n);
  }

  /** The (ground prefixes of the) paths of the rules {@code target} may refer to and of their dependents. */
  List<Ref> dependents(Ref target) {
    List<Ref> out = new ArrayList<>();
    Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    if (!(target.head() instanceof Var v) || !v.name().equals("data")) {
      return out;
    }
    for (Node n : nodes) {
      if (matches(target.terms(), n.path())) {
        addDependents(n, seen, out);
      }
    }
    return out;
  }

  private void addDependents(Node n, Set<Node> seen, List<Ref> out) {
    if (!seen.add(n)) {
      return;
    }
    List<Term> path = n.path();
    int end = path.size();
    for (int i = 1; i < path.size(); i++) {
      if (!Terms.isGround(path.get(i))) {
        end = i;
        break;
      }
    }
    out.add(new Ref(path.subList(0, end), n.rule().location()));
    for (Node d : dependents.getOrDefault(n, Set.of())) {
      addDependents(d, seen, out);
    }
  }

  private static boolean matches(List<Term> ref, List<Term> path) {
    int n = Math.min(ref.size(), path.size());
    for (int i = 1; i < n; i++) {
      Value a = Terms.constant(ref.get(i));
      Value b = Terms.constant(path.get(i));
      if (a == null || b == null) {
        return true;
      }
      if (!a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  private static void collectRule(Rule r, List<Ref> out) {
    if (r.head().args() != null) {
      for (Term t : r.head().args()) {
        collect(t, out);
      }
    }
    if (r.head().key() != null) {
      collect(r.head().key(), out);
    }
    if (r.head().value() != null) {
      collect(r.head().value(), out);
    }
    for (int i = 1; i < r.head().ref().size(); i++) {
      collect(r.head().ref().get(i), out);
    }
    collect(r.body(), out);
  }

  private static void collect(Body b, List<Ref> out) {
    for (Expr e : b.exprs()) {
      if (e instanceof Expr.CallExpr c) {
        out.add(c.operator());
        for (Term t : c.args()) {
          collect(t, out);
        }
      } else if (e instanceof Expr.TermExpr t) {
        collect(t.term(), out);
      } else if (e instanceof Expr.SomeExpr s) {
        for (Term t : s.symbols()) {
          collect(t, out);
        }
      } else if (e instanceof Expr.EveryExpr ev) {
        collect(ev.domain(), out);
        collect(ev.body(), out);
      }
      for (With w : e.with()) {
        collect(w.value(), out);
      }
    }
  }

  private static void collect(Term t, List<Ref> out) {
    if (t instanceof Ref r) {
      out.add(r);
      for (Term x : r.terms()) {
        collect(x, out);
      }
    } else if (t instanceof Call c) {
      out.add(c.operator());
      for (Term x : c.args()) {
        collect(x, out);
      }
    } else if (t instanceof ArrayTerm a) {
      a.elements().forEach(x -> collect(x, out));
    } else if (t instanceof SetTerm s) {
      s.elements().forEach(x -> collect(x, out));
    } else if (t instanceof ObjectTerm o) {
      for (ObjectTerm.Entry x : o.entries()) {
        collect(x.key(), out);
        collect(x.value(), out);
      }
    } else if (t instanceof ArrayComprehension c) {
      collect(c.head(), out);
      collect(c.body(), out);
    } else if (t instanceof SetComprehension c) {
      collect(c.head(), out);
      collect(c.body(), out);
    } else if (t instanceof ObjectComprehension c) {
      collect(c.key(), out);
      collect(c.value(), out);
      collect(c.body(), out);
    }
  }
}
