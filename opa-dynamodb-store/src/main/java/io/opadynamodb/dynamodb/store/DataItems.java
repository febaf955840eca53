package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Data documents as items, and back. A document whose JSON exceeds {@link #MAX_PART_BYTES} is
 * split by sub-path: its object members are packed into fragments of at most that size, members
 * too large on their own are split recursively. DynamoDB counts items at most about 1.5 times their
 * JSON size, so fragments stay well under the 400 KB item limit.
 */
final class DataItems {
  static final int MAX_PART_BYTES = 250_000;

  private DataItems() {}

  /** One fragment of a document: the value at {@code subpath} within the document at {@code path}. */
  record Part(String path, List<String> subpath, Value value) {}

  /** The items of one document. */
  static List<Map<String, AttributeValue>> items(String pk, long revision, String path, Value document) {
    List<Part> parts = new ArrayList<>();
    split(path, List.of(), document, parts);
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    boolean whole = parts.size() == 1 && parts.get(0).subpath().isEmpty();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put(PolicyTable.PK, AttributeValue.fromS(pk));
      item.put(PolicyTable.SK, AttributeValue.fromS(PolicyTable.dataPrefix(revision) + path
          + (whole ? "" : "#part#" + i)));
      item.put("path", AttributeValue.fromS(path));
      item.put("revision", AttributeValue.fromN(Long.toString(revision)));
      if (!whole) {
        item.put("subpath", AttributeValue.fromL(p.subpath().stream().map(AttributeValue::fromS).toList()));
      }
      item.put("value", AttributeValues.fromValue(p.value()));
      items.add(item);
    }
    return items;
  }

  private static void split(String path, List<String> subpath, Value v, List<Part> out) {
    if (jsonBytes(v) <= MAX_PART_BYTES) {
      out.add(new Part(path, subpath, v));
      return;
    }
    if (!(v instanceof ObjectValue obj)) {
      throw new IllegalArgumentException("the data at '" + where(path, subpath) + "' is " + jsonBytes(v)
          + " bytes of JSON, too large for one DynamoDB item, and is not an object, so it cannot be split; "
          + "store it as an object or as smaller documents");
    }
    ObjectValue.Builder fragment = ObjectValue.builder();
    long size = 2;
    for (int i = 0; i < obj.size(); i++) {
      String key = ((StringValue) obj.keyAt(i)).value();
      Value member = obj.valueAt(i);
      long memberSize = jsonBytes(member) + key.length() + 4;
      if (memberSize > MAX_PART_BYTES) {
        split(path, DataPaths.child(subpath, key), member, out);
        continue;
      }
      if (size + memberSize > MAX_PART_BYTES) {
        out.add(new Part(path, subpath, fragment.build()));
        fragment = ObjectValue.builder();
        size = 2;
      }
      fragment.put(key, member);
      size += memberSize;
    }
    if (fragment.size() > 0) {
      out.add(new Part(path, subpath, fragment.build()));
    }
  }

  private static String where(String path, List<String> subpath) {
    List<String> all = new ArrayList<>(DataPaths.segments(path));
    all.addAll(subpath);
    return "data/" + String.join("/", all);
  }

  static long jsonBytes(Value v) {
    return Json.write(v).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Reassembles documents (by path) from data items, in any order. */
  static Map<String, Value> documents(List<Map<String, AttributeValue>> items) {
    Map<String, List<Map<String, AttributeValue>>> byPath = new TreeMap<>();
    for (Map<String, AttributeValue> item : items) {
      byPath.computeIfAbsent(item.get("path").s(), p -> new ArrayList<>()).add(item);
    }
    Map<String, Value> out = new TreeMap<>();
    byPath.forEach((path, parts) -> {
      parts.sort(Comparator.comparing(i -> i.get(PolicyTable.SK).s()));
      Value doc = null;
      for (Map<String, AttributeValue> part : parts) {
        List<String> subpath = part.containsKey("subpath")
            ? part.get("subpath").l().stream().map(AttributeValue::s).toList() : List.of();
        doc = DataPaths.put(doc, subpath, 0, AttributeValues.toValue(part.get("value")), path);
      }
      out.put(path, doc);
    });
    return out;
  }
}
