package io.opadynamodb.dynamodb.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Writes and deletes the items of whole revisions, and hands out revision numbers. */
final class RevisionWriter {
  private static final int BATCH = 25;
  private static final int MAX_RETRIES = 8;

  private final StoreItems items;

  RevisionWriter(StoreItems items) {
    this.items = items;
  }

  /**
   * A revision number no other publisher gets (an atomic counter), so that concurrent publishers
   * never write items under the same revision.
   */
  long reserve() {
    var r = items.client.updateItem(b -> b.tableName(items.table).key(items.key(PolicyTable.COUNTER))
        .updateExpression("ADD #last :one")
        .expressionAttributeNames(Map.of("#last", "last_revision"))
        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
        .returnValues(ReturnValue.UPDATED_NEW));
    return Long.parseLong(r.attributes().get("last_revision").n());
  }

  /** The items of a revision: modules, data documents (split when large), then its metadata item. */
  List<Map<String, AttributeValue>> itemsOf(PolicyBundle bundle, String checksum, String by, Instant now) {
    long rev = bundle.revision();
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    bundle.modules().forEach((path, source) -> {
      Map<String, AttributeValue> item = new LinkedHashMap<>(items.key(PolicyTable.modulePrefix(rev) + path));
      item.put("path", AttributeValue.fromS(path));
      item.put("revision", AttributeValue.fromN(Long.toString(rev)));
      item.put("source", AttributeValue.fromS(source));
      item.put("sha256", AttributeValue.fromS(BundleChecksum.sha256(source)));
      out.add(item);
    });
    bundle.data().forEach((path, doc) -> out.addAll(DataItems.items(items.pk, rev, path, doc)));
    Map<String, AttributeValue> meta = new LinkedHashMap<>(items.key(PolicyTable.revisionKey(rev)));
    meta.put("revision", AttributeValue.fromN(Long.toString(rev)));
    meta.put("checksum", AttributeValue.fromS(checksum));
    meta.put("modules", AttributeValue.fromN(Integer.toString(bundle.modules().size())));
    meta.put("data_paths", AttributeValue.fromN(Integer.toString(bundle.data().size())));
    meta.put("published_at", AttributeValue.fromS(now.toString()));
    meta.put("published_by", AttributeValue.fromS(by));
    out.add(meta);
    return out;
  }

  void put(List<Map<String, AttributeValue>> toWrite) {
    List<WriteRequest> writes = new ArrayList<>();
    for (Map<String, AttributeValue> item : toWrite) {
      writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    batch(writes);
  }

  /** Deletes the items with these sort keys. */
  void deleteKeys(List<String> sortKeys) {
    List<WriteRequest> writes = new ArrayList<>();
    for (String sk : sortKeys) {
      writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(items.key(sk)).build()).build());
    }
    batch(writes);
  }

  /** Deletes every item of the given revisions. */
  void delete(List<Long> revisions) {
    List<WriteRequest> writes = new ArrayList<>();
    for (long rev : revisions) {
      List<Map<String, AttributeValue>> found = new ArrayList<>(items.query(PolicyTable.modulePrefix(rev)));
      found.addAll(items.query(PolicyTable.dataPrefix(rev)));
      Map<String, AttributeValue> meta = items.get(PolicyTable.revisionKey(rev));
      if (meta != null) {
        found.add(meta);
      }
      for (Map<String, AttributeValue> item : found) {
        writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
            .key(items.key(item.get(PolicyTable.SK).s())).build()).build());
      }
    }
    batch(writes);
  }

  private void batch(List<WriteRequest> writes) {
    for (int from = 0; from < writes.size(); from += BATCH) {
      List<WriteRequest> chunk = writes.subList(from, Math.min(writes.size(), from + BATCH));
      Map<String, List<WriteRequest>> pending = Map.of(items.table, chunk);
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt > MAX_RETRIES) {
          throw new PolicyStoreException("DynamoDB left writes unprocessed after " + MAX_RETRIES + " retries");
        }
        if (attempt > 0) {
          backOff(attempt);
        }
        Map<String, List<WriteRequest>> request = pending;
        BatchWriteItemResponse r = items.client.batchWriteItem(b -> b.requestItems(request));
        pending = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
      }
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(1000L, 25L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PolicyStoreException("interrupted while retrying unprocessed writes", e);
    }
  }
}
