package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's rule tree: places every rule in the node of the ground prefix of its full head ref and
 * checks rule conflicts (complete vs partial, functions vs values, several defaults, arity).
 */
final class RuleTreeBuilder {
  private RuleTreeBuilder() {}

  static void run(CompileContext ctx) {
    RuleNode root = new RuleNode("data");
    for (Module m : ctx.modules) {
      RuleNode pkgNode = root;
      Ref pkg = m.pkg().path();
      for (int i = 1; i < pkg.size(); i++) {
        pkgNode = pkgNode.childOrCreate(((Scalar) pkg.get(i)).value());
      }
      for (Rule r : m.rules()) {
        place(ctx, root, m, r);
      }
    }
    checkConflicts(ctx, root);
    ctx.root = root;
  }

  private static void place(CompileContext ctx, RuleNode root, Module m, Rule r) {
    List<Term> full = new ArrayList<>(m.pkg().path().terms());
    Ref head = r.head().ref();
    Var name = (Var) head.head();
    full.add(new Scalar(StringValue.of(name.name()), name.location()));
    for (int i = 1; i < head.size(); i++) {
      full.add(head.get(i));
    }
    RuleNode node = root;
    int i = 1;
    for (; i < full.size(); i++) {
      if (!(full.get(i) instanceof Scalar s)) {
        break;
      }
      // a multi-value rule's last ground term is still part of its path
      Value key = s.value();
      node = node.childOrCreate(key);
    }
    List<Term> suffix = List.copyOf(full.subList(i, full.size()));
    CompiledRule.Kind kind;
    if (r.head().isFunction()) {
      kind = CompiledRule.Kind.FUNCTION;
    } else if (r.head().isMultiValue()) {
      kind = CompiledRule.Kind.MULTI_VALUE;
    } else if (!suffix.isEmpty()) {
      kind = CompiledRule.Kind.PARTIAL_OBJECT;
    } else {
      kind = CompiledRule.Kind.COMPLETE;
    }
    if (r.isDefault() && node.defaultRule() != null) {
      ctx.error("rego_type_error", "multiple default rules " + node.path() + " found", r.location());
    }
    node.add(new CompiledRule(r, new Ref(full, head.location()), suffix, kind, m));
  }

  private static void checkConflicts(CompileContext ctx, RuleNode node) {
    List<CompiledRule> all = new ArrayList<>(node.rules());
    if (node.defaultRule() != null) {
      all.add(node.defaultRule());
    }
    if (!all.isEmpty()) {
      CompiledRule first = all.get(0);
      boolean conflict = false;
      for (CompiledRule r : all) {
        boolean fa = r.kind() == CompiledRule.Kind.FUNCTION;
        boolean fb = first.kind() == CompiledRule.Kind.FUNCTION;
        if (fa != fb) {
          conflict = true;
        } else if (fa && r.rule().head().args().size() != first.rule().head().args().size()) {
          ctx.error("rego_type_error", "conflicting rules " + node.path() + " found", r.rule().location());
          return;
        } else if (!fa && kindClass(r) != kindClass(first) && !r.rule().isDefault() && !first.rule().isDefault()) {
          conflict = true;
        }
      }
      if (conflict) {
        ctx.error("rego_type_error", "conflicting rules " + node.path() + " found", first.rule().location());
      }
      if (node.defaultRule() != null && node.defaultRule().kind() == CompiledRule.Kind.MULTI_VALUE) {
        ctx.error("rego_type_error", "conflicting rules " + node.path() + " found", node.defaultRule().rule().location());
      }
    }
    for (RuleNode c : node.children().values()) {
      checkConflicts(ctx, c);
    }
  }

  private static int kindClass(CompiledRule r) {
    switch (r.kind()) {
      case MULTI_VALUE:
        return r.suffix().isEmpty() ? 1 : 2;
      case PARTIAL_OBJECT:
      case COMPLETE:
      default:
        return r.suffix().isEmpty() ? 0 : 2;
    }
  }
}
