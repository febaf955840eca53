package io.opadynamodb.dynamodb.embedded;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A table's stream: one shard holding the change records in order. Record i has sequence number
 * {@code BASE + i}, so positions and sequence numbers convert both ways. Records older than 24
 * hours are trimmed, as the service does. Guarded by the database lock.
 */
final class TableStream {
  private static final BigInteger BASE = new BigInteger("100000000000000000000");
  private static final Duration RETENTION = Duration.ofHours(24);

  final String arn;
  final String label;
  final String shardId;
  final String tableName;
  final StreamViewType viewType;
  final Instant created;
  final String region;
  private final List<Record> records = new ArrayList<>();
  private final List<Instant> times = new ArrayList<>();
  /** Absolute position of records.get(0). */
  private long firstPosition;
  private boolean enabled = true;

  TableStream(String tableArn, String tableName, StreamViewType viewType, Instant created, String region) {
    this.label = created.toString().replace("Z", "");
    this.arn = tableArn + "/stream/" + label;
    this.shardId = "shardId-" + String.format("%020d", created.toEpochMilli()) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    this.tableName = tableName;
    this.viewType = viewType;
    this.created = created;
    this.region = region;
  }

  boolean enabled() {
    return enabled;
  }

  /** Closes the shard: no more records (the table was deleted). */
  void disable() {
    enabled = false;
  }

  String startingSequenceNumber() {
    return sequenceNumber(0);
  }

  /** The last sequence number written, or null when the shard is still open or empty. */
  String endingSequenceNumber() {
    return enabled || end() == 0 ? null : sequenceNumber(end() - 1);
  }

  long end() {
    return firstPosition + records.size();
  }

  long trimHorizon() {
    return firstPosition;
  }

  static String sequenceNumber(long position) {
    return BASE.add(BigInteger.valueOf(position)).toString();
  }

  /** The position of a sequence number, or -1 when it is not one of this stream's. */
  static long position(String sequenceNumber) {
    try {
      BigInteger p = new BigInteger(sequenceNumber).subtract(BASE);
      return p.signum() < 0 || p.bitLength() > 62 ? -1 : p.longValue();
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Appends the record of a change; {@code oldItem} or {@code newItem} is null for inserts and removes. */
  void append(Map<String, AttributeValue> keys, Map<String, AttributeValue> oldItem,
      Map<String, AttributeValue> newItem, Instant now) {
    if (!enabled) {
      return;
    }
    trim(now);
    OperationType type = oldItem == null ? OperationType.INSERT : newItem == null ? OperationType.REMOVE
        : OperationType.MODIFY;
    long position = end();
    StreamRecord.Builder sr = StreamRecord.builder()
        .approximateCreationDateTime(now)
        .keys(keys)
        .sequenceNumber(sequenceNumber(position))
        .streamViewType(viewType);
    boolean wantsNew = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
    boolean wantsOld = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
    long size = AttributeValues.itemSize(keys);
    if (wantsNew && newItem != null) {
      sr.newImage(newItem);
      size += AttributeValues.itemSize(newItem);
    }
    if (wantsOld && oldItem != null) {
      sr.oldImage(oldItem);
      size += AttributeValues.itemSize(oldItem);
    }
    sr.sizeBytes(size);
    records.add(Record.builder()
        .eventID(UUID.randomUUID().toString().replace("-", ""))
        .eventName(type)
        .eventVersion("1.1")
        .eventSource("aws:dynamodb")
        .awsRegion(region)
        .dynamodb(sr.build())
        .build());
    times.add(now);
  }

  private void trim(Instant now) {
    int drop = 0;
    while (drop < times.size() && times.get(drop).isBefore(now.minus(RETENTION))) {
      drop++;
    }
    if (drop > 0) {
      records.subList(0, drop).clear();
      times.subList(0, drop).clear();
      firstPosition += drop;
    }
  }

  /** Records from an absolute position, at most {@code limit} of them. */
  List<Record> read(long position, int limit) {
    int from = (int) (position - firstPosition);
    int to = (int) Math.min(records.size(), (long) from + limit);
    return from >= to ? List.of() : new ArrayList<>(records.subList(from, to));
  }
}
