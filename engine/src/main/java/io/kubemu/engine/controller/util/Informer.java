package io.kubemu.engine.controller.util;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
  private Watch watch;

  public Informer(ApiServer api, Class<T> type) {
    this.api = Objects.requireNonNull(api);
    this.type = Objects.requireNonNull(type);
  }

  /** Adds a handler; call before {@link #start()}. */
  public Informer<T> addHandler(Handler<T> handler) {
    handlers.add(Objects.requireNonNull(handler));
    return this;
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
        if (old == null) {
          for (Handler<T> h : handlers) h.onAdd(obj);
        } else {
          for (Handler<T> h : handlers) h.onUpdate(old, obj);
        }
      }
      case DELETED -> {
        T old = store.remove(key);
        T last = obj != null ? obj : old;
        for (Handler<T> h : handlers) h.onDelete(last);
      }
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
