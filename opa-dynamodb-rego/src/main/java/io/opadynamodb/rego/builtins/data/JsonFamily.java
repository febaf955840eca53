package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** OPA's {@code topdown/json.go}: {@code json.filter}, {@code json.remove} and {@code json.patch}. */
public final class JsonFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("json.filter", (ctx, a) -> {
      ObjectValue obj = Args.object(a, 0);
      return filter(obj, pathsToObject(paths(a[1])));
    });
    r.register("json.remove", (ctx, a) -> {
      Args.object(a, 0);
      return remove(a[0], pathsToObject(paths(a[1])));
    });
    r.register("json.patch", (ctx, a) -> JsonPatch.apply(a[0], Args.array(a, 1)));
  }

  /** OPA's {@code getJSONPaths}. */
  static List<List<Value>> paths(Value operand) {
    List<Value> elems;
    if (operand instanceof ArrayValue arr) {
      elems = arr.elements();
    } else if (operand instanceof SetValue set) {
      elems = set.elements();
    } else {
      throw Args.typeError(2, operand, "set", "array");
    }
    List<List<Value>> out = new ArrayList<>(elems.size());
    for (Value e : elems) {
      out.add(parsePath(e));
    }
    return out;
  }

  /** OPA's {@code parsePath}: a JSON pointer string or an array of segments. */
  static List<Value> parsePath(Value path) {
    if (path instanceof StringValue sv) {
      String p = sv.value();
      List<Value> segs = new ArrayList<>();
      if (p.isEmpty()) {
        return segs;
      }
      int start = 0;
      while (start < p.length() && p.charAt(start) == '/') {
        start++;
      }
      String s = p.substring(start);
      int from = 0;
      while (true) {
        int slash = s.indexOf('/', from);
        String part = slash < 0 ? s.substring(from) : s.substring(from, slash);
        segs.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
        if (slash < 0) {
          break;
        }
        from = slash + 1;
      }
      return segs;
    }
    if (path instanceof ArrayValue arr) {
      return new ArrayList<>(arr.elements());
    }
    throw Args.operand(2, "must be one of {set, array} containing string paths or array of path segments but got "
        + path.typeName());
  }

  /** OPA's {@code pathsToObject}: a tree of the paths whose leaves are null. */
  static ObjectValue pathsToObject(List<List<Value>> paths) {
    Node root = new Node();
    for (List<Value> path : paths) {
      if (path.isEmpty()) {
        continue;
      }
      Node node = root;
      boolean done = false;
      for (int i = 0; i < path.size() - 1 && !done; i++) {
        Value k = path.get(i);
        Object child = node.get(k);
        if (child == null) {
          Node n = new Node();
          node.put(k, n);
          node = n;
        } else if (child == NullValue.INSTANCE) {
          done = true;
        } else {
          node = (Node) child;
        }
      }
      if (!done) {
        node.put(path.get(path.size() - 1), NullValue.INSTANCE);
      }
    }
    return (ObjectValue) root.toValue();
  }

  /** A mutable object tree used while building the paths object. */
  private static final class Node {
    private final java.util.TreeMap<Value, Object> entries = new java.util.TreeMap<>();

    Object get(Value k) {
      return entries.get(k);
    }

    void put(Value k, Object v) {
      entries.put(k, v);
    }

    Value toValue() {
      ObjectValue.Builder b = ObjectValue.builder();
      entries.forEach((k, v) -> b.put(k, v instanceof Node n ? n.toValue() : (Value) v));
      return b.build();
    }
  }

  /** OPA's {@code filterObject}. */
  static Value filter(Value o, Value filter) {
    if (filter instanceof NullValue) {
      return o;
    }
    if (!(filter instanceof ObjectValue fo)) {
      throw new BuiltinException("invalid filter value " + filter + ", expected an object");
    }
    if (o.isScalar()) {
      return o;
    }
    if (o instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        Value sub = fo.get(StringValue.of(Integer.toString(i)));
        if (sub != null) {
          out.add(filter(arr.get(i), sub));
        }
      }
      return ArrayValue.of(out);
    }
    if (o instanceof SetValue set) {
      SetValue.Builder b = SetValue.builder();
      for (Value t : set.elements()) {
        Value sub = fo.get(t);
        if (sub != null) {
          b.add(filter(t, sub));
        }
      }
      return b.build();
    }
    ObjectValue obj = (ObjectValue) o;
    ObjectValue.Builder b = ObjectValue.builder();
    for (int i = 0; i < obj.size(); i++) {
      Value sub = fo.get(obj.keyAt(i));
      if (sub != null) {
        b.put(obj.keyAt(i), filter(obj.valueAt(i), sub));
      }
    }
    return b.build();
  }

  /** OPA's {@code jsonRemove}: null when the value itself is removed. */
  static Value remove(Value a, Value b) {
    if (b == null) {
      return a;
    }
    if (b instanceof NullValue) {
      return null;
    }
    if (!(b instanceof ObjectValue bo)) {
      return a;
    }
    if (a.isScalar()) {
      return a;
    }
    if (a instanceof ObjectValue ao) {
      ObjectValue.Builder out = ObjectValue.builder();
      for (int i = 0; i < ao.size(); i++) {
        Value d = remove(ao.valueAt(i), bo.get(ao.keyAt(i)));
        if (d != null) {
          out.put(ao.keyAt(i), d);
        }
      }
      return out.build();
    }
    if (a instanceof SetValue as) {
      SetValue.Builder out = SetValue.builder();
      for (Value v : as.elements()) {
        Value d = remove(v, bo.get(v));
        if (d != null) {
          out.add(d);
        }
      }
      return out.build();
    }
    ArrayValue arr = (ArrayValue) a;
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      Value d = remove(arr.get(i), bo.get(StringValue.of(Integer.toString(i))));
      if (d != null) {
        out.add(d);
      }
    }
    return ArrayValue.of(out);
  }
}
