package io.kubemu.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive, order-preserving immutable copies for record compact constructors. Null becomes empty:
 * model collections are never null, which is how Go's omitempty treats them too.
 */
public final class Copies {
  private Copies() {}

  public static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) return List.of();
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  public static <K, V> Map<K, V> map(Map<K, V> map) {
    if (map == null || map.isEmpty()) return Map.of();
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
