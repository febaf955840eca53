package io.opadynamodb.dynamodb.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Reads of one bundle's item collection shared by the loader, publisher and watcher. */
final class StoreItems {
  final DynamoDbClient client;
  final String table;
  final String bundle;
  final String pk;

  StoreItems(DynamoDbClient client, String table, String bundle) {
    this.client = client;
    this.table = table;
    this.bundle = bundle;
    this.pk = PolicyTable.partition(bundle);
  }

  Map<String, AttributeValue> key(String sk) {
    return Map.of(PolicyTable.PK, AttributeValue.fromS(pk), PolicyTable.SK, AttributeValue.fromS(sk));
  }

  /** One strongly consistent item read, or null. */
  Map<String, AttributeValue> get(String sk) {
    var r = client.getItem(b -> b.tableName(table).key(key(sk)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? r.item() : null;
  }

  /**
   * All items whose sort key starts with {@code prefix} (the whole collection for an empty
   * prefix: DynamoDB refuses empty key values), strongly consistent, every page.
   */
  List<Map<String, AttributeValue>> query(String prefix) {
    return query(prefix, false);
  }

  /** The sort keys of {@link #query}'s items: only the keys travel (old revisions are found by key). */
  List<String> sortKeys(String prefix) {
    List<String> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : query(prefix, true)) {
      out.add(item.get(PolicyTable.SK).s());
    }
    return out;
  }

  private List<Map<String, AttributeValue>> query(String prefix, boolean keysOnly) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder b = QueryRequest.builder().tableName(table).consistentRead(true);
      // DynamoDB refuses names and values the expressions do not use, so each is added with its use.
      Map<String, String> names = new HashMap<>(Map.of("#pk", PolicyTable.PK));
      Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", AttributeValue.fromS(pk)));
      String condition = "#pk = :pk";
      if (!prefix.isEmpty()) {
        condition += " AND begins_with(#sk, :prefix)";
        names.put("#sk", PolicyTable.SK);
        values.put(":prefix", AttributeValue.fromS(prefix));
      }
      if (keysOnly) {
        b.projectionExpression("#sk");
        names.put("#sk", PolicyTable.SK);
      }
      b.keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values);
      if (start != null) {
        b.exclusiveStartKey(start);
      }
      QueryResponse r = client.query(b.build());
      out.addAll(r.items());
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return out;
  }

  /** The manifest item as a record, or null. */
  BundleManifest manifest() {
    Map<String, AttributeValue> item = get(PolicyTable.MANIFEST);
    return item == null ? null : manifest(bundle, item);
  }

  static BundleManifest manifest(String bundle, Map<String, AttributeValue> item) {
    return new BundleManifest(bundle, number(item, "revision"), number(item, "flip"), text(item, "checksum"),
        instant(item, "published_at"), text(item, "published_by"));
  }

  static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
  }

  static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.s();
  }

  static Instant instant(Map<String, AttributeValue> item, String name) {
    String s = text(item, name);
    return s == null ? null : Instant.parse(s);
  }
}
