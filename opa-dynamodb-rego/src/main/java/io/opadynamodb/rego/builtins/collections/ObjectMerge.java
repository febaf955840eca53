package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.Map;
import java.util.TreeMap;

/** The recursive merges of {@code object.union} and {@code object.union_n}. */
final class ObjectMerge {
  private ObjectMerge() {}

  /** {@code mergeWithOverwrite}: b's values win, objects present in both merge recursively. */
  static ObjectValue mergeWithOverwrite(ObjectValue a, ObjectValue b) {
    ObjectValue.Builder out = ObjectValue.builder();
    a.forEach((k, v1) -> {
      Value v2 = b.get(k);
      if (v2 == null) {
        out.put(k, v1);
      } else if (v1 instanceof ObjectValue o1 && v2 instanceof ObjectValue o2) {
        out.put(k, mergeWithOverwrite(o1, o2));
      } else {
        out.put(k, v2);
      }
    });
    b.forEach((k, v) -> {
      if (!a.containsKey(k)) {
        out.put(k, v);
      }
    });
    return out.build();
  }

  /**
   * {@code object.union_n}: OPA merges back to front into one mutable result, freezing an object
   * value once an earlier non-object was overwritten by it, so that still earlier objects do not
   * leak into it.
   */
  static Value unionN(ArrayValue arr) {
    int n = arr.size();
    if (n == 0) {
      return ObjectValue.EMPTY;
    }
    for (int i = 0; i < n; i++) {
      if (!(arr.get(i) instanceof ObjectValue)) {
        throw Args.elementError(1, arr, arr.get(i), "object");
      }
    }
    if (n == 1) {
      return arr.get(0);
    }
    Node result = new Node(null);
    for (int i = n - 1; i >= 0; i--) {
      ObjectValue o = (ObjectValue) arr.get(i);
      if (!o.isEmpty()) {
        mergeInPlace(result, o);
      }
    }
    return result.toValue();
  }

  private static void mergeInPlace(Node dst, ObjectValue src) {
    src.forEach((k, v) -> {
      Node existing = dst.children.get(k);
      if (existing == null) {
        dst.children.put(k, Node.copyOf(v));
      } else if (existing.value == null && v instanceof ObjectValue srcObj) {
        if (!existing.frozen) {
          mergeInPlace(existing, srcObj);
        }
      } else {
        existing.frozen = true;
      }
    });
  }

  /** A mutable result value: an object (children, value null) or any other value. */
  private static final class Node {
    final Value value;
    final Map<Value, Node> children = new TreeMap<>();
    boolean frozen;

    Node(Value value) {
      this.value = value;
    }

    static Node copyOf(Value v) {
      if (v instanceof ObjectValue o) {
        Node node = new Node(null);
        o.forEach((k, child) -> node.children.put(k, copyOf(child)));
        return node;
      }
      return new Node(v);
    }

    Value toValue() {
      if (value != null) {
        return value;
      }
      ObjectValue.Builder b = ObjectValue.builder();
      children.forEach((k, child) -> b.put(k, child.toValue()));
      return b.build();
    }
  }
}
