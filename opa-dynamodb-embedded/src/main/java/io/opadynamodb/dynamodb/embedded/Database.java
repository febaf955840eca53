package io.opadynamodb.dynamodb.embedded;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The state shared by the DynamoDB and Streams front ends: tables by name, streams by ARN, and
 * the one lock that makes every operation atomic (writes exclusive, reads shared).
 */
final class Database {
  final String region;
  final String accountId = "000000000000";
  final Clock clock;
  final Map<String, Table> tables = new TreeMap<>();
  final Map<String, TableStream> streams = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

  Database(String region, Clock clock) {
    this.region = region;
    this.clock = clock;
  }

  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  Table table(String name) {
    Table t = name == null ? null : tables.get(name);
    if (t == null) {
      throw Errors.notFound("Requested resource not found: Table: " + name + " not found");
    }
    return t;
  }
}
