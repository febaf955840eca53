package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Annotations;
import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Package;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code # METADATA} blocks of a module, parses them ({@link MetadataYaml}), gives each its
 * default scope from the statement below it, validates the scope as OPA does, and attaches them to
 * rules (OPA's attachAnnotationsNodes and attachRuleAnnotations).
 */
final class AnnotationAttacher {
  private final String file;
  private final Package pkg;
  private final List<Import> imports;
  private final List<RuleDraft> rules;
  private final Map<RuleDraft, List<Annotations>> byRule = new IdentityHashMap<>();

  AnnotationAttacher(String file, Package pkg, List<Import> imports, List<RuleDraft> rules) {
    this.file = file;
    this.pkg = pkg;
    this.imports = imports;
    this.rules = rules;
  }

  List<Annotations> annotationsFor(RuleDraft r) {
    return byRule.getOrDefault(r, List.of());
  }

  /** Parses and attaches every block; errors are added to {@code errors}. */
  List<Annotations> attach(List<Comment> comments, List<RegoError> errors) {
    List<MetadataYaml.Block> blocks = MetadataYaml.parseBlocks(comments, errors);
    List<Annotations> out = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (MetadataYaml.Block b : blocks) {
      Object node = statementBelow(b.location().row());
      String scope = b.scope();
      if (scope.isEmpty()) {
        if (node instanceof RuleDraft) {
          scope = b.entrypoint() ? "document" : "rule";
        } else if (node instanceof Package) {
          scope = "package";
        } else if (node instanceof Import) {
          scope = "import";
        }
      }
      String err = validateScope(scope, node);
      if (err != null) {
        errors.add(new RegoError(ParserBase.PARSE_ERR, err, b.location()));
      }
      if (b.entrypoint() && !(scope.equals("document") || scope.equals("package"))) {
        errors.add(new RegoError(ParserBase.PARSE_ERR,
            "annotation entrypoint applied to non-document or package scope '" + scope + "'", b.location()));
      }
      ObjectValue content = b.content();
      if (!scope.isEmpty()) {
        content = content.toBuilder().put("scope", StringValue.of(scope)).build();
      }
      out.add(new Annotations(scope, content, b.location()));
      targets.add(targetPath(node));
    }
    attachToRules(out, targets);
    return out;
  }

  private static String validateScope(String scope, Object node) {
    switch (scope) {
      case "rule", "document":
        return node instanceof RuleDraft ? null : attachmentError(scope, "rule", node);
      case "package", "subpackages":
        return node instanceof Package ? null : attachmentError(scope, "package", node);
      default:
        return "invalid annotation scope '" + scope + "'. Use one of 'rule', 'document', 'package', or "
            + "'subpackages'";
    }
  }

  private static String attachmentError(String scope, String want, Object node) {
    String have = "";
    if (node instanceof RuleDraft) {
      have = " (have rule)";
    } else if (node instanceof Package) {
      have = " (have package)";
    } else if (node instanceof Import) {
      have = " (have import)";
    }
    return "annotation scope '" + scope + "' must be applied to " + want + have;
  }

  private Object statementBelow(int row) {
    Object best = null;
    int bestRow = Integer.MAX_VALUE;
    if (pkg != null && pkg.location().row() > row) {
      best = pkg;
      bestRow = pkg.location().row();
    }
    for (Import i : imports) {
      if (i.location().row() > row && i.location().row() < bestRow) {
        best = i;
        bestRow = i.location().row();
      }
    }
    for (RuleDraft r : rules) {
      if (r.location != null && r.location.row() > row && r.location.row() < bestRow) {
        best = r;
        bestRow = r.location.row();
      }
    }
    return best;
  }

  private static String targetPath(Object node) {
    if (node instanceof Package p) {
      return "pkg:" + RefNames.dotted(p.path());
    }
    if (node instanceof RuleDraft r) {
      return "rule:" + groundPrefix(r.reference);
    }
    return null;
  }

  private static String groundPrefix(List<Term> ref) {
    int n = ref.size();
    for (int i = 1; i < ref.size(); i++) {
      if (!Nodes.isGround(ref.get(i))) {
        n = i;
        break;
      }
    }
    return RefNames.dotted(new Ref(ref.subList(0, n), null));
  }

  /** OPA's attachRuleAnnotationsUnsorted: document-scoped to every rule of the path, rule-scoped claimed once. */
  private void attachToRules(List<Annotations> all, List<String> targets) {
    List<Integer> live = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      live.add(i);
    }
    for (RuleDraft rule : rules) {
      String path = "rule:" + groundPrefix(rule.reference);
      List<Annotations> mine = new ArrayList<>();
      int claimed = -1;
      for (int k = 0; k < live.size(); k++) {
        int i = live.get(k);
        Annotations a = all.get(i);
        if (!path.equals(targets.get(i))) {
          continue;
        }
        if (a.scope().equals("document")) {
          mine.add(a);
        } else if (a.scope().equals("rule") && rule.location.row() > a.location().row()) {
          claimed = k;
          mine.add(a);
        }
      }
      if (claimed >= 0) {
        live.remove(claimed);
      }
      if (!mine.isEmpty()) {
        byRule.put(rule, mine);
      }
    }
  }

  String file() {
    return file;
  }

  static Location none() {
    return Location.NONE;
  }
}
