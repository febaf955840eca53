package io.opadynamodb.rego.builtins.text;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe cache of compiled values (patterns, GraphQL schemas) holding at most {@code maxSize} entries; when full, an
 * arbitrary entry makes room, as OPA's regex and glob caches do.
 */
public final class BoundedCache<K, V> {
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
  private final int maxSize;

  public BoundedCache(int maxSize) {
    this.maxSize = maxSize;
  }

  /** The cached value, or the one {@code compile} makes (its exceptions are not cached). */
  public V get(K key, Function<K, V> compile) {
    V v = map.get(key);
    if (v != null) {
      return v;
    }
    v = compile.apply(key);
    while (map.size() >= maxSize) {
      Iterator<K> it = map.keySet().iterator();
      if (!it.hasNext()) {
        break;
      }
      map.remove(it.next());
    }
    map.put(key, v);
    return v;
  }
}
