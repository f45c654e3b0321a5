package io.kubemu.engine.scheduler.queue;

import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pod in the scheduling queue. Mirrors framework.QueuedPodInfo (v1.30). Mutable; owned by the
 * {@link SchedulingQueue}.
 */
public final class QueuedPodInfo {

  private PodInfo podInfo;
  Instant timestamp; // when the pod was added (or re-added) to the queue
  int attempts; // scheduling attempts so far
  Instant initialAttemptTimestamp;
  Set<String> unschedulablePlugins = new TreeSet<>();
  final long seq; // insertion order, the last tie-breaker
  long backoffSeq; // order within backoffQ
  // in backoffQ only to retry after an error (no plugin rejected it): nothing waits for it
  boolean errorRetry;

  QueuedPodInfo(PodInfo podInfo, Instant timestamp, long seq) {
    this.podInfo = podInfo;
    this.timestamp = timestamp;
    this.seq = seq;
  }

  /** {@return the pod} */
  public Pod pod() {
    return podInfo.pod();
  }

  /** {@return the processed pod} */
  public PodInfo podInfo() {
    return podInfo;
  }

  /** Replaces the pod with a newer version of it. */
  public void update(Pod pod) {
    this.podInfo = PodInfo.of(pod);
  }

  /** {@return when the pod entered the queue last} */
  public Instant timestamp() {
    return timestamp;
  }

  /** {@return how many times the pod was popped for scheduling} */
  public int attempts() {
    return attempts;
  }

  /** {@return the time of the first attempt, or null} */
  public Instant initialAttemptTimestamp() {
    return initialAttemptTimestamp;
  }

  /** {@return the plugins that rejected the pod in its last attempt} */
  public Set<String> unschedulablePlugins() {
    return unschedulablePlugins;
  }

  /** Sets the plugins that rejected the pod (from the Diagnosis). */
  public void setUnschedulablePlugins(Set<String> plugins) {
    this.unschedulablePlugins = new TreeSet<>(plugins);
  }

  @Override
  public String toString() {
    return podInfo + "(attempts=" + attempts + ")";
  }
}
