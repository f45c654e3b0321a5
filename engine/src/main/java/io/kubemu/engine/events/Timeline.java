package io.kubemu.engine.events;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.Write;
import io.kubemu.engine.api.WriteListener;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every write to the {@link ApiServer}, in commit order, with its virtual time, verb, object
 * snapshot and resourceVersion: what assertions replay to check how a rollout went. Register it
 * when building the server ({@code new ApiServer(loop, options, timeline)}) to include the system
 * namespaces, or later with {@link #recording(ApiServer)}.
 *
 * <p>Append-only. Not thread-safe: written and read on the loop's thread.
 */
public final class Timeline implements WriteListener {

  /**
   * One write.
   *
   * @param sequence 0-based position on the timeline
   * @param time virtual time of the write
   * @param verb what happened
   * @param kind the object's kind
   * @param key {@code namespace/name} or {@code name}
   * @param object the snapshot stored by the write (the last state for {@code deleted-final})
   * @param resourceVersion the write's resourceVersion
   */
  public record Entry(
      long sequence,
      Instant time,
      Verb verb,
      Kind kind,
      String key,
      KubernetesObject object,
      String resourceVersion) {

    /** {@return whether this entry is about an object of the type} */
    public boolean is(Class<? extends KubernetesObject> type) {
      return kind.type() == type;
    }

    /** {@return the snapshot as the given type} */
    public <T extends KubernetesObject> T as(Class<T> type) {
      return type.cast(object);
    }

    /**
     * {@return a one-line rendering}, e.g. {@code 2024-01-01T00:00:05Z rv=12 update Deployment.apps
     * default/web}
     */
    public String line() {
      return time
          + " rv="
          + resourceVersion
          + " "
          + verb.text()
          + " "
          + kind.qualifiedKind()
          + " "
          + key;
    }

    @Override
    public String toString() {
      return line();
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<Entry> view = Collections.unmodifiableList(entries);

  /** An empty timeline; register it as a {@link WriteListener}. */
  public Timeline() {}

  /** {@return a timeline recording the server's writes from now on} */
  public static Timeline recording(ApiServer api) {
    Timeline t = new Timeline();
    api.addWriteListener(t);
    return t;
  }

  @Override
  public void onWrite(Write write) {
    entries.add(
        new Entry(
            entries.size(),
            write.time(),
            write.verb(),
            write.kind(),
            write.key(),
            write.object(),
            write.resourceVersion()));
  }

  /** {@return every entry, in order (a live read-only view)} */
  public List<Entry> entries() {
    return view;
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /** {@return the entries in order} */
  public Stream<Entry> stream() {
    return entries.stream();
  }

  /** {@return the entries matching a predicate} */
  public List<Entry> filter(Predicate<Entry> predicate) {
    return entries.stream().filter(predicate).toList();
  }

  /** {@return the entries about objects of a type} */
  public List<Entry> ofKind(Class<? extends KubernetesObject> type) {
    Kind kind = Kinds.of(type);
    return filter(e -> e.kind().equals(kind));
  }

  /** {@return the entries about one object ({@code namespace/name}, or {@code name})} */
  public List<Entry> of(Class<? extends KubernetesObject> type, String key) {
    Kind kind = Kinds.of(type);
    return filter(e -> e.kind().equals(kind) && e.key().equals(key));
  }

  /** {@return the successive snapshots of one object} */
  public <T extends KubernetesObject> List<T> history(Class<T> type, String key) {
    return of(type, key).stream().map(e -> e.as(type)).toList();
  }

  /** {@return the entries at or after a virtual time} */
  public List<Entry> since(Instant time) {
    return filter(e -> !e.time().isBefore(time));
  }

  /** {@return the entries with one of these verbs} */
  public List<Entry> withVerb(Verb verb) {
    return filter(e -> e.verb() == verb);
  }

  /** {@return every entry rendered, one line each} */
  public String render() {
    return render(entries);
  }

  /** {@return the given entries rendered, one line each} */
  public static String render(List<Entry> entries) {
    return entries.stream().map(Entry::line).collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return render();
  }
}
