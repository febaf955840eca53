package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code json.patch}: RFC 6902 operations applied as OPA's edit tree applies them (objects, sets
 * and arrays; paths as JSON pointers or segment arrays), with OPA's error messages.
 */
final class JsonPatch {
  private JsonPatch() {}

  static Value apply(Value source, ArrayValue operations) {
    Value doc = source;
    for (int i = 0; i < operations.size(); i++) {
      if (!(operations.get(i) instanceof ObjectValue op)) {
        throw new BuiltinException("must be an array of JSON-Patch objects, but at least one element is not an object");
      }
      if (op.get("path") == null) {
        throw new BuiltinException("missing required attribute 'path'");
      }
      Value opTerm = op.get("op");
      if (opTerm == null) {
        throw new BuiltinException("missing required attribute 'op'");
      }
      if (!(opTerm instanceof StringValue opStr)) {
        throw new BuiltinException("attribute 'op' must be a string but found: " + opTerm.typeName());
      }
      List<Value> path = JsonFamily.parsePath(op.get("path"));
      switch (opStr.value()) {
        case "add":
          doc = insertAt(doc, path, required(op, "value"));
          break;
        case "remove":
          doc = deleteAt(doc, path);
          break;
        case "replace": {
          doc = deleteAt(doc, path);
          doc = insertAt(doc, path, required(op, "value"));
          break;
        }
        case "move": {
          List<Value> from = JsonFamily.parsePath(required(op, "from"));
          Value chunk = renderAt(doc, from);
          doc = deleteAt(doc, from);
          doc = insertAt(doc, path, chunk);
          break;
        }
        case "copy": {
          List<Value> from = JsonFamily.parsePath(required(op, "from"));
          doc = insertAt(doc, path, renderAt(doc, from));
          break;
        }
        case "test": {
          Value chunk = renderAt(doc, path);
          Value value = required(op, "value");
          if (!chunk.equals(value)) {
            throw new BuiltinException("value from EditTree != patch value.\n\nExpected: " + value + "\n\nFound: " + chunk);
          }
          break;
        }
        default:
          throw new BuiltinException("unrecognized op: '" + opStr.value() + "'");
      }
    }
    return doc;
  }

  private static Value required(ObjectValue op, String name) {
    Value v = op.get(name);
    if (v == null) {
      throw new BuiltinException("missing required attribute '" + name + "'");
    }
    return v;
  }

  private static void checkNotDeleted(Value doc, String operation) {
    if (doc == null) {
      throw new BuiltinException("deleted node encountered during " + operation + " operation");
    }
  }

  private static Value insertAt(Value doc, List<Value> path, Value value) {
    if (path.isEmpty()) {
      return value;
    }
    checkNotDeleted(doc, "insert");
    Value key = path.get(path.size() - 1);
    return updateAt(doc, path.subList(0, path.size() - 1), parent -> insert(parent, key, value));
  }

  private static Value deleteAt(Value doc, List<Value> path) {
    checkNotDeleted(doc, "delete");
    if (path.isEmpty()) {
      return null;
    }
    Value key = path.get(path.size() - 1);
    return updateAt(doc, path.subList(0, path.size() - 1), parent -> delete(parent, key));
  }

  private static Value renderAt(Value doc, List<Value> path) {
    Value node = doc;
    for (Value key : path) {
      if (node == null) {
        throw new BuiltinException("nil value encountered where composite value was expected");
      }
      node = child(node, key);
    }
    return node;
  }

  private static Value updateAt(Value node, List<Value> path, UnaryOperator<Value> fn) {
    if (path.isEmpty()) {
      return fn.apply(node);
    }
    Value key = path.get(0);
    Value c = child(node, key);
    Value updated = updateAt(c, path.subList(1, path.size()), fn);
    if (node instanceof ObjectValue o) {
      return o.with(key, updated);
    }
    if (node instanceof SetValue s) {
      SetValue.Builder b = SetValue.builder();
      for (Value e : s.elements()) {
        if (!e.equals(key)) {
          b.add(e);
        }
      }
      return b.add(updated).build();
    }
    Value[] elems = ((ArrayValue) node).toArray();
    elems[index(elems.length, key)] = updated;
    return ArrayValue.wrap(elems);
  }

  private static Value child(Value node, Value key) {
    if (node instanceof ObjectValue o) {
      Value v = o.get(key);
      if (v == null) {
        throw new BuiltinException("path " + key + " does not exist in object term " + node);
      }
      return v;
    }
    if (node instanceof SetValue s) {
      if (!s.contains(key)) {
        throw new BuiltinException("path [" + key + "] does not exist in set term " + node);
      }
      return key;
    }
    if (node instanceof ArrayValue a) {
      int idx = index(a.size(), key);
      if (idx < 0 || idx >= a.size()) {
        throw new BuiltinException("path " + idx + " does not exist in array term " + node);
      }
      return a.get(idx);
    }
    throw new BuiltinException("expected composite type for path " + key + ", found value: " + node
        + " (type: " + goType(node) + ")");
  }

  private static Value insert(Value parent, Value key, Value value) {
    if (parent instanceof ObjectValue o) {
      return o.with(key, value);
    }
    if (parent instanceof SetValue s) {
      if (!key.equals(value)) {
        throw new BuiltinException("set key " + key + " does not equal value to be inserted " + value);
      }
      return s.union(SetValue.of(value));
    }
    if (parent instanceof ArrayValue a) {
      int idx = index(a.size(), key);
      if (idx < 0 || idx > a.size()) {
        throw new BuiltinException("index for array insertion out of bounds");
      }
      List<Value> elems = new ArrayList<>(a.elements());
      elems.add(idx, value);
      return ArrayValue.of(elems);
    }
    throw new BuiltinException("expected composite type, found value: " + parent + " (type: " + goType(parent) + ")");
  }

  private static Value delete(Value parent, Value key) {
    if (parent instanceof ObjectValue o) {
      if (!o.containsKey(key)) {
        throw new BuiltinException("cannot delete child key " + key + " that does not exist");
      }
      return o.without(key);
    }
    if (parent instanceof SetValue s) {
      if (!s.contains(key)) {
        throw new BuiltinException("cannot delete child key " + key + " that does not exist");
      }
      return s.minus(SetValue.of(key));
    }
    if (parent instanceof ArrayValue a) {
      int idx = index(a.size(), key);
      if (idx < 0 || idx > a.size() - 1) {
        throw new BuiltinException("index for array delete out of bounds");
      }
      List<Value> elems = new ArrayList<>(a.elements());
      elems.remove(idx);
      return ArrayValue.of(elems);
    }
    throw new BuiltinException("expected composite type, found value: " + parent + " (type: " + goType(parent) + ")");
  }

  /** The edit tree's {@code toIndex}. */
  private static int index(int length, Value key) {
    if (key instanceof NumberValue n) {
      Long i = GoNumbers.atoi64(n);
      if (i == null) {
        throw new BuiltinException("invalid number type for indexing");
      }
      return clampInt(i);
    }
    if (key instanceof StringValue s) {
      String v = s.value();
      if (v.equals("-")) {
        return length;
      }
      Long i = GoNumbers.atoi64(v);
      if (i == null) {
        throw new BuiltinException("invalid string for indexing");
      }
      if (!v.equals("0") && v.startsWith("0")) {
        throw new BuiltinException("leading zeros are not allowed in JSON paths");
      }
      return clampInt(i);
    }
    throw new BuiltinException("invalid type for indexing");
  }

  private static int clampInt(long i) {
    return i > Integer.MAX_VALUE ? Integer.MAX_VALUE : i < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) i;
  }

  private static String goType(Value v) {
    switch (v.typeName()) {
      case "string":
        return "ast.String";
      case "number":
        return "ast.Number";
      case "boolean":
        return "ast.Boolean";
      default:
        return "ast.Null";
    }
  }
}
