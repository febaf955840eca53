package io.opadynamodb.rego.types;

import io.opadynamodb.rego.ast.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tree of types keyed by ref operands (OPA's {@code typeTreeNode}). */
final class TypeTree {
  final Object key;
  Type value;
  final Map<Object, TypeTree> children = new LinkedHashMap<>();

  TypeTree(Object key) {
    this.key = key;
  }

  TypeTree child(Term t) {
    Object k = Terms.key(t);
    return k == null ? null : children.get(k);
  }

  TypeTree child(Object key) {
    return key == null ? null : children.get(key);
  }

  boolean leaf() {
    return value != null;
  }

  void putOne(Term t, Type tpe) {
    Object k = Terms.key(t);
    if (k == null) {
      return;
    }
    children.computeIfAbsent(k, TypeTree::new).value = tpe;
  }

  void put(List<Term> path, Type tpe) {
    TypeTree curr = this;
    for (Term t : path) {
      Object k = Terms.key(t);
      if (k == null) {
        return;
      }
      curr = curr.children.computeIfAbsent(k, TypeTree::new);
    }
    curr.value = tpe;
  }

  /** Every leaf below this node with its path of keys (this node's key excluded). */
  List<Map.Entry<List<Object>, Type>> leafs() {
    List<Map.Entry<List<Object>, Type>> out = new ArrayList<>();
    for (TypeTree c : children.values()) {
      collect(c, new ArrayList<>(), out);
    }
    return out;
  }

  private static void collect(TypeTree n, List<Object> path, List<Map.Entry<List<Object>, Type>> out) {
    List<Object> p = new ArrayList<>(path);
    p.add(n.key);
    if (n.leaf()) {
      out.add(Map.entry(p, n.value));
      return;
    }
    for (TypeTree c : n.children.values()) {
      collect(c, p, out);
    }
  }
}
