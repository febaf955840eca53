package io.opadynamodb.dynamodb.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;

/**
 * ListStreams, DescribeStream, GetShardIterator and GetRecords over the tables' streams. A shard
 * iterator is the stream ARN, shard id and position, encoded; it does not expire.
 */
final class StreamsOperations {
  private static final int MAX_RECORDS = 1000;

  private final Database db;

  StreamsOperations(Database db) {
    this.db = db;
  }

  public ListStreamsResponse listStreams(ListStreamsRequest r) {
    return db.read(() -> {
      List<Stream> out = new ArrayList<>();
      for (Table t : db.tables.values()) {
        if (t.stream != null && (r.tableName() == null || r.tableName().equals(t.name))) {
          out.add(Stream.builder().streamArn(t.stream.arn).streamLabel(t.stream.label).tableName(t.name).build());
        }
      }
      return ListStreamsResponse.builder().streams(out).build();
    });
  }

  public DescribeStreamResponse describeStream(DescribeStreamRequest r) {
    return db.read(() -> {
      TableStream s = stream(r.streamArn());
      Table t = db.tables.get(s.tableName);
      StreamDescription.Builder d = StreamDescription.builder()
          .streamArn(s.arn)
          .streamLabel(s.label)
          .streamStatus(s.enabled() ? StreamStatus.ENABLED : StreamStatus.DISABLED)
          .streamViewType(s.viewType)
          .tableName(s.tableName)
          .creationRequestDateTime(s.created);
      if (t != null) {
        d.keySchema(t.keySchema);
      }
      boolean afterOurShard = r.exclusiveStartShardId() != null;
      if (!afterOurShard) {
        d.shards(Shard.builder()
            .shardId(s.shardId)
            .sequenceNumberRange(SequenceNumberRange.builder()
                .startingSequenceNumber(s.startingSequenceNumber())
                .endingSequenceNumber(s.endingSequenceNumber())
                .build())
            .build());
      } else {
        d.shards(List.of());
      }
      return DescribeStreamResponse.builder().streamDescription(d.build()).build();
    });
  }

  public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest r) {
    return db.read(() -> {
      TableStream s = stream(r.streamArn());
      if (!s.shardId.equals(r.shardId())) {
        throw Errors.notFound("Requested resource not found: Shard does not exist");
      }
      ShardIteratorType type = r.shardIteratorType();
      if (type == null) {
        throw Errors.validation("1 validation error detected: Value null at 'shardIteratorType' failed to satisfy "
            + "constraint: Member must not be null");
      }
      long position;
      switch (type) {
        case TRIM_HORIZON:
          position = s.trimHorizon();
          break;
        case LATEST:
          position = s.end();
          break;
        case AT_SEQUENCE_NUMBER:
        case AFTER_SEQUENCE_NUMBER: {
          long p = r.sequenceNumber() == null ? -1 : TableStream.position(r.sequenceNumber());
          if (p < 0 || p >= s.end()) {
            throw Errors.validation("Invalid SequenceNumber for iterator type " + type + ": " + r.sequenceNumber());
          }
          if (p < s.trimHorizon()) {
            throw Errors.trimmed("The operation attempted to read past the oldest stream record in a shard.");
          }
          position = type == ShardIteratorType.AT_SEQUENCE_NUMBER ? p : p + 1;
          break;
        }
        default:
          throw Errors.validation("Unknown ShardIteratorType: " + type);
      }
      return GetShardIteratorResponse.builder().shardIterator(encode(s, position)).build();
    });
  }

  public GetRecordsResponse getRecords(GetRecordsRequest r) {
    int limit = r.limit() == null ? MAX_RECORDS : r.limit();
    if (limit < 1 || limit > MAX_RECORDS) {
      throw Errors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy "
          + "constraint: Member must have value between 1 and 1000");
    }
    String[] parts = decode(r.shardIterator());
    return db.read(() -> {
      TableStream s = stream(parts[0]);
      long position = Long.parseLong(parts[2]);
      if (position < s.trimHorizon()) {
        throw Errors.trimmed("The operation attempted to read past the oldest stream record in a shard.");
      }
      List<Record> records = s.read(position, limit);
      long next = position + records.size();
      GetRecordsResponse.Builder b = GetRecordsResponse.builder().records(records);
      // A closed shard read to its end has no next iterator: the reader moves on to child shards.
      if (s.enabled() || next < s.end()) {
        b.nextShardIterator(encode(s, next));
      }
      return b.build();
    });
  }

  private TableStream stream(String arn) {
    TableStream s = arn == null ? null : db.streams.get(arn);
    if (s == null) {
      throw Errors.notFound("Requested resource not found: Stream: " + arn + " not found");
    }
    return s;
  }

  private static String encode(TableStream s, long position) {
    String raw = s.arn + "|" + s.shardId + "|" + position;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decode(String iterator) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8).split("\\|");
      Long.parseLong(parts[2]);
      return parts;
    } catch (RuntimeException e) {
      throw ExpiredIteratorException.builder().message("Invalid ShardIterator").statusCode(400).build();
    }
  }
}
