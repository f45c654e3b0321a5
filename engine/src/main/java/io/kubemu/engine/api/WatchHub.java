package io.kubemu.engine.api;

import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The watch side of the store: a log of every committed change in resourceVersion order and the
 * open watches, each with a cursor into the log. Delivery is a task on the event loop at the
 * current instant, never inside the write: for each log entry in order, every watch positioned on
 * it gets it, in registration order. A watch from resourceVersion N replays the entries after N, so
 * list-then-watch has no gaps. Not thread-safe.
 */
final class WatchHub {

  /** One committed change; {@code previous} is the state before (null for ADDED). */
  record Entry(
      long rv,
      WatchEvent.Type type,
      Kind kind,
      KubernetesObject object,
      KubernetesObject previous) {}

  private final EventLoop loop;
  private final List<Entry> log = new ArrayList<>();
  private final List<WatchImpl<?>> watches = new ArrayList<>();
  private boolean scheduled;

  WatchHub(EventLoop loop) {
    this.loop = loop;
  }

  void append(Entry entry) {
    log.add(entry);
    if (!watches.isEmpty()) schedule();
  }

  /** {@return the log index of the first entry after resourceVersion {@code rv}} */
  private int indexAfter(long rv) {
    int lo = 0;
    int hi = log.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (log.get(mid).rv() <= rv) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Opens a watch.
   *
   * @param fromRv deliver the entries after this resourceVersion; negative: start now, after
   *     synthetic ADDED events for {@code initial}
   */
  <T extends KubernetesObject> Watch open(
      Kind kind,
      Class<T> type,
      ListOptions options,
      long fromRv,
      List<KubernetesObject> initial,
      WatchHandler<T> handler,
      long currentRv) {
    WatchImpl<T> w = new WatchImpl<>(kind, type, options, handler);
    if (fromRv < 0) {
      w.cursor = log.size();
      for (KubernetesObject o : initial)
        w.initial.add(new WatchEvent<>(WatchEvent.Type.ADDED, type.cast(o)));
      w.lastRv = currentRv;
    } else {
      w.cursor = indexAfter(fromRv);
      w.lastRv = fromRv;
    }
    watches.add(w);
    schedule();
    return w;
  }

  private void schedule() {
    if (scheduled) return;
    scheduled = true;
    loop.schedule(loop.now(), "deliver watch events", this::deliver);
  }

  private void deliver() {
    scheduled = false;
    try {
      List<WatchImpl<?>> snapshot = List.copyOf(watches);
      for (WatchImpl<?> w : snapshot) w.drainInitial();
      int end = log.size();
      int from = end;
      for (WatchImpl<?> w : snapshot) if (!w.closed) from = Math.min(from, w.cursor);
      for (int i = from; i < end; i++) {
        Entry e = log.get(i);
        for (WatchImpl<?> w : snapshot) {
          if (!w.closed && w.cursor == i) {
            w.cursor = i + 1;
            w.offer(e);
          }
        }
      }
    } finally {
      watches.removeIf(w -> w.closed);
      for (WatchImpl<?> w : watches) {
        if (w.cursor < log.size() || !w.initial.isEmpty()) {
          schedule();
          break;
        }
      }
    }
  }

  /** An open watch. */
  private static final class WatchImpl<T extends KubernetesObject> implements Watch {
    private final Kind kind;
    private final Class<T> type;
    private final ListOptions options;
    private final WatchHandler<T> handler;
    private final Deque<WatchEvent<T>> initial = new ArrayDeque<>();
    private int cursor;
    private long lastRv;
    private boolean closed;

    WatchImpl(Kind kind, Class<T> type, ListOptions options, WatchHandler<T> handler) {
      this.kind = kind;
      this.type = type;
      this.options = options;
      this.handler = handler;
    }

    void drainInitial() {
      while (!closed && !initial.isEmpty()) handler.onEvent(initial.poll());
    }

    private boolean matches(KubernetesObject o) {
      if (o == null) return false;
      String ns = options.namespace();
      if (ns != null && !ns.isEmpty() && kind.namespaced() && !ns.equals(o.metadata().namespace()))
        return false;
      return options.labelSelector().matches(o.metadata().labels())
          && FieldSelectors.matches(kind, options.fieldSelector(), o);
    }

    // cacheWatcher.convertToWatchEvent
    void offer(Entry e) {
      if (e.kind() != kind && !e.kind().equals(kind)) return; // kinds are shared constants
      boolean cur = e.type() != WatchEvent.Type.DELETED && matches(e.object());
      boolean old = e.previous() != null && matches(e.previous());
      WatchEvent<T> event;
      if (cur && !old) {
        event = new WatchEvent<>(WatchEvent.Type.ADDED, type.cast(e.object()));
      } else if (cur) {
        event = new WatchEvent<>(WatchEvent.Type.MODIFIED, type.cast(e.object()));
      } else if (old) {
        // the previous content, with the event's resourceVersion
        KubernetesObject last =
            e.type() == WatchEvent.Type.DELETED
                ? e.object()
                : e.previous()
                    .withMetadata(
                        e.previous().metadata().withResourceVersion(Long.toString(e.rv())));
        event = new WatchEvent<>(WatchEvent.Type.DELETED, type.cast(last));
      } else {
        return;
      }
      lastRv = e.rv();
      handler.onEvent(event);
    }

    @Override
    public void close() {
      closed = true;
      initial.clear();
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public String resourceVersion() {
      return Long.toString(lastRv);
    }
  }
}
