package io.opadynamodb.dynamodb.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a table's stream for changes of one bundle's manifest. Open shards are read from LATEST;
 * when a shard closes, its children are read from TRIM_HORIZON. After an error it backs off, then
 * resumes each shard after its last sequence number (or from LATEST), and reads the manifest once
 * so that nothing activated during the gap is missed.
 */
final class StreamFollower implements Runnable {
  private static final long MAX_BACKOFF_MS = 30_000;
  private static final long NO_SHARD_MS = 5_000;

  private final StoreItems items;
  private final DynamoDbStreamsClient streams;
  private final ManifestWatcher watcher;
  /** The pause after a round of GetRecords that returned nothing (see ManifestWatcher#streamReadInterval). */
  private final long idleMillis;
  private volatile boolean running = true;
  private volatile boolean following;
  private String streamArn;
  /** Shard id to its current iterator, for the shards being read. */
  private final Map<String, String> iterators = new LinkedHashMap<>();
  /** Shard id to the last sequence number seen. */
  private final Map<String, String> lastSequence = new LinkedHashMap<>();
  /** Shards read to their end. */
  private final List<String> finished = new ArrayList<>();

  StreamFollower(StoreItems items, DynamoDbStreamsClient streams, ManifestWatcher watcher, long idleMillis) {
    this.items = items;
    this.streams = streams;
    this.watcher = watcher;
    this.idleMillis = idleMillis;
  }

  boolean isFollowing() {
    return following;
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    long backoff = 100;
    boolean resume = false;
    while (running) {
      try {
        if (iterators.isEmpty()) {
          if (!discover(resume)) {
            return; // the table has no stream: polling alone follows the manifest
          }
          watcher.poll(); // catch up on anything activated before the iterators existed
          if (iterators.isEmpty()) {
            sleep(NO_SHARD_MS); // no open shard (the stream is being replaced): look again later
            continue;
          }
        }
        following = true;
        boolean any = readRound();
        watcher.setReachable(true);
        if (!any) {
          sleep(idleMillis);
        }
        backoff = 100;
        resume = false;
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        following = false;
        watcher.setReachable(false);
        watcher.recordError("reading the DynamoDB stream failed", e);
        iterators.clear();
        resume = true;
        try {
          sleep(backoff);
        } catch (InterruptedException ie) {
          return;
        }
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
      }
    }
    following = false;
  }

  /** Finds the stream and its shards and opens iterators; false when the table has no stream. */
  private boolean discover(boolean resume) {
    String arn = items.client.describeTable(b -> b.tableName(items.table)).table().latestStreamArn();
    if (arn == null) {
      watcher.recordError("table " + items.table + " has no stream", new IllegalStateException("streams are off"));
      return false;
    }
    if (!arn.equals(streamArn)) {
      streamArn = arn;
      lastSequence.clear();
      finished.clear();
    }
    for (Shard shard : shards()) {
      String id = shard.shardId();
      if (finished.contains(id)) {
        continue;
      }
      boolean open = shard.sequenceNumberRange() == null || shard.sequenceNumberRange().endingSequenceNumber() == null;
      String seq = lastSequence.get(id);
      if (resume && seq != null) {
        iterators.put(id, iterator(id, ShardIteratorType.AFTER_SEQUENCE_NUMBER, seq));
      } else if (open) {
        iterators.put(id, iterator(id, ShardIteratorType.LATEST, null));
      }
    }
    return true;
  }

  private List<Shard> shards() {
    List<Shard> out = new ArrayList<>();
    String start = null;
    do {
      String from = start;
      StreamDescription d = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(from))
          .streamDescription();
      out.addAll(d.shards());
      start = d.lastEvaluatedShardId();
    } while (start != null);
    return out;
  }

  private String iterator(String shardId, ShardIteratorType type, String sequence) {
    return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId).shardIteratorType(type)
        .sequenceNumber(sequence)).shardIterator();
  }

  /** Reads each shard once; true when any record arrived. */
  private boolean readRound() {
    boolean any = false;
    List<String> closed = new ArrayList<>();
    for (Map.Entry<String, String> e : new ArrayList<>(iterators.entrySet())) {
      GetRecordsResponse r = streams.getRecords(b -> b.shardIterator(e.getValue()));
      for (Record record : r.records()) {
        any = true;
        lastSequence.put(e.getKey(), record.dynamodb().sequenceNumber());
        handle(record);
      }
      if (r.nextShardIterator() == null) {
        closed.add(e.getKey());
      } else {
        iterators.put(e.getKey(), r.nextShardIterator());
      }
    }
    if (!closed.isEmpty()) {
      closed.forEach(iterators::remove);
      finished.addAll(closed);
      openChildren(closed);
    }
    return any;
  }

  /** Starts reading the children of closed shards from their beginning. */
  private void openChildren(List<String> closed) {
    for (Shard shard : shards()) {
      if (closed.contains(shard.parentShardId()) && !iterators.containsKey(shard.shardId())
          && !finished.contains(shard.shardId())) {
        iterators.put(shard.shardId(), iterator(shard.shardId(), ShardIteratorType.TRIM_HORIZON, null));
      }
    }
  }

  private void handle(Record record) {
    Map<String, AttributeValue> keys = record.dynamodb().keys();
    if (!items.pk.equals(keys.get(PolicyTable.PK).s()) || !PolicyTable.MANIFEST.equals(keys.get(PolicyTable.SK).s())) {
      return;
    }
    if (record.dynamodb().hasNewImage()) {
      watcher.deliver(StoreItems.manifest(items.bundle, record.dynamodb().newImage()));
    } else {
      watcher.poll(); // KEYS_ONLY or OLD_IMAGE streams: read the manifest itself
    }
  }

  private static void sleep(long ms) throws InterruptedException {
    Thread.sleep(ms);
  }
}
