package io.kubemu.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/** Key-value varargs ({@code "app", "web", "tier", "db"}) merged into insertion-ordered maps. */
final class Pairs {
  private Pairs() {}

  /**
   * Puts each pair into {@code target}; a null value removes the key.
   *
   * @throws IllegalArgumentException for an odd number of arguments
   * @throws NullPointerException for a null key
   */
  static <M extends Map<String, String>> M putAll(M target, String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "expected key-value pairs, got an odd number of arguments (" + keyValues.length + ")");
    }
    for (int i = 0; i < keyValues.length; i += 2) {
      put(target, keyValues[i], keyValues[i + 1]);
    }
    return target;
  }

  /** Puts every entry into {@code target}; a null value removes the key. */
  static <V, M extends Map<String, V>> M putAll(M target, Map<String, ? extends V> entries) {
    entries.forEach((k, v) -> put(target, k, v));
    return target;
  }

  /** Puts one entry; a null value removes the key. */
  static <V> void put(Map<String, V> target, String key, V value) {
    if (key == null) throw new NullPointerException("key");
    if (value == null) target.remove(key);
    else target.put(key, value);
  }

  /** {@return a new map of the pairs} */
  static Map<String, String> map(String... keyValues) {
    return putAll(new LinkedHashMap<>(), keyValues);
  }
}
