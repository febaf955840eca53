package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** OPA's {@code topdown/reachable.go}: {@code graph.reachable} and {@code graph.reachable_paths}. */
public final class ReachableFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("graph.reachable", (ctx, a) -> reachable(Args.object(a, 0), initial(a[1])));
    r.register("graph.reachable_paths", (ctx, a) -> reachablePaths(Args.object(a, 0), initial(a[1])));
  }

  private static List<Value> initial(Value v) {
    if (v instanceof ArrayValue arr) {
      return arr.elements();
    }
    if (v instanceof SetValue set) {
      return set.elements();
    }
    throw Args.typeError(2, v, "{array, set}");
  }

  /** Edges of a vertex: an array or set (anything else has none). */
  private static List<Value> edges(Value v) {
    if (v instanceof ArrayValue arr) {
      return arr.elements();
    }
    if (v instanceof SetValue set) {
      return set.elements();
    }
    return Collections.emptyList();
  }

  private static Value reachable(ObjectValue graph, List<Value> initial) {
    ArrayDeque<Value> queue = new ArrayDeque<>(initial);
    SetValue.Builder reached = SetValue.builder();
    while (!queue.isEmpty()) {
      Value node = queue.poll();
      Value e = graph.get(node);
      if (e != null) {
        for (Value neighbor : edges(e)) {
          if (!reached.contains(neighbor)) {
            queue.add(neighbor);
          }
        }
        reached.add(node);
      }
    }
    return reached.build();
  }

  private static Value reachablePaths(ObjectValue graph, List<Value> initial) {
    SetValue.Builder result = SetValue.builder();
    for (Value node : initial) {
      Value e = graph.get(node);
      if (e == null) {
        continue;
      }
      List<Value> es = edges(e);
      if (!es.isEmpty()) {
        for (Value neighbor : es) {
          List<Value> path = new ArrayList<>();
          path.add(node);
          SetValue.Builder reached = SetValue.builder();
          reached.add(node);
          pathBuilder(graph, neighbor, path, result, reached);
        }
      } else {
        result.add(ArrayValue.of(node));
      }
    }
    return result.build();
  }

  private static void pathBuilder(ObjectValue graph, Value root, List<Value> path, SetValue.Builder result,
      SetValue.Builder reachedIn) {
    Value e = graph.get(root);
    if (e == null) {
      result.add(ArrayValue.of(path));
      return;
    }
    path.add(root);
    List<Value> es = edges(e);
    if (es.isEmpty()) {
      result.add(ArrayValue.of(path));
      return;
    }
    SetValue reachedSoFar = reachedIn.build();
    for (Value neighbor : es) {
      if (reachedSoFar.contains(neighbor) || neighbor.equals(root)) {
        result.add(ArrayValue.of(path));
      } else {
        SetValue.Builder reached = SetValue.builder();
        for (Value v : reachedSoFar.elements()) {
          reached.add(v);
        }
        reached.add(root);
        pathBuilder(graph, neighbor, new ArrayList<>(path), result, reached);
      }
    }
  }
}
