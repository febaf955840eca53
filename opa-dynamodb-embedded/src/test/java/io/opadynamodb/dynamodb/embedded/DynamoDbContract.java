package io.opadynamodb.dynamodb.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB behaviour opa-dynamodb relies on, written once and run against two
 * implementations: our {@link EmbeddedDynamoDb} and moto. A behaviour that passes on moto but not
 * on the emulator (or the reverse) is a bug in one of them, to be looked at.
 */
abstract class DynamoDbContract {
  protected abstract DynamoDbClient db();

  protected abstract DynamoDbStreamsClient streams();

  /**
   * False for implementations known to skip some of the real service's input validation (moto
   * 5.2.1 accepts two-character table names and 26-item batches, and answers a malformed
   * expression with HTTP 500); the tests of those validations are then skipped, not failed.
   */
  protected boolean validatesLikeAws() {
    return true;
  }

  /**
   * False for implementations whose writes to one item are not isolated from each other under
   * concurrent requests (moto 5.2.1: concurrent ADDs can both read the old value); the concurrency
   * tests are then skipped, not failed. Real DynamoDB, and the emulator, apply each write atomically.
   */
  protected boolean isolatesConcurrentWrites() {
    return true;
  }

  static AttributeValue s(String v) {
    return AttributeValue.fromS(v);
  }

  static AttributeValue n(String v) {
    return AttributeValue.fromN(v);
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of("pk", s(pk), "sk", s(sk));
  }

  static Map<String, AttributeValue> item(String pk, String sk, Object... more) {
    Map<String, AttributeValue> m = new LinkedHashMap<>(key(pk, sk));
    for (int i = 0; i < more.length; i += 2) {
      m.put((String) more[i], (AttributeValue) more[i + 1]);
    }
    return m;
  }

  /** A new pk/sk table with a stream of the given view (null: no stream), unique per test. */
  String newTable(StreamViewType view) {
    String name = "contract-" + UUID.randomUUID().toString().substring(0, 12);
    db().createTable(b -> {
      b.tableName(name)
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
          .billingMode(BillingMode.PAY_PER_REQUEST);
      if (view != null) {
        b.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
      }
    });
    return name;
  }

  static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  @Test
  void tableLifecycle() {
    String t = newTable(StreamViewType.NEW_IMAGE);
    TableDescription d = db().describeTable(b -> b.tableName(t)).table();
    assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(d.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("pk", "sk");
    assertThat(d.latestStreamArn()).contains(t);
    assertThat(d.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
    assertThat(db().listTables().tableNames()).contains(t);
    assertThatThrownBy(() -> newTableNamed(t)).isInstanceOf(ResourceInUseException.class);
    db().deleteTable(b -> b.tableName(t));
    assertThatThrownBy(() -> db().describeTable(b -> b.tableName(t))).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> db().getItem(b -> b.tableName(t).key(key("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  private void newTableNamed(String name) {
    db().createTable(b -> b.tableName(name)
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  @Test
  void tableNamesShorterThanThreeCharactersAreRejected() {
    assumeTrue(validatesLikeAws(), "this implementation does not validate table name length");
    assertThatThrownBy(() -> newTableNamed("ab"))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void hashOnlyTablesStoreOneItemPerKey() {
    String t = "contract-h-" + UUID.randomUUID().toString().substring(0, 8);
    newTableNamed(t);
    db().putItem(b -> b.tableName(t).item(Map.of("pk", s("x"), "v", n("1"))));
    db().putItem(b -> b.tableName(t).item(Map.of("pk", s("x"), "v", n("2"))));
    assertThat(db().getItem(b -> b.tableName(t).key(Map.of("pk", s("x")))).item()).containsEntry("v", n("2"));
    assertThatThrownBy(() -> db().getItem(b -> b.tableName(t).key(key("x", "y"))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void itemsRoundTripWithNativeTypes() {
    String t = newTable(null);
    Map<String, AttributeValue> nested = Map.of(
        "limits", AttributeValue.fromM(Map.of("cpu", n("8"), "names", AttributeValue.fromL(List.of(s("a"), s("b"))))),
        "flag", AttributeValue.fromBool(true),
        "nothing", AttributeValue.fromNul(true),
        "tags", AttributeValue.fromSs(List.of("x", "y")));
    Map<String, AttributeValue> it = item("p", "s");
    it.putAll(nested);
    db().putItem(b -> b.tableName(t).item(it));
    Map<String, AttributeValue> got = db().getItem(b -> b.tableName(t).key(key("p", "s")).consistentRead(true)).item();
    assertThat(got).containsAllEntriesOf(Map.of("flag", AttributeValue.fromBool(true), "pk", s("p")));
    assertThat(got.get("limits").m().get("cpu").n()).isEqualTo("8");
    assertThat(got.get("limits").m().get("names").l()).containsExactly(s("a"), s("b"));
    assertThat(got.get("tags").ss()).containsExactlyInAnyOrder("x", "y");
    assertThat(db().getItem(b -> b.tableName(t).key(key("p", "absent"))).hasItem()).isFalse();
  }

  @Test
  void conditionalPutRefusesToOverwrite() {
    String t = newTable(null);
    db().putItem(b -> b.tableName(t).item(item("p", "s", "v", n("1"))).conditionExpression("attribute_not_exists(pk)"));
    assertThatThrownBy(() -> db().putItem(b -> b.tableName(t).item(item("p", "s", "v", n("2")))
        .conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(db().getItem(b -> b.tableName(t).key(key("p", "s"))).item()).containsEntry("v", n("1"));
  }

  @Test
  void conditionOperatorsFollowDynamoDbSemantics() {
    String t = newTable(null);
    db().putItem(b -> b.tableName(t).item(item("p", "s", "revision", n("5"), "name", s("bob"))));
    assertThat(holds(t, "revision = :v", n("5"))).isTrue();
    assertThat(holds(t, "revision = :v", n("5.0"))).isTrue();
    assertThat(holds(t, "revision <> :v", n("5"))).isFalse();
    assertThat(holds(t, "revision < :v", n("10"))).isTrue();
    assertThat(holds(t, "revision <= :v", n("5"))).isTrue();
    assertThat(holds(t, "revision > :v", n("5"))).isFalse();
    assertThat(holds(t, "revision >= :v", n("5"))).isTrue();
    assertThat(holds(t, "revision = :v", s("5"))).isFalse();
    assertThat(holds(t, "absent = :v", n("5"))).isFalse();
    assertThat(holds(t, "absent <> :v", n("5"))).isTrue();
    assertThat(holds(t, "attribute_exists(revision) AND NOT attribute_exists(absent)", null)).isTrue();
    assertThat(holds(t, "(revision = :v OR attribute_exists(absent)) AND #n = :bob", n("4"))).isFalse();
    assertThat(holds(t, "revision = :v OR #n = :bob", n("4"))).isTrue();
    assertThat(holds(t, "begins_with(#n, :bob)", null)).isTrue();
  }

  /** Runs a conditional no-op update and tells whether the condition held. */
  private boolean holds(String t, String condition, AttributeValue v) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    if (condition.contains(":v")) {
      values.put(":v", v);
    }
    if (condition.contains(":bob")) {
      values.put(":bob", s("bob"));
    }
    values.put(":one", n("1"));
    Map<String, String> names = condition.contains("#n") ? Map.of("#n", "name") : null;
    try {
      db().updateItem(b -> b.tableName(t).key(key("p", "s")).updateExpression("SET touched = :one")
          .conditionExpression(condition).expressionAttributeValues(values).expressionAttributeNames(names));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Test
  void updateSetCreatesAndModifiesItems() {
    String t = newTable(null);
    Map<String, AttributeValue> created = db().updateItem(b -> b.tableName(t).key(key("p", "s"))
        .updateExpression("SET revision = :r, info = :m").returnValues(ReturnValue.ALL_NEW)
        .expressionAttributeValues(Map.of(":r", n("1"), ":m", AttributeValue.fromM(Map.of("by", s("alice"))))))
        .attributes();
    assertThat(created).containsEntry("revision", n("1")).containsEntry("pk", s("p"));
    Map<String, AttributeValue> updated = db().updateItem(b -> b.tableName(t).key(key("p", "s"))
        .updateExpression("SET revision = revision + :one, info.#by = :who REMOVE gone")
        .conditionExpression("revision = :r")
        .expressionAttributeNames(Map.of("#by", "by"))
        .expressionAttributeValues(Map.of(":one", n("1"), ":r", n("1"), ":who", s("bob")))
        .returnValues(ReturnValue.ALL_NEW)).attributes();
    assertThat(updated.get("revision").n()).isEqualTo("2");
    assertThat(updated.get("info").m()).containsEntry("by", s("bob"));
    assertThatThrownBy(() -> db().updateItem(b -> b.tableName(t).key(key("p", "s"))
        .updateExpression("SET revision = :r").conditionExpression("revision = :old")
        .expressionAttributeValues(Map.of(":r", n("9"), ":old", n("1")))))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThatThrownBy(() -> db().updateItem(b -> b.tableName(t).key(key("p", "s"))
        .updateExpression("SET sk = :r").expressionAttributeValues(Map.of(":r", s("x")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void addIncrementsACounterAtomically() throws Exception {
    assumeTrue(isolatesConcurrentWrites(), "this implementation does not isolate concurrent writes");
    String t = newTable(null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> db().updateItem(b -> b.tableName(t).key(key("p", "counter"))
            .updateExpression("ADD #c :one").expressionAttributeNames(Map.of("#c", "count"))
            .expressionAttributeValues(Map.of(":one", n("1"))).returnValues(ReturnValue.UPDATED_NEW))
            .attributes().get("count").n()));
      }
      List<String> seen = new ArrayList<>();
      for (Future<String> f : results) {
        seen.add(f.get());
      }
      assertThat(seen).doesNotHaveDuplicates().hasSize(20);
      assertThat(db().getItem(b -> b.tableName(t).key(key("p", "counter"))).item().get("count").n()).isEqualTo("20");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void optimisticLockingLetsExactlyOneWriterWinPerVersion() throws Exception {
    assumeTrue(isolatesConcurrentWrites(), "this implementation does not isolate concurrent writes");
    String t = newTable(null);
    db().putItem(b -> b.tableName(t).item(item("p", "manifest", "revision", n("0"))));
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger losses = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> {
          try {
            db().updateItem(b -> b.tableName(t).key(key("p", "manifest")).updateExpression("SET revision = :next")
                .conditionExpression("revision = :expected")
                .expressionAttributeValues(Map.of(":next", n("1"), ":expected", n("0"))));
            wins.incrementAndGet();
          } catch (ConditionalCheckFailedException e) {
            losses.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wins.get()).isEqualTo(1);
    assertThat(losses.get()).isEqualTo(7);
  }

  @Test
  void deleteWithAFailingConditionKeepsTheItem() {
    String t = newTable(null);
    db().putItem(b -> b.tableName(t).item(item("p", "s", "v", n("1"))));
    assertThatThrownBy(() -> db().deleteItem(b -> b.tableName(t).key(key("p", "s")).conditionExpression("v = :x")
        .expressionAttributeValues(Map.of(":x", n("2"))))).isInstanceOf(ConditionalCheckFailedException.class);
    Map<String, AttributeValue> old = db().deleteItem(b -> b.tableName(t).key(key("p", "s"))
        .returnValues(ReturnValue.ALL_OLD)).attributes();
    assertThat(old).containsEntry("v", n("1"));
    assertThat(db().getItem(b -> b.tableName(t).key(key("p", "s"))).hasItem()).isFalse();
  }

  @Test
  void badExpressionsAreValidationErrors() {
    String t = newTable(null);
    db().putItem(b -> b.tableName(t).item(item("p", "s")));
    assertThatThrownBy(() -> db().updateItem(b -> b.tableName(t).key(key("p", "s")).updateExpression("SET a = :a")
        .expressionAttributeValues(Map.of(":a", n("1"), ":unused", n("2")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
    assertThatThrownBy(() -> db().updateItem(b -> b.tableName(t).key(key("p", "s")).updateExpression("SET a = :a")))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
    // "data" is one of DynamoDB's reserved words: it must be aliased.
    assertThatThrownBy(() -> db().updateItem(b -> b.tableName(t).key(key("p", "s")).updateExpression("SET data = :a")
        .expressionAttributeValues(Map.of(":a", n("1")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void malformedExpressionsAreValidationErrors() {
    assumeTrue(validatesLikeAws(), "this implementation fails on malformed expressions with HTTP 500");
    String t = newTable(null);
    assertThatThrownBy(() -> db().putItem(b -> b.tableName(t).item(item("p", "s")).conditionExpression("a = ")))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void queryUsesTheKeyConditionAndOrder() {
    String t = newTable(null);
    for (String sk : List.of("data#1#a", "data#1#b", "module#1#x", "module#2#y", "module#1#z", "manifest")) {
      db().putItem(b -> b.tableName(t).item(item("bundle#a", sk)));
    }
    db().putItem(b -> b.tableName(t).item(item("bundle#b", "module#1#other")));
    assertThat(sks(query(t, "bundle#a", "pk = :p AND begins_with(sk, :prefix)", Map.of(":prefix", s("module#1#")), true)))
        .containsExactly("module#1#x", "module#1#z");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND begins_with(sk, :prefix)", Map.of(":prefix", s("module#")), false)))
        .containsExactly("module#2#y", "module#1#z", "module#1#x");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk BETWEEN :a AND :b", Map.of(":a", s("data#1#b"), ":b", s("module#1#x")),
        true))).containsExactly("data#1#b", "manifest", "module#1#x");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk < :a", Map.of(":a", s("data#1#b")), true))).containsExactly("data#1#a");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk <= :a", Map.of(":a", s("data#1#b")), true)))
        .containsExactly("data#1#a", "data#1#b");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk > :a", Map.of(":a", s("module#1#z")), true))).containsExactly("module#2#y");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk >= :a", Map.of(":a", s("module#1#z")), true)))
        .containsExactly("module#1#z", "module#2#y");
    assertThat(sks(query(t, "bundle#a", "pk = :p AND sk = :a", Map.of(":a", s("manifest")), true))).containsExactly("manifest");
    assertThat(query(t, "bundle#a", "pk = :p", Map.of(), true).items()).hasSize(6);
  }

  @Test
  void queryProjectsTopLevelAttributesAndRefusesUnusedNames() {
    String t = newTable(null);
    Map<String, AttributeValue> full = new java.util.HashMap<>(item("p", "a"));
    full.put("source", s("package x"));
    full.put("sha256", s("ab12"));
    db().putItem(b -> b.tableName(t).item(full));
    var r = db().query(b -> b.tableName(t).keyConditionExpression("pk = :p").projectionExpression("#sk, sha256, absent")
        .expressionAttributeNames(Map.of("#sk", "sk")).expressionAttributeValues(Map.of(":p", s("p"))));
    assertThat(r.items()).containsExactly(Map.of("sk", s("a"), "sha256", s("ab12")));
    assertThatThrownBy(() -> db().query(b -> b.tableName(t).keyConditionExpression("pk = :p").projectionExpression("size")
        .expressionAttributeValues(Map.of(":p", s("p")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("reserved keyword: size");
    assertThatThrownBy(() -> db().query(b -> b.tableName(t).keyConditionExpression("pk = :p")
        .expressionAttributeNames(Map.of("#sk", "sk")).expressionAttributeValues(Map.of(":p", s("p")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void queryRejectsConditionsWithoutTheHashKey() {
    String t = newTable(null);
    assertThatThrownBy(() -> db().query(b -> b.tableName(t).keyConditionExpression("sk = :s")
        .expressionAttributeValues(Map.of(":s", s("x")))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void queryPagesByLimitAndExclusiveStartKey() {
    String t = newTable(null);
    for (int i = 0; i < 7; i++) {
      String sk = "item#" + i;
      db().putItem(b -> b.tableName(t).item(item("p", sk)));
    }
    List<String> all = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      QueryRequest.Builder b = QueryRequest.builder().tableName(t).keyConditionExpression("pk = :p")
          .expressionAttributeValues(Map.of(":p", s("p"))).limit(3).consistentRead(true);
      if (start != null) {
        b.exclusiveStartKey(start);
      }
      QueryResponse r = db().query(b.build());
      assertThat(r.items().size()).isLessThanOrEqualTo(3);
      all.addAll(sks(r));
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
      pages++;
    } while (start != null && pages < 10);
    assertThat(all).containsExactly("item#0", "item#1", "item#2", "item#3", "item#4", "item#5", "item#6");
    assertThat(pages).isBetween(3, 4);
  }

  @Test
  void queryPagesStopAtOneMegabyte() {
    String t = newTable(null);
    String big = "x".repeat(100_000);
    for (int i = 0; i < 25; i++) {
      String sk = String.format("item#%02d", i);
      db().putItem(b -> b.tableName(t).item(item("p", sk, "payload", s(big))));
    }
    QueryResponse first = db().query(b -> b.tableName(t).keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", s("p"))));
    assertThat(first.items().size()).isBetween(9, 11);
    assertThat(first.lastEvaluatedKey()).containsKeys("pk", "sk");
    int total = first.items().size();
    Map<String, AttributeValue> start = first.lastEvaluatedKey();
    while (start != null && !start.isEmpty()) {
      Map<String, AttributeValue> from = start;
      QueryResponse r = db().query(b -> b.tableName(t).keyConditionExpression("pk = :p").exclusiveStartKey(from)
          .expressionAttributeValues(Map.of(":p", s("p"))));
      total += r.items().size();
      start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
    }
    assertThat(total).isEqualTo(25);
  }

  @Test
  void itemsLargerThan400KbAreRejected() {
    String t = newTable(null);
    assertThatThrownBy(() -> db().putItem(b -> b.tableName(t).item(item("p", "s", "payload", s("x".repeat(410_000))))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void batchWriteStoresUpToTwentyFiveItems() {
    String t = newTable(null);
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("p", "i" + i)).build()).build());
    }
    assertThat(db().batchWriteItem(b -> b.requestItems(Map.of(t, writes))).unprocessedItems()).isEmpty();
    assertThat(query(t, "p", "pk = :p", Map.of(), true).items()).hasSize(25);
  }

  @Test
  void batchWritesOfMoreThanTwentyFiveItemsAreRejected() {
    assumeTrue(validatesLikeAws(), "this implementation accepts batches of more than 25 writes");
    String t = newTable(null);
    List<WriteRequest> tooMany = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      tooMany.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("p", "i" + i)).build()).build());
    }
    assertThatThrownBy(() -> db().batchWriteItem(b -> b.requestItems(Map.of(t, tooMany))))
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void streamsRecordInsertsModificationsAndRemovals() {
    String t = newTable(StreamViewType.NEW_AND_OLD_IMAGES);
    String arn = db().describeTable(b -> b.tableName(t)).table().latestStreamArn();
    assertThat(streams().listStreams(b -> b.tableName(t)).streams()).anySatisfy(s -> assertThat(s.streamArn())
        .isEqualTo(arn));
    db().putItem(b -> b.tableName(t).item(item("p", "manifest", "revision", n("1"))));
    db().updateItem(b -> b.tableName(t).key(key("p", "manifest")).updateExpression("SET revision = :r")
        .expressionAttributeValues(Map.of(":r", n("2"))));
    db().deleteItem(b -> b.tableName(t).key(key("p", "manifest")));

    Shard shard = streams().describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0);
    List<Record> records = readAll(arn, shard.shardId(), ShardIteratorType.TRIM_HORIZON, null);
    assertThat(records).extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    assertThat(records.get(1).dynamodb().oldImage()).containsEntry("revision", n("1"));
    assertThat(records.get(1).dynamodb().newImage()).containsEntry("revision", n("2"));
    assertThat(records.get(2).dynamodb().keys()).isEqualTo(key("p", "manifest"));
    List<BigInteger> seqs = records.stream().map(r -> new BigInteger(r.dynamodb().sequenceNumber())).toList();
    assertThat(seqs).isSorted().doesNotHaveDuplicates();

    String first = records.get(0).dynamodb().sequenceNumber();
    assertThat(readAll(arn, shard.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER, first)).hasSize(3);
    assertThat(readAll(arn, shard.shardId(), ShardIteratorType.AFTER_SEQUENCE_NUMBER, first)).hasSize(2);
  }

  @Test
  void streamsWithNewImageCarryOnlyTheNewImageAndLatestSkipsThePast() {
    String t = newTable(StreamViewType.NEW_IMAGE);
    String arn = db().describeTable(b -> b.tableName(t)).table().latestStreamArn();
    db().putItem(b -> b.tableName(t).item(item("p", "manifest", "revision", n("1"))));
    Shard shard = streams().describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0);
    String latest = streams().getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
        .shardIteratorType(ShardIteratorType.LATEST)).shardIterator();
    db().putItem(b -> b.tableName(t).item(item("p", "manifest", "revision", n("2"))));
    List<Record> records = streams().getRecords(b -> b.shardIterator(latest)).records();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).dynamodb().newImage()).containsEntry("revision", n("2"));
    assertThat(records.get(0).dynamodb().hasOldImage()).isFalse();
  }

  private List<Record> readAll(String arn, String shardId, ShardIteratorType type, String seq) {
    String it = streams().getShardIterator(b -> b.streamArn(arn).shardId(shardId).shardIteratorType(type)
        .sequenceNumber(seq)).shardIterator();
    List<Record> out = new ArrayList<>();
    // A few reads: an open shard always returns a next iterator, and moto returns all records at once.
    for (int i = 0; i < 5 && it != null; i++) {
      String current = it;
      var r = streams().getRecords(b -> b.shardIterator(current));
      out.addAll(r.records());
      it = r.nextShardIterator();
    }
    return out;
  }

  private QueryResponse query(String t, String pk, String condition, Map<String, AttributeValue> values,
      boolean forward) {
    Map<String, AttributeValue> all = new LinkedHashMap<>(values);
    all.put(":p", s(pk));
    return db().query(b -> b.tableName(t).keyConditionExpression(condition).expressionAttributeValues(all)
        .scanIndexForward(forward));
  }

  private static List<String> sks(QueryResponse r) {
    return r.items().stream().map(i -> i.get("sk").s()).toList();
  }
}
