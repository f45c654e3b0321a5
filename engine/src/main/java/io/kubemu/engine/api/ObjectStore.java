package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The typed object store: per kind, objects sorted by (namespace, name) as etcd keys sort, plus the
 * one resourceVersion counter. Changes made inside a transaction are journaled so that a failed
 * request leaves nothing behind. Not thread-safe.
 */
final class ObjectStore {

  /** A storage key; cluster-scoped objects have namespace "". */
  record Key(String namespace, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = namespace.compareTo(o.namespace);
      return c != 0 ? c : name.compareTo(o.name);
    }
  }

  private record Undo(Kind kind, Key key, KubernetesObject previous) {}

  // lookups only: never iterated
  private final Map<Kind, TreeMap<Key, KubernetesObject>> data = new HashMap<>();
  private final Deque<Undo> journal = new ArrayDeque<>();
  private long resourceVersion;
  private long resourceVersionAtBegin;
  private boolean inTransaction;

  static Key key(Kind kind, String namespace, String name) {
    return new Key(kind.namespaced() && namespace != null ? namespace : "", name);
  }

  static Key key(Kind kind, KubernetesObject obj) {
    return key(kind, obj.metadata().namespace(), obj.metadata().name());
  }

  private TreeMap<Key, KubernetesObject> table(Kind kind) {
    return data.computeIfAbsent(kind, k -> new TreeMap<>());
  }

  KubernetesObject get(Kind kind, String namespace, String name) {
    TreeMap<Key, KubernetesObject> t = data.get(kind);
    return t == null ? null : t.get(key(kind, namespace, name));
  }

  /** {@return the objects of a kind, sorted; {@code namespace} null means all} */
  List<KubernetesObject> list(Kind kind, String namespace) {
    TreeMap<Key, KubernetesObject> t = data.get(kind);
    if (t == null) return List.of();
    Collection<KubernetesObject> values =
        namespace == null || !kind.namespaced() ? t.values() : inNamespace(t, namespace).values();
    return new ArrayList<>(values);
  }

  /** {@return whether any object of the kind lives in the namespace} */
  boolean anyIn(Kind kind, String namespace) {
    TreeMap<Key, KubernetesObject> t = data.get(kind);
    return t != null && !inNamespace(t, namespace).isEmpty();
  }

  private static NavigableMap<Key, KubernetesObject> inNamespace(
      TreeMap<Key, KubernetesObject> t, String namespace) {
    // names are never empty, so ("ns", "") sorts before every key of the namespace
    return t.subMap(new Key(namespace, ""), true, new Key(namespace + "\0", ""), false);
  }

  void put(Kind kind, KubernetesObject obj) {
    Key k = key(kind, obj);
    KubernetesObject prev = table(kind).put(k, obj);
    if (inTransaction) journal.push(new Undo(kind, k, prev));
  }

  void remove(Kind kind, KubernetesObject obj) {
    Key k = key(kind, obj);
    KubernetesObject prev = table(kind).remove(k);
    if (inTransaction) journal.push(new Undo(kind, k, prev));
  }

  /** {@return the next resourceVersion (the counter is shared by every kind)} */
  long nextResourceVersion() {
    return ++resourceVersion;
  }

  /** {@return the last resourceVersion assigned} */
  long resourceVersion() {
    return resourceVersion;
  }

  void begin() {
    journal.clear();
    resourceVersionAtBegin = resourceVersion;
    inTransaction = true;
  }

  void commit() {
    journal.clear();
    inTransaction = false;
  }

  void rollback() {
    while (!journal.isEmpty()) {
      Undo u = journal.pop();
      if (u.previous == null) table(u.kind).remove(u.key);
      else table(u.kind).put(u.key, u.previous);
    }
    resourceVersion = resourceVersionAtBegin;
    inTransaction = false;
  }
}
