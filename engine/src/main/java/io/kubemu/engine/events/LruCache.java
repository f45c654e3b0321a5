package io.kubemu.engine.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded, access-ordered map (groupcache's lru.Cache); deterministic eviction. */
final class LruCache<K, V> extends LinkedHashMap<K, V> {
  private static final long serialVersionUID = 1L;

  private final int capacity;

  LruCache(int capacity) {
    super(16, 0.75f, true);
    this.capacity = capacity;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > capacity;
  }
}
