package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.TermValues;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OPA's {@code CheckRecursion}: no rule may depend on itself, directly or through others. */
final class RecursionCheck {
  private final CompileContext ctx;
  private final Map<RuleNode, Set<RuleNode>> deps = new HashMap<>();
  private final Set<RuleNode> reported = new HashSet<>();

  private RecursionCheck(CompileContext ctx) {
    this.ctx = ctx;
  }

  static void run(CompileContext ctx) {
    RecursionCheck rc = new RecursionCheck(ctx);
    rc.collect(ctx.root);
    for (RuleNode n : rc.deps.keySet().stream().sorted((a, b) -> a.path().compareTo(b.path())).toList()) {
      rc.dfs(n, n, new ArrayList<>(), new HashSet<>());
    }
  }

  private void collect(RuleNode n) {
    if (n.hasRules()) {
      Set<RuleNode> ds = new LinkedHashSet<>();
      List<CompiledRule> all = new ArrayList<>(n.rules());
      if (n.defaultRule() != null) {
        all.add(n.defaultRule());
      }
      for (CompiledRule r : all) {
        RuleRefs.visit(r.rule(), (ref, isCall) -> targets(ref, ds));
      }
      deps.put(n, ds);
    }
    for (RuleNode c : n.children().values()) {
      collect(c);
    }
  }

  /** The rule nodes a data ref may read. */
  private void targets(Ref ref, Set<RuleNode> out) {
    if (!"data".equals(ref.headName())) {
      return;
    }
    match(ctx.root, ref, 1, out);
  }

  /** Rule nodes a ref can reach: constant operands select one child, others any child. */
  private static void match(RuleNode n, Ref ref, int i, Set<RuleNode> out) {
    if (n.hasRules()) {
      out.add(n);
      return;
    }
    if (i == ref.size()) {
      all(n, out);
      return;
    }
    // a constant operand, composite ones included ({1}, [1]), selects at most one child, as in OPA
    Value key = TermValues.constant(ref.get(i));
    if (key != null) {
      RuleNode c = n.child(key);
      if (c != null) {
        match(c, ref, i + 1, out);
      }
      return;
    }
    for (RuleNode c : n.children().values()) {
      match(c, ref, i + 1, out);
    }
  }

  private static void all(RuleNode n, Set<RuleNode> out) {
    if (n.hasRules()) {
      out.add(n);
    }
    for (RuleNode c : n.children().values()) {
      all(c, out);
    }
  }

  private void dfs(RuleNode start, RuleNode cur, List<RuleNode> path, Set<RuleNode> visited) {
    path.add(cur);
    for (RuleNode d : deps.getOrDefault(cur, Set.of())) {
      if (d == start) {
        if (reported.add(start)) {
          StringBuilder sb = new StringBuilder();
          for (RuleNode p : path) {
            sb.append(p.path()).append(" -> ");
          }
          sb.append(start.path());
          CompiledRule r = start.rules().isEmpty() ? start.defaultRule() : start.rules().get(0);
          ctx.error("rego_recursion_error", "rule " + start.path() + " is recursive: " + sb, r.rule().location());
        }
      } else if (visited.add(d)) {
        dfs(start, d, path, visited);
      }
    }
    path.remove(path.size() - 1);
  }
}
