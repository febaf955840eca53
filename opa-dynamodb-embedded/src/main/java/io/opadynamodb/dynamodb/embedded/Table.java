package io.opadynamodb.dynamodb.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * One table's items: partitions by hash key, each sorted by range key. Not thread-safe on its
 * own; {@link DynamoDbOperations} guards every access with the database lock.
 */
final class Table {
  /** The key attribute used internally for tables without a range key. */
  private static final AttributeValue NO_RANGE = AttributeValue.fromS("");
  /** Largest item DynamoDB accepts, in bytes. */
  static final long MAX_ITEM_SIZE = 400 * 1024;

  final String name;
  final String arn;
  final String hashKey;
  final String rangeKey;
  final Map<String, String> keyTypes;
  final List<KeySchemaElement> keySchema;
  final List<AttributeDefinition> attributeDefinitions;
  final Instant created;
  final TableStream stream;
  private final Map<String, NavigableMap<AttributeValue, Map<String, AttributeValue>>> partitions = new HashMap<>();
  private long itemCount;
  private long sizeBytes;

  Table(String name, String arn, List<KeySchemaElement> keySchema, List<AttributeDefinition> definitions,
      Instant created, TableStream stream) {
    this.name = name;
    this.arn = arn;
    this.keySchema = List.copyOf(keySchema);
    this.attributeDefinitions = List.copyOf(definitions);
    this.hashKey = keySchema.get(0).attributeName();
    this.rangeKey = keySchema.size() > 1 ? keySchema.get(1).attributeName() : null;
    Map<String, String> types = new HashMap<>();
    for (AttributeDefinition d : definitions) {
      types.put(d.attributeName(), d.attributeTypeAsString());
    }
    this.keyTypes = Collections.unmodifiableMap(types);
    this.created = created;
    this.stream = stream;
  }

  long itemCount() {
    return itemCount;
  }

  long sizeBytes() {
    return sizeBytes;
  }

  /** The key attributes of an item or key map, checked against the schema. */
  Map<String, AttributeValue> keyOf(Map<String, AttributeValue> itemOrKey, boolean exact) {
    if (exact && itemOrKey.size() != (rangeKey == null ? 1 : 2)) {
      throw Errors.validation("The provided key element does not match the schema");
    }
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String k : rangeKey == null ? List.of(hashKey) : List.of(hashKey, rangeKey)) {
      AttributeValue v = itemOrKey.get(k);
      if (v == null) {
        throw Errors.validation(exact ? "The provided key element does not match the schema"
            : "One or more parameter values were invalid: Missing the key " + k + " in the item");
      }
      if (!AttributeValues.type(v).equals(keyTypes.get(k))) {
        throw Errors.validation("One or more parameter values were invalid: Type mismatch for key " + k
            + " expected: " + keyTypes.get(k) + " actual: " + AttributeValues.type(v));
      }
      if ((v.s() != null && v.s().isEmpty()) || (v.b() != null && v.b().asByteArrayUnsafe().length == 0)) {
        throw Errors.validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
            + "cannot contain an empty string value. Key: " + k);
      }
      key.put(k, AttributeValues.normalize(v));
    }
    return key;
  }

  Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
    NavigableMap<AttributeValue, Map<String, AttributeValue>> p = partitions.get(hashOf(key));
    return p == null ? null : p.get(rangeOf(key));
  }

  /** Stores an item (already validated); returns the previous one or null. */
  Map<String, AttributeValue> put(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> stored = Collections.unmodifiableMap(new LinkedHashMap<>(item));
    Map<String, AttributeValue> old = partitions
        .computeIfAbsent(hashOf(item), h -> new TreeMap<>(AttributeValues.SCALAR_ORDER))
        .put(rangeOf(item), stored);
    if (old == null) {
      itemCount++;
    } else {
      sizeBytes -= AttributeValues.itemSize(old);
    }
    sizeBytes += AttributeValues.itemSize(stored);
    return old;
  }

  Map<String, AttributeValue> delete(Map<String, AttributeValue> key) {
    String h = hashOf(key);
    NavigableMap<AttributeValue, Map<String, AttributeValue>> p = partitions.get(h);
    Map<String, AttributeValue> old = p == null ? null : p.remove(rangeOf(key));
    if (old != null) {
      itemCount--;
      sizeBytes -= AttributeValues.itemSize(old);
      if (p.isEmpty()) {
        partitions.remove(h);
      }
    }
    return old;
  }

  /**
   * The items of one partition in range-key order, starting after {@code exclusiveStart} (a key
   * map, or null).
   */
  List<Map<String, AttributeValue>> partition(AttributeValue hash, boolean forward,
      Map<String, AttributeValue> exclusiveStart) {
    NavigableMap<AttributeValue, Map<String, AttributeValue>> p =
        partitions.get(hashText(AttributeValues.normalize(hash)));
    if (p == null) {
      return List.of();
    }
    NavigableMap<AttributeValue, Map<String, AttributeValue>> view = forward ? p : p.descendingMap();
    if (exclusiveStart != null) {
      view = view.tailMap(rangeOf(exclusiveStart), false);
    }
    return new ArrayList<>(view.values());
  }

  private String hashOf(Map<String, AttributeValue> keyOrItem) {
    return hashText(AttributeValues.normalize(keyOrItem.get(hashKey)));
  }

  private static String hashText(AttributeValue v) {
    if (v.b() != null) {
      return "B:" + Base64.getEncoder().encodeToString(v.b().asByteArrayUnsafe());
    }
    return AttributeValues.type(v) + ":" + (v.s() != null ? v.s() : v.n());
  }

  private AttributeValue rangeOf(Map<String, AttributeValue> keyOrItem) {
    return rangeKey == null ? NO_RANGE : AttributeValues.normalize(keyOrItem.get(rangeKey));
  }
}
