package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.ast.Annotations;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.compiler.CompiledRule;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rego.metadata.rule()} and {@code rego.metadata.chain()}: the annotations that apply to the
 * rule being evaluated, from the rule up through document, package and subpackages scopes.
 */
final class Metadata {
  private Metadata() {}

  static Value rule(Evaluator ev) {
    CompiledRule cr = ev.currentRule;
    if (cr == null) {
      return ObjectValue.EMPTY;
    }
    ObjectValue own = scoped(cr.rule().annotations(), "rule");
    if (own != null) {
      return own;
    }
    ObjectValue doc = document(ev);
    return doc == null ? ObjectValue.EMPTY : doc;
  }

  static Value chain(Evaluator ev) {
    CompiledRule cr = ev.currentRule;
    List<Value> out = new ArrayList<>();
    if (cr == null) {
      return ArrayValue.EMPTY;
    }
    List<Value> rulePath = groundPath(cr.fullRef());
    ObjectValue own = scoped(cr.rule().annotations(), "rule");
    out.add(entry(rulePath, own));
    ObjectValue doc = document(ev);
    if (doc != null) {
      out.add(entry(rulePath, doc));
    }
    Ref pkg = cr.module().pkg().path();
    List<Value> pkgPath = groundPath(pkg);
    ObjectValue pkgAnn = null;
    for (Module m : ev.compiled.modules()) {
      if (groundPath(m.pkg().path()).equals(pkgPath)) {
        ObjectValue a = scoped(m.annotations(), "package");
        if (a != null) {
          pkgAnn = a;
        }
      }
    }
    if (pkgAnn != null) {
      out.add(entry(pkgPath, pkgAnn));
    }
    for (int len = pkgPath.size(); len >= 0; len--) {
      List<Value> prefix = pkgPath.subList(0, len);
      for (Module m : ev.compiled.modules()) {
        if (groundPath(m.pkg().path()).equals(prefix)) {
          ObjectValue a = scoped(m.annotations(), "subpackages");
          if (a != null) {
            out.add(entry(prefix, a));
          }
        }
      }
    }
    return ArrayValue.of(out);
  }

  private static ObjectValue document(Evaluator ev) {
    if (ev.currentNode == null) {
      return null;
    }
    List<CompiledRule> all = new ArrayList<>(ev.currentNode.rules());
    if (ev.currentNode.defaultRule() != null) {
      all.add(ev.currentNode.defaultRule());
    }
    for (CompiledRule r : all) {
      ObjectValue a = scoped(r.rule().annotations(), "document");
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static ObjectValue scoped(List<Annotations> anns, String scope) {
    for (Annotations a : anns) {
      if (scope.equals(a.scope())) {
        return a.content();
      }
    }
    return null;
  }

  private static Value entry(List<Value> path, ObjectValue annotations) {
    ObjectValue.Builder b = ObjectValue.builder().put("path", ArrayValue.of(path));
    if (annotations != null) {
      b.put("annotations", annotations);
    }
    return b.build();
  }

  /** The ground prefix of a ref without the {@code data} head, as strings/values. */
  private static List<Value> groundPath(Ref ref) {
    List<Value> out = new ArrayList<>();
    for (int i = 1; i < ref.size(); i++) {
      Term t = ref.get(i);
      if (!(t instanceof Scalar s)) {
        break;
      }
      out.add(s.value() instanceof StringValue ? s.value() : s.value());
    }
    return out;
  }
}
