package io.kubemu.assertions.api;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.Selector;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The cluster's objects as they were at one point of its {@link Timeline}, rebuilt by replaying the
 * writes: what {@link TimelineAssert#holdsAtEveryInstant} hands its condition. Objects of a kind
 * are sorted by {@code namespace/name}. Immutable; snapshots of one replay share unchanged parts.
 *
 * <pre>
 * <code class='java'>ClusterSnapshot s = ClusterSnapshot.at(cluster.timeline(), Instant.parse("2026-01-01T00:01:00Z"));
 * long ready = s.count(Pod.class, PodPredicates.ready());</code></pre>
 */
public final class ClusterSnapshot {

  private final Map<Kind, NavigableMap<String, KubernetesObject>> objects;
  private final Instant time;
  private final Timeline.Entry lastWrite;

  ClusterSnapshot(
      Map<Kind, NavigableMap<String, KubernetesObject>> objects,
      Instant time,
      Timeline.Entry lastWrite) {
    this.objects = objects;
    this.time = time;
    this.lastWrite = lastWrite;
  }

  static ClusterSnapshot empty(Instant time) {
    return new ClusterSnapshot(Map.of(), time, null);
  }

  /** {@return the state after every write at or before {@code time}} */
  public static ClusterSnapshot at(Timeline timeline, Instant time) {
    ClusterSnapshot s = empty(time);
    for (Timeline.Entry e : timeline.entries()) {
      if (e.time().isAfter(time)) break;
      s = s.apply(e);
    }
    return new ClusterSnapshot(s.objects, time, s.lastWrite);
  }

  /** {@return the state after the write with this sequence number (-1: before any write)} */
  public static ClusterSnapshot afterWrite(Timeline timeline, long sequence) {
    ClusterSnapshot s =
        empty(timeline.size() == 0 ? Instant.EPOCH : timeline.entries().get(0).time());
    for (Timeline.Entry e : timeline.entries()) {
      if (e.sequence() > sequence) break;
      s = s.apply(e);
    }
    return s;
  }

  /** {@return this state with one more write applied} */
  ClusterSnapshot apply(Timeline.Entry e) {
    Map<Kind, NavigableMap<String, KubernetesObject>> next = new LinkedHashMap<>(objects);
    TreeMap<String, KubernetesObject> ofKind =
        new TreeMap<>(objects.getOrDefault(e.kind(), Collections.emptyNavigableMap()));
    if (e.verb() == Verb.DELETED_FINAL) ofKind.remove(e.key());
    else ofKind.put(e.key(), e.object());
    next.put(e.kind(), Collections.unmodifiableNavigableMap(ofKind));
    return new ClusterSnapshot(Collections.unmodifiableMap(next), e.time(), e);
  }

  ClusterSnapshot at(Instant time) {
    return new ClusterSnapshot(objects, time, lastWrite);
  }

  /** {@return the virtual time of this state} */
  public Instant time() {
    return time;
  }

  /** {@return the last write applied, if any} */
  public Optional<Timeline.Entry> lastWrite() {
    return Optional.ofNullable(lastWrite);
  }

  /** {@return every object of the type, sorted by namespace and name} */
  public <T extends KubernetesObject> List<T> list(Class<T> type) {
    return objects.getOrDefault(Kinds.of(type), Collections.emptyNavigableMap()).values().stream()
        .map(type::cast)
        .toList();
  }

  /** {@return the objects of the type in a namespace (null: all), sorted by name} */
  public <T extends KubernetesObject> List<T> list(Class<T> type, String namespace) {
    return list(type).stream()
        .filter(o -> namespace == null || namespace.equals(o.metadata().namespace()))
        .toList();
  }

  /** {@return the objects in a namespace (null: all) matching a {@code kubectl -l} selector} */
  public <T extends KubernetesObject> List<T> list(
      Class<T> type, String namespace, String labelSelector) {
    Selector selector = Selector.parse(labelSelector);
    return list(type, namespace).stream()
        .filter(o -> selector.matches(o.metadata().labels()))
        .toList();
  }

  /** {@return the object with this key ({@code namespace/name}, or {@code name}), if present} */
  public <T extends KubernetesObject> Optional<T> find(Class<T> type, String key) {
    Kind kind = Kinds.of(type);
    String k = kind.namespaced() && !key.contains("/") ? "default/" + key : key;
    return Optional.ofNullable(objects.getOrDefault(kind, Collections.emptyNavigableMap()).get(k))
        .map(type::cast);
  }

  /** {@return how many objects of the type satisfy the predicate} */
  public <T extends KubernetesObject> int count(Class<T> type, Predicate<? super T> predicate) {
    return (int) list(type).stream().filter(predicate).count();
  }

  @Override
  public String toString() {
    return "cluster snapshot at "
        + time
        + (lastWrite == null ? "" : " (after write #" + lastWrite.sequence() + ")");
  }
}
