package io.opadynamodb.dynamodb.embedded;

import io.opadynamodb.dynamodb.embedded.expr.Evaluator;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Condition;
import io.opadynamodb.dynamodb.embedded.expr.Expr.UpdateAction;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionContext;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionException;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionParser;
import io.opadynamodb.dynamodb.embedded.expr.Updater;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** GetItem, PutItem, UpdateItem, DeleteItem and BatchWriteItem, with condition expressions. */
final class ItemOperations {
  private final Database db;

  ItemOperations(Database db) {
    this.db = db;
  }

  public GetItemResponse getItem(GetItemRequest r) {
    unsupported(r.projectionExpression() != null || r.hasAttributesToGet(), "GetItem projections");
    return db.read(() -> {
      Table t = db.table(r.tableName());
      Map<String, AttributeValue> item = t.get(t.keyOf(r.key(), true));
      return item == null ? GetItemResponse.builder().build() : GetItemResponse.builder().item(item).build();
    });
  }

  public PutItemResponse putItem(PutItemRequest r) {
    unsupported(r.hasExpected(), "the legacy Expected parameter (use ConditionExpression)");
    ExpressionContext ctx = new ExpressionContext(r.expressionAttributeNames(), r.expressionAttributeValues());
    Condition condition = parse(() -> r.conditionExpression() == null ? null
        : ExpressionParser.condition(r.conditionExpression(), ctx));
    checkUsed(ctx);
    Map<String, AttributeValue> item = normalizeItem(r.item());
    ReturnValue rv = returnValue(r.returnValues(), ReturnValue.NONE, ReturnValue.ALL_OLD);
    return db.write(() -> {
      Table t = db.table(r.tableName());
      Map<String, AttributeValue> key = t.keyOf(item, false);
      checkSize(item);
      Map<String, AttributeValue> old = t.get(key);
      check(condition, old, ctx);
      write(t, key, old, item);
      PutItemResponse.Builder b = PutItemResponse.builder();
      if (rv == ReturnValue.ALL_OLD && old != null) {
        b.attributes(old);
      }
      return b.build();
    });
  }

  public DeleteItemResponse deleteItem(DeleteItemRequest r) {
    unsupported(r.hasExpected(), "the legacy Expected parameter (use ConditionExpression)");
    ExpressionContext ctx = new ExpressionContext(r.expressionAttributeNames(), r.expressionAttributeValues());
    Condition condition = parse(() -> r.conditionExpression() == null ? null
        : ExpressionParser.condition(r.conditionExpression(), ctx));
    checkUsed(ctx);
    ReturnValue rv = returnValue(r.returnValues(), ReturnValue.NONE, ReturnValue.ALL_OLD);
    return db.write(() -> {
      Table t = db.table(r.tableName());
      Map<String, AttributeValue> key = t.keyOf(r.key(), true);
      Map<String, AttributeValue> old = t.get(key);
      check(condition, old, ctx);
      if (old != null) {
        write(t, key, old, null);
      }
      DeleteItemResponse.Builder b = DeleteItemResponse.builder();
      if (rv == ReturnValue.ALL_OLD && old != null) {
        b.attributes(old);
      }
      return b.build();
    });
  }

  public UpdateItemResponse updateItem(UpdateItemRequest r) {
    unsupported(r.hasExpected() || r.hasAttributeUpdates(),
        "the legacy Expected and AttributeUpdates parameters (use ConditionExpression and UpdateExpression)");
    if (r.updateExpression() == null) {
      throw Errors.validation("UpdateExpression is required by EmbeddedDynamoDb");
    }
    ExpressionContext ctx = new ExpressionContext(r.expressionAttributeNames(), r.expressionAttributeValues());
    Condition condition = parse(() -> r.conditionExpression() == null ? null
        : ExpressionParser.condition(r.conditionExpression(), ctx));
    List<UpdateAction> actions = parse(() -> ExpressionParser.update(r.updateExpression(), ctx));
    checkUsed(ctx);
    ReturnValue rv = r.returnValues() == null ? ReturnValue.NONE : r.returnValues();
    return db.write(() -> {
      Table t = db.table(r.tableName());
      Map<String, AttributeValue> key = t.keyOf(r.key(), true);
      Map<String, AttributeValue> old = t.get(key);
      check(condition, old, ctx);
      Set<String> touched = new HashSet<>();
      for (UpdateAction a : actions) {
        if (a.path().head().equals(t.hashKey) || a.path().head().equals(t.rangeKey)) {
          throw Errors.validation("One or more parameter values were invalid: Cannot update attribute "
              + a.path().head() + ". This attribute is part of the key");
        }
        touched.add(a.path().head());
      }
      Map<String, AttributeValue> base = old == null ? key : old;
      Map<String, AttributeValue> updated = normalizeItem(parse(() -> Updater.apply(actions, base, evaluator(ctx))));
      checkSize(updated);
      write(t, key, old, updated);
      return UpdateItemResponse.builder().attributes(returned(rv, old, updated, touched)).build();
    });
  }

  private static Map<String, AttributeValue> returned(ReturnValue rv, Map<String, AttributeValue> old,
      Map<String, AttributeValue> updated, Set<String> touched) {
    switch (rv) {
      case ALL_OLD:
        return old;
      case ALL_NEW:
        return updated;
      case UPDATED_OLD:
      case UPDATED_NEW: {
        Map<String, AttributeValue> source = rv == ReturnValue.UPDATED_OLD ? old : updated;
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        if (source != null) {
          source.forEach((k, v) -> {
            if (touched.contains(k)) {
              out.put(k, v);
            }
          });
        }
        return out.isEmpty() ? null : out;
      }
      default:
        return null;
    }
  }

  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest r) {
    int count = r.requestItems().values().stream().mapToInt(List::size).sum();
    if (count == 0 || count > 25) {
      throw Errors.validation("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: "
          + "Member must have between 1 and 25 write requests in total");
    }
    return db.write(() -> {
      // Validate the whole batch first: a bad request fails it before anything is written.
      List<Runnable> writes = new ArrayList<>();
      for (Map.Entry<String, List<WriteRequest>> e : r.requestItems().entrySet()) {
        Table t = db.table(e.getKey());
        Set<Map<String, AttributeValue>> keys = new HashSet<>();
        for (WriteRequest w : e.getValue()) {
          Map<String, AttributeValue> item = w.putRequest() != null ? normalizeItem(w.putRequest().item()) : null;
          Map<String, AttributeValue> key = item != null ? t.keyOf(item, false)
              : t.keyOf(w.deleteRequest().key(), true);
          if (!keys.add(key)) {
            throw Errors.validation("Provided list of item keys contains duplicates");
          }
          if (item != null) {
            checkSize(item);
          }
          writes.add(() -> write(t, key, t.get(key), item));
        }
      }
      writes.forEach(Runnable::run);
      return BatchWriteItemResponse.builder().unprocessedItems(Map.of()).build();
    });
  }

  /** Applies a change and appends its stream record; a change that alters nothing writes no record. */
  private void write(Table t, Map<String, AttributeValue> key, Map<String, AttributeValue> old,
      Map<String, AttributeValue> item) {
    if (item == null) {
      if (old == null) {
        return;
      }
      t.delete(key);
    } else {
      t.put(item);
    }
    boolean changed = old == null || item == null || !AttributeValues.mapsEqual(old, item);
    if (t.stream != null && changed) {
      t.stream.append(key, old, item == null ? null : t.get(key), db.clock.instant());
    }
  }

  static Evaluator evaluator(ExpressionContext ctx) {
    return new Evaluator(ctx, AttributeValues::compareScalars, AttributeValues::equal, AttributeValues::type);
  }

  private static void check(Condition condition, Map<String, AttributeValue> old, ExpressionContext ctx) {
    if (condition != null && !parse(() -> evaluator(ctx).test(condition, old == null ? Map.of() : old))) {
      throw Errors.conditionFailed();
    }
  }

  static <T> T parse(Supplier<T> action) {
    try {
      return action.get();
    } catch (ExpressionException e) {
      throw Errors.validation(e.getMessage());
    }
  }

  static void checkUsed(ExpressionContext ctx) {
    parse(() -> {
      ctx.checkAllUsed();
      return null;
    });
  }

  private static Map<String, AttributeValue> normalizeItem(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, AttributeValues.normalize(v)));
    return out;
  }

  private static void checkSize(Map<String, AttributeValue> item) {
    if (AttributeValues.itemSize(item) > Table.MAX_ITEM_SIZE) {
      throw Errors.validation("Item size has exceeded the maximum allowed size");
    }
  }

  private static ReturnValue returnValue(ReturnValue rv, ReturnValue... allowed) {
    if (rv == null) {
      return ReturnValue.NONE;
    }
    for (ReturnValue a : allowed) {
      if (a == rv) {
        return rv;
      }
    }
    throw Errors.validation("Return values set to invalid value: " + rv);
  }

  static void unsupported(boolean used, String what) {
    if (used) {
      throw new UnsupportedOperationException("EmbeddedDynamoDb does not implement " + what);
    }
  }
}
