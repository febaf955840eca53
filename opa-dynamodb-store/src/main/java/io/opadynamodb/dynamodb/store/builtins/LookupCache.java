package io.opadynamodb.dynamodb.store.builtins;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;

/**
 * Results of lookups made with {@code "cache": true}, shared across decisions, each entry kept for
 * its request's {@code cache_duration}, at most {@code maxEntries} entries (least recently used go first).
 */
final class LookupCache {
  /** A cached response and how long it may be served. */
  record Entry(Value response, Duration ttl) {}

  private final Cache<Value, Entry> cache;

  LookupCache(long maxEntries) {
    this.cache = Caffeine.newBuilder()
        .maximumSize(maxEntries)
        .expireAfter(new Expiry<Value, Entry>() {
          @Override
          public long expireAfterCreate(Value key, Entry e, long now) {
            return e.ttl().toNanos();
          }

          @Override
          public long expireAfterUpdate(Value key, Entry e, long now, long current) {
            return e.ttl().toNanos();
          }

          @Override
          public long expireAfterRead(Value key, Entry e, long now, long current) {
            return current;
          }
        })
        .build();
  }

  Value get(Value key) {
    Entry e = cache.getIfPresent(key);
    return e == null ? null : e.response();
  }

  void put(Value key, Value response, Duration ttl) {
    if (!ttl.isZero()) {
      cache.put(key, new Entry(response, ttl));
    }
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
