package io.opadynamodb.dynamodb.embedded.expr;

import io.opadynamodb.dynamodb.embedded.expr.Expr.UpdateAction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies update actions (SET, REMOVE, ADD, DELETE) to an item. As in DynamoDB, every operand
 * is evaluated against the item as it was before the update.
 */
public final class Updater {
  private Updater() {}

  /** The updated item; {@code old} is not modified. */
  public static Map<String, AttributeValue> apply(List<UpdateAction> actions, Map<String, AttributeValue> old,
      Evaluator evaluator) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(old);
    List<AttributeValue> values = new ArrayList<>();
    for (UpdateAction a : actions) {
      values.add(a.value() == null ? null : evaluator.value(a.value(), old));
    }
    for (int i = 0; i < actions.size(); i++) {
      UpdateAction a = actions.get(i);
      AttributeValue v = values.get(i);
      switch (a.clause()) {
        case "SET":
          if (v == null) {
            throw new ExpressionException(
                "The provided expression refers to an attribute that does not exist in the item");
          }
          set(item, a.path(), v);
          break;
        case "REMOVE":
          remove(item, a.path());
          break;
        case "ADD":
          set(item, a.path(), add(Evaluator.resolvePath(a.path(), item), v));
          break;
        default: {
          AttributeValue current = Evaluator.resolvePath(a.path(), item);
          AttributeValue rest = current == null ? null : deleteFromSet(current, v);
          if (rest == null) {
            remove(item, a.path());
          } else {
            set(item, a.path(), rest);
          }
        }
      }
    }
    return item;
  }

  private static AttributeValue add(AttributeValue current, AttributeValue v) {
    if (v.n() != null && (current == null || current.n() != null)) {
      BigDecimal base = current == null ? BigDecimal.ZERO : new BigDecimal(current.n());
      return AttributeValue.fromN(base.add(new BigDecimal(v.n())).toPlainString());
    }
    if (v.hasSs() && (current == null || current.hasSs())) {
      Set<String> s = new LinkedHashSet<>(current == null ? List.of() : current.ss());
      s.addAll(v.ss());
      return AttributeValue.fromSs(new ArrayList<>(s));
    }
    if (v.hasNs() && (current == null || current.hasNs())) {
      Set<String> s = new LinkedHashSet<>(current == null ? List.of() : current.ns());
      s.addAll(v.ns());
      return AttributeValue.fromNs(new ArrayList<>(s));
    }
    if (v.hasBs() && (current == null || current.hasBs())) {
      Set<SdkBytes> s = new LinkedHashSet<>(current == null ? List.of() : current.bs());
      s.addAll(v.bs());
      return AttributeValue.fromBs(new ArrayList<>(s));
    }
    throw new ExpressionException(
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD");
  }

  private static AttributeValue deleteFromSet(AttributeValue current, AttributeValue v) {
    if (current.hasSs() && v.hasSs()) {
      List<String> s = new ArrayList<>(current.ss());
      s.removeAll(v.ss());
      return s.isEmpty() ? null : AttributeValue.fromSs(s);
    }
    if (current.hasNs() && v.hasNs()) {
      List<String> s = new ArrayList<>(current.ns());
      s.removeIf(n -> v.ns().stream().anyMatch(x -> new BigDecimal(x).compareTo(new BigDecimal(n)) == 0));
      return s.isEmpty() ? null : AttributeValue.fromNs(s);
    }
    if (current.hasBs() && v.hasBs()) {
      List<SdkBytes> s = new ArrayList<>(current.bs());
      s.removeAll(v.bs());
      return s.isEmpty() ? null : AttributeValue.fromBs(s);
    }
    throw new ExpressionException(
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE");
  }

  private static void set(Map<String, AttributeValue> item, Path path, AttributeValue v) {
    if (path.isTopLevel()) {
      item.put(path.head(), v);
      return;
    }
    AttributeValue root = item.get(path.head());
    item.put(path.head(), with(root, path.elements(), 1, v));
  }

  private static void remove(Map<String, AttributeValue> item, Path path) {
    if (path.isTopLevel()) {
      item.remove(path.head());
      return;
    }
    AttributeValue root = item.get(path.head());
    if (root != null && Evaluator.resolvePath(path, item) != null) {
      item.put(path.head(), with(root, path.elements(), 1, null));
    }
  }

  /** A copy of {@code container} with the value at elements[i..] replaced (null removes it). */
  private static AttributeValue with(AttributeValue container, List<Object> elements, int i, AttributeValue v) {
    Object step = elements.get(i);
    boolean last = i == elements.size() - 1;
    if (step instanceof Integer idx) {
      if (container == null || !container.hasL()) {
        throw invalidPath();
      }
      List<AttributeValue> list = new ArrayList<>(container.l());
      if (last) {
        if (v == null) {
          if (idx < list.size()) {
            list.remove((int) idx);
          }
        } else if (idx < list.size()) {
          list.set(idx, v);
        } else {
          list.add(v);
        }
      } else {
        if (idx >= list.size()) {
          throw invalidPath();
        }
        list.set(idx, with(list.get(idx), elements, i + 1, v));
      }
      return AttributeValue.fromL(list);
    }
    if (container == null || !container.hasM()) {
      throw invalidPath();
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
    if (last) {
      if (v == null) {
        map.remove((String) step);
      } else {
        map.put((String) step, v);
      }
    } else {
      map.put((String) step, with(map.get(step), elements, i + 1, v));
    }
    return AttributeValue.fromM(map);
  }

  private static ExpressionException invalidPath() {
    return new ExpressionException("The document path provided in the update expression is invalid for update");
  }
}
