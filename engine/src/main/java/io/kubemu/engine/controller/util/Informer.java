package io.kubemu.engine.controller.util;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A controller's cache of one kind (client-go's shared informer and lister): filled by a watch, it
 * calls its handlers with the old and the new object, as client-go's {@code
 * ResourceEventHandlerFuncs} do, after updating the cache. Lists are sorted by namespace and name.
 *
 * <p>Not thread-safe: runs on the event loop.
 *
 * @param <T> the kind
 */
public final class Informer<T extends KubernetesObject> {

  /** Handlers of cache changes; each defaults to doing nothing. */
  public interface Handler<T> {
    default void onAdd(T obj) {}

    default void onUpdate(T oldObj, T newObj) {}

    default void onDelete(T obj) {}
  }

  private final ApiServer api;
  private final Class<T> type;
  private final TreeMap<String, T> store = new TreeMap<>();
  private final List<Handler<T>> handlers = new ArrayList<>();
  private final Map<String, Index<T>> indexes = new HashMap<>(); // lookups only
  private Watch watch;

  /** An index (client-go's Indexers entry): index value -> the objects, sorted by key. */
  private record Index<T>(
      Function<T, List<String>> function, Map<String, TreeMap<String, T>> byValue) {
    void add(String key, T obj) {
      for (String v : function.apply(obj)) {
        byValue.computeIfAbsent(v, x -> new TreeMap<>()).put(key, obj);
      }
    }

    void remove(String key, T obj) {
      for (String v : function.apply(obj)) {
        TreeMap<String, T> m = byValue.get(v);
        if (m == null) continue;
        m.remove(key);
        if (m.isEmpty()) byValue.remove(v);
      }
    }
  }

  public Informer(ApiServer api, Class<T> type) {
    this.api = Objects.requireNonNull(api);
    this.type = Objects.requireNonNull(type);
  }

  /** Adds a handler; call before {@link #start()}. */
  public Informer<T> addHandler(Handler<T> handler) {
    handlers.add(Objects.requireNonNull(handler));
    return this;
  }

  /**
   * Adds an index (client-go's AddIndexers): {@code function} names the index values of an object
   * (none, one or several). Call before {@link #start()}.
   */
  public Informer<T> addIndex(String name, Function<T, List<String>> function) {
    Index<T> index = new Index<>(Objects.requireNonNull(function), new HashMap<>());
    for (Map.Entry<String, T> e : store.entrySet()) index.add(e.getKey(), e.getValue());
    indexes.put(name, index);
    return this;
  }

  /**
   * {@return the cached objects with {@code value} in the index {@code name}, sorted by key}
   * (ByIndex)
   */
  public List<T> byIndex(String name, String value) {
    Index<T> index = indexes.get(name);
    if (index == null) throw new IllegalArgumentException("no index " + name);
    TreeMap<String, T> m = index.byValue().get(value);
    return m == null ? new ArrayList<>() : new ArrayList<>(m.values());
  }

  /** {@return how many cached objects have {@code value} in the index {@code name}} */
  public int byIndexCount(String name, String value) {
    Index<T> index = indexes.get(name);
    if (index == null) throw new IllegalArgumentException("no index " + name);
    TreeMap<String, T> m = index.byValue().get(value);
    return m == null ? 0 : m.size();
  }

  /** Opens the watch: every existing object arrives as an add, then every change. Idempotent. */
  public void start() {
    if (watch == null) watch = api.watch(type, null, this::onEvent);
  }

  /** Closes the watch. */
  public void stop() {
    if (watch != null) watch.close();
  }

  private void onEvent(WatchEvent<T> event) {
    T obj = event.object();
    String key = key(obj.metadata().namespace(), obj.metadata().name());
    switch (event.type()) {
      case ADDED, MODIFIED -> {
        T old = store.put(key, obj);
        reindex(key, old, obj);
        if (old == null) {
          for (Handler<T> h : handlers) h.onAdd(obj);
        } else {
          for (Handler<T> h : handlers) h.onUpdate(old, obj);
        }
      }
      case DELETED -> {
        T old = store.remove(key);
        reindex(key, old, null);
        T last = obj != null ? obj : old;
        for (Handler<T> h : handlers) h.onDelete(last);
      }
    }
  }

  private void reindex(String key, T old, T obj) {
    if (indexes.isEmpty()) return;
    for (Index<T> index : indexes.values()) {
      if (old != null) index.remove(key, old);
      if (obj != null) index.add(key, obj);
    }
  }

  private static String key(String namespace, String name) {
    return (namespace == null ? "" : namespace) + "/" + name;
  }

  /** {@return the cached object} */
  public Optional<T> get(String namespace, String name) {
    return Optional.ofNullable(store.get(key(namespace, name)));
  }

  /** {@return the cached objects of a namespace, by name} */
  public List<T> list(String namespace) {
    String prefix = (namespace == null ? "" : namespace) + "/";
    return new ArrayList<>(store.subMap(prefix, prefix + Character.MAX_VALUE).values());
  }

  /** {@return the cached objects of a namespace whose labels the selector matches} */
  public List<T> list(String namespace, Selector selector) {
    List<T> out = new ArrayList<>();
    for (T o : list(namespace)) if (selector.matches(o.metadata().labels())) out.add(o);
    return out;
  }

  /** {@return every cached object} */
  public List<T> list() {
    return new ArrayList<>(store.values());
  }
}
