package io.kubemu.engine;

import io.kubemu.model.Kind;

/**
 * A parsed {@code namespace/name} (or {@code name}) reference as the facade takes it.
 *
 * @param namespace null when the key names none (namespaced kinds then use {@code default})
 * @param name the object's name
 */
record ObjectKey(String namespace, String name) {

  static ObjectKey parse(Kind kind, String key) {
    int slash = key.indexOf('/');
    if (slash < 0) return new ObjectKey(null, key);
    if (!kind.namespaced()) {
      throw new IllegalArgumentException(
          kind.kind() + " is cluster-scoped: expected a name, not \"" + key + "\"");
    }
    return new ObjectKey(key.substring(0, slash), key.substring(slash + 1));
  }
}
