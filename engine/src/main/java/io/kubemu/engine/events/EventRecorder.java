package io.kubemu.engine.events;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.EventSource;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Records core/v1 Events through the {@link ApiServer}, as client-go's event recorder and
 * broadcaster do: the event is named {@code <involvedName>.<hex of the virtual time in nanos>}
 * (made unique when two events share an instant), lives in the involved object's namespace ({@code
 * default} for cluster-scoped objects such as Nodes), and repeats are correlated: an identical
 * event (same involved object, type, reason, message and source) raises the count and lastTimestamp
 * of the first one; see {@link EventCorrelator} for the aggregation and spam filtering defaults.
 * Events the server rejects (e.g. in a terminating namespace) are dropped, as client-go drops them.
 *
 * <p>Not thread-safe: use it on the loop's thread.
 */
public final class EventRecorder {

  private final ApiServer api;
  private final EventCorrelator correlator = new EventCorrelator(this::uniqueName);

  public EventRecorder(ApiServer api) {
    this.api = Objects.requireNonNull(api);
  }

  /** Records events for one component (and host), like client-go's {@code EventRecorder}. */
  public interface ComponentRecorder {
    /** Records an event; {@return the stored event, empty if dropped}. */
    Optional<Event> event(KubernetesObject involved, String type, String reason, String message);

    /** Records an event with a {@link String#format} message (client-go's Eventf). */
    default Optional<Event> eventf(
        KubernetesObject involved, String type, String reason, String format, Object... args) {
      return event(involved, type, reason, String.format(format, args));
    }
  }

  /** {@return a recorder for one source, e.g. ("deployment-controller", null)} */
  public ComponentRecorder forComponent(String component, String host) {
    return (involved, type, reason, message) ->
        record(involved, type, reason, message, component, host);
  }

  /**
   * Records an event about {@code involved}.
   *
   * @param type {@code Normal} or {@code Warning}
   * @return the stored (created or updated) event, empty when filtered or rejected
   * @throws IllegalArgumentException for another type (client-go refuses those)
   */
  public Optional<Event> record(
      KubernetesObject involved,
      String type,
      String reason,
      String message,
      String component,
      String host) {
    return record(referenceTo(involved), type, reason, message, component, host);
  }

  /** Records an event about a reference (e.g. with a fieldPath {@code spec.containers{app}}). */
  public Optional<Event> record(
      ObjectReference ref,
      String type,
      String reason,
      String message,
      String component,
      String host) {
    if (!Event.TYPE_NORMAL.equals(type) && !Event.TYPE_WARNING.equals(type)) {
      throw new IllegalArgumentException(
          "Unsupported event type: " + GoFormat.quote(String.valueOf(type)));
    }
    Instant now = api.clock().instant();
    String ns =
        ref.namespace() == null || ref.namespace().isEmpty()
            ? ApiServer.DEFAULT_NAMESPACE
            : ref.namespace();
    Event event =
        new Event(
            ObjectMeta.named(ns, uniqueName(ref, ns, now)),
            ref,
            reason,
            message,
            new EventSource(component, host),
            now,
            now,
            1,
            type,
            null,
            null,
            null,
            component,
            host);
    EventCorrelator.Result r = correlator.correlate(event, now);
    if (r.skip()) return Optional.empty();
    try {
      Event stored = write(r.event());
      correlator.updateState(stored);
      return Optional.of(stored);
    } catch (ApiException e) {
      return Optional.empty(); // "Server rejected event (will not retry!)"
    }
  }

  // recordEvent: patch the existing event for a repeat, else (or if it is gone) create
  private Event write(Event e) {
    String ns = e.metadata().namespace();
    if (e.count() != null && e.count() > 1) {
      Optional<Event> existing = api.find(Event.class, ns, e.metadata().name());
      if (existing.isPresent()) {
        Event cur = existing.get();
        return api.update(
            cur.withCount(e.count()).withLastTimestamp(e.lastTimestamp()).withMessage(e.message()));
      }
    }
    return api.create(e.withMetadata(e.metadata().withResourceVersion(null)));
  }

  /**
   * client-go's name, {@code <name>.<hex nanos>}; where an event of that name exists (several
   * events at one virtual instant) the nanos are counted up until the name is free.
   */
  private String uniqueName(ObjectReference ref, String ns, Instant now) {
    long nanos = nanos(now);
    String name = ref.name() + "." + Long.toHexString(nanos);
    while (api.find(Event.class, ns, name).isPresent()) {
      name = ref.name() + "." + Long.toHexString(++nanos);
    }
    return name;
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  /** {@return the reference client-go's ref.GetReference builds for an object} */
  public static ObjectReference referenceTo(KubernetesObject obj) {
    ObjectMeta m = obj.metadata();
    String ns = Kinds.of(obj.getClass()).namespaced() ? m.namespace() : null;
    return new ObjectReference(
        obj.kind(), ns, m.name(), m.uid(), obj.apiVersion(), m.resourceVersion(), null);
  }
}
