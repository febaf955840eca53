package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/** Writes a value at a path inside an object, creating intermediate objects (as {@code with} does). */
final class Upsert {
  private Upsert() {}

  static Value upsert(Value base, List<Value> path, Value value) {
    if (path.isEmpty()) {
      return value;
    }
    ObjectValue obj = base instanceof ObjectValue o ? o : ObjectValue.EMPTY;
    Value child = obj.get(path.get(0));
    return obj.with(path.get(0), upsert(child, path.subList(1, path.size()), value));
  }
}
