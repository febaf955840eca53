package io.opadynamodb.dynamodb.embedded;

import io.opadynamodb.dynamodb.embedded.expr.Evaluator;
import io.opadynamodb.dynamodb.embedded.expr.Expr.And;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Between;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Compare;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Condition;
import io.opadynamodb.dynamodb.embedded.expr.Expr.FunctionCondition;
import io.opadynamodb.dynamodb.embedded.expr.Expr.Operand;
import io.opadynamodb.dynamodb.embedded.expr.Expr.PathOperand;
import io.opadynamodb.dynamodb.embedded.expr.Expr.ValueOperand;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionContext;
import io.opadynamodb.dynamodb.embedded.expr.ExpressionParser;
import io.opadynamodb.dynamodb.embedded.expr.Projection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query on a table's primary key: equality on the hash key, an optional range key condition,
 * an optional filter, in either order, paged by Limit (items evaluated) and by 1 MB of data read,
 * optionally projected to some top-level attributes.
 */
final class QueryOperation {
  /** DynamoDB stops a page once this many bytes were read. */
  static final long PAGE_BYTES = 1024 * 1024;

  private final Database db;

  QueryOperation(Database db) {
    this.db = db;
  }

  public QueryResponse query(QueryRequest r) {
    ItemOperations.unsupported(r.indexName() != null, "secondary indexes (IndexName " + r.indexName() + ")");
    ItemOperations.unsupported(r.hasKeyConditions() || r.hasQueryFilter(),
        "the legacy KeyConditions and QueryFilter parameters (use KeyConditionExpression)");
    ItemOperations.unsupported(r.hasAttributesToGet(), "the legacy AttributesToGet parameter (use ProjectionExpression)");
    ItemOperations.unsupported(r.select() != null && r.select() != Select.ALL_ATTRIBUTES && r.select() != Select.COUNT,
        "Select " + r.select());
    if (r.keyConditionExpression() == null) {
      throw Errors.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in "
          + "the request.");
    }
    if (r.limit() != null && r.limit() < 1) {
      throw Errors.validation("1 validation error detected: Value '" + r.limit() + "' at 'limit' failed to satisfy "
          + "constraint: Member must have value greater than or equal to 1");
    }
    ExpressionContext ctx = new ExpressionContext(r.expressionAttributeNames(), r.expressionAttributeValues());
    Condition keyCondition = ItemOperations.parse(() -> ExpressionParser.condition(r.keyConditionExpression(), ctx));
    Condition filter = r.filterExpression() == null ? null
        : ItemOperations.parse(() -> ExpressionParser.condition(r.filterExpression(), ctx));
    Projection projection = ItemOperations.parse(() -> Projection.parse(r.projectionExpression(), ctx));
    ItemOperations.checkUsed(ctx);
    return db.read(() -> {
      Table t = db.table(r.tableName());
      AttributeValue hash = checkKeyCondition(t, keyCondition, ctx);
      Map<String, AttributeValue> start = r.hasExclusiveStartKey() ? t.keyOf(r.exclusiveStartKey(), true) : null;
      if (start != null && !AttributeValues.equal(start.get(t.hashKey), hash)) {
        throw Errors.validation("The provided starting key is invalid: The provided key element does not match the "
            + "schema");
      }
      boolean forward = r.scanIndexForward() == null || r.scanIndexForward();
      Evaluator evaluator = ItemOperations.evaluator(ctx);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      int scanned = 0;
      long bytes = 0;
      Map<String, AttributeValue> last = null;
      boolean stopped = false;
      for (Map<String, AttributeValue> item : t.partition(hash, forward, start)) {
        if (!ItemOperations.parse(() -> evaluator.test(keyCondition, item))) {
          continue;
        }
        scanned++;
        bytes += AttributeValues.itemSize(item);
        if (filter == null || ItemOperations.parse(() -> evaluator.test(filter, item))) {
          items.add(projection == null ? item : projection.apply(item));
        }
        last = item;
        if ((r.limit() != null && scanned >= r.limit()) || bytes >= PAGE_BYTES) {
          stopped = true;
          break;
        }
      }
      QueryResponse.Builder b = QueryResponse.builder().count(items.size()).scannedCount(scanned);
      if (r.select() != Select.COUNT) {
        b.items(items);
      }
      if (stopped) {
        b.lastEvaluatedKey(t.keyOf(last, false));
      }
      return b.build();
    });
  }

  /** Checks the key condition's shape and returns the hash key value it selects. */
  private static AttributeValue checkKeyCondition(Table t, Condition c, ExpressionContext ctx) {
    List<Condition> parts = new ArrayList<>();
    if (c instanceof And a) {
      parts.add(a.left());
      parts.add(a.right());
    } else {
      parts.add(c);
    }
    AttributeValue hash = null;
    for (Condition part : parts) {
      String attribute = keyAttribute(part);
      if (attribute == null) {
        throw Errors.validation("Invalid operator used in KeyConditionExpression: " + describe(part));
      }
      if (attribute.equals(t.hashKey) && part instanceof Compare cmp && cmp.op().equals("=") && hash == null) {
        hash = checkType(t, attribute, value(cmp.right(), ctx));
      } else if (attribute.equals(t.rangeKey)) {
        for (Operand o : operands(part)) {
          if (o instanceof ValueOperand v) {
            checkType(t, attribute, ctx.value(v.placeholder()));
          }
        }
      } else {
        throw Errors.validation("Query key condition not supported");
      }
    }
    if (hash == null) {
      throw Errors.validation("Query condition missed key schema element: " + t.hashKey);
    }
    return hash;
  }

  private static AttributeValue checkType(Table t, String attribute, AttributeValue v) {
    if (v == null || !AttributeValues.type(v).equals(t.keyTypes.get(attribute))) {
      throw Errors.validation("One or more parameter values were invalid: Condition parameter type does not match "
          + "schema type");
    }
    return v;
  }

  private static AttributeValue value(Operand o, ExpressionContext ctx) {
    return o instanceof ValueOperand v ? ctx.value(v.placeholder()) : null;
  }

  /** The key attribute a part of a key condition constrains, or null when the part is not allowed. */
  private static String keyAttribute(Condition part) {
    List<Operand> ops = operands(part);
    if (ops.isEmpty() || !(ops.get(0) instanceof PathOperand p) || !p.path().isTopLevel()) {
      return null;
    }
    for (int i = 1; i < ops.size(); i++) {
      if (!(ops.get(i) instanceof ValueOperand)) {
        return null;
      }
    }
    return p.path().head();
  }

  private static List<Operand> operands(Condition part) {
    if (part instanceof Compare cmp && !cmp.op().equals("<>")) {
      return List.of(cmp.left(), cmp.right());
    }
    if (part instanceof Between b) {
      return List.of(b.value(), b.low(), b.high());
    }
    if (part instanceof FunctionCondition f && f.name().equals("begins_with")) {
      return f.args();
    }
    return List.of();
  }

  private static String describe(Condition part) {
    if (part instanceof Compare cmp) {
      return cmp.op();
    }
    if (part instanceof FunctionCondition f) {
      return f.name();
    }
    return part.getClass().getSimpleName().toUpperCase();
  }
}
