package io.kubemu.model.core;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;

/**
 * An Event (core/v1): a report of something that happened to an object. No status. The recorder
 * aggregates repeats into one event with a growing count.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param involvedObject required, the object this is about
 * @param reason CamelCase, e.g. {@code Scheduled}, {@code FailedScheduling}
 * @param message human-readable
 * @param source the reporting component and host
 * @param firstTimestamp first occurrence
 * @param lastTimestamp most recent occurrence
 * @param count occurrences
 * @param type {@value #TYPE_NORMAL} or {@value #TYPE_WARNING}
 * @param eventTime first observation, with microseconds
 * @param action what was done or failed, e.g. {@code Binding}
 * @param related a secondary object, e.g. the node a pod was preempted for
 * @param reportingComponent e.g. {@code default-scheduler}
 */
public record Event(
    ObjectMeta metadata,
    ObjectReference involvedObject,
    String reason,
    String message,
    EventSource source,
    Instant firstTimestamp,
    Instant lastTimestamp,
    Integer count,
    String type,
    Instant eventTime,
    String action,
    ObjectReference related,
    String reportingComponent,
    String reportingInstance)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Event";

  /** type Normal. */
  public static final String TYPE_NORMAL = "Normal";

  /** type Warning. */
  public static final String TYPE_WARNING = "Warning";

  public Event {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Event withMetadata(ObjectMeta metadata) {
    return new Event(
        metadata,
        involvedObject,
        reason,
        message,
        source,
        firstTimestamp,
        lastTimestamp,
        count,
        type,
        eventTime,
        action,
        related,
        reportingComponent,
        reportingInstance);
  }

  public Event withCount(Integer count) {
    return new Event(
        metadata,
        involvedObject,
        reason,
        message,
        source,
        firstTimestamp,
        lastTimestamp,
        count,
        type,
        eventTime,
        action,
        related,
        reportingComponent,
        reportingInstance);
  }

  public Event withLastTimestamp(Instant lastTimestamp) {
    return new Event(
        metadata,
        involvedObject,
        reason,
        message,
        source,
        firstTimestamp,
        lastTimestamp,
        count,
        type,
        eventTime,
        action,
        related,
        reportingComponent,
        reportingInstance);
  }

  public Event withMessage(String message) {
    return new Event(
        metadata,
        involvedObject,
        reason,
        message,
        source,
        firstTimestamp,
        lastTimestamp,
        count,
        type,
        eventTime,
        action,
        related,
        reportingComponent,
        reportingInstance);
  }
}
