package io.kubemu.engine.controller.job;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pod-failure back-off of the Job controller (upstream pkg/controller/job/backoff_utils.go,
 * v1.30): after n consecutive failures (since the last success) a replacement pod is created only
 * {@code 10 s * 2^(n-1)} after the last failure, capped at 10 minutes. (The v1.30 code caps at
 * {@code MaxJobPodFailureBackOff} = 10 min; the documentation says 6 min.)
 *
 * <p>A {@link Backoff} is the store of records, one per Job key. Not thread-safe.
 */
final class Backoff {

  /** DefaultJobPodFailureBackOff (v1.30). */
  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

  /** MaxJobPodFailureBackOff (v1.30). */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  /**
   * One Job's failures since its last success (backoffRecord).
   *
   * @param lastFailureTime null without failures
   */
  record Record(String key, int failuresAfterLastSuccess, Instant lastFailureTime) {

    /** getRemainingTime: how long to wait before creating a replacement pod. */
    Duration remainingTime(Instant now, Duration defaultBackoff, Duration maxBackoff) {
      return remainingTimeForFailuresCount(
          now, defaultBackoff, maxBackoff, failuresAfterLastSuccess, lastFailureTime);
    }
  }

  private final Map<String, Record> store = new HashMap<>(); // lookups only

  /** updateBackoffRecord. */
  void update(Record record) {
    store.put(record.key(), record);
  }

  /** removeBackoffRecord. */
  void remove(String key) {
    store.remove(key);
  }

  /**
   * newBackoffRecord: the stored record advanced by the newly finished pods: failures after the
   * last new success are counted on top, and a new success resets the count.
   */
  Record newRecord(String key, List<Pod> newSucceededPods, List<Pod> newFailedPods) {
    Record old = store.get(key);
    int failures = old == null ? 0 : old.failuresAfterLastSuccess();
    Instant lastFailure = old == null ? null : old.lastFailureTime();
    List<Pod> succeeded = sortByFinishedTime(newSucceededPods);
    List<Pod> failed = sortByFinishedTime(newFailedPods);
    if (succeeded.isEmpty()) {
      if (failed.isEmpty()) return new Record(key, failures, lastFailure);
      return new Record(key, failures + failed.size(), finishedTime(failed.get(failed.size() - 1)));
    }
    if (failed.isEmpty()) return new Record(key, 0, null);
    Instant lastSuccess = finishedTime(succeeded.get(succeeded.size() - 1));
    int count = 0;
    Instant last = null;
    for (int i = failed.size() - 1; i >= 0; i--) {
      Instant failedTime = finishedTime(failed.get(i));
      if (!failedTime.isAfter(lastSuccess)) break;
      if (last == null) last = failedTime;
      count++;
    }
    return new Record(key, count, last);
  }

  private static List<Pod> sortByFinishedTime(List<Pod> pods) {
    List<Pod> out = new ArrayList<>(pods);
    out.sort(Comparator.comparing(Backoff::finishedTime));
    return out;
  }

  /**
   * getFinishedTime: the latest container finish time when all containers finished (sidecars
   * included), else the last transition of a Ready=False condition, else the deletion time minus
   * the grace period, else the creation time.
   */
  static Instant finishedTime(Pod p) {
    Instant t = finishTimeFromContainers(p);
    if (t != null) return t;
    PodCondition ready = p.status() == null ? null : p.status().condition(PodCondition.READY);
    if (ready != null
        && ConditionStatus.FALSE.equals(ready.status())
        && ready.lastTransitionTime() != null) {
      return ready.lastTransitionTime();
    }
    Instant deletion = p.metadata().deletionTimestamp();
    if (deletion != null) {
      Long grace = p.metadata().deletionGracePeriodSeconds();
      return deletion.minusSeconds(grace == null ? 0 : grace);
    }
    return p.metadata().creationTimestamp();
  }

  // getFinishTimeFromContainers: the regular containers, then the sidecars (SidecarContainers)
  private static Instant finishTimeFromContainers(Pod p) {
    if (p.status() == null) return null;
    Instant t = latestFinishTime(null, p.status().containerStatuses(), s -> true);
    Set<String> sidecars = new HashSet<>(); // membership only
    if (p.spec() != null) {
      for (Container c : p.spec().initContainers()) {
        if ("Always".equals(c.restartPolicy())) sidecars.add(c.name());
      }
    }
    return latestFinishTime(
        t, p.status().initContainerStatuses(), s -> sidecars.contains(s.name()));
  }

  // latestFinishTime: null as soon as one checked container has not terminated
  private static Instant latestFinishTime(
      Instant prev, List<ContainerStatus> statuses, Predicate<ContainerStatus> check) {
    Instant finish = prev;
    for (ContainerStatus s : statuses) {
      if (!check.test(s)) continue;
      if (s.state() == null
          || s.state().terminated() == null
          || s.state().terminated().finishedAt() == null) {
        return null;
      }
      Instant f = s.state().terminated().finishedAt();
      if (finish == null || finish.isBefore(f)) finish = f;
    }
    return finish;
  }

  /** getRemainingTimeForFailuresCount: 10 s doubling per failure, capped; minus time elapsed. */
  static Duration remainingTimeForFailuresCount(
      Instant now,
      Duration defaultBackoff,
      Duration maxBackoff,
      int failures,
      Instant lastFailure) {
    if (failures == 0) return Duration.ZERO;
    Duration backoff = defaultBackoff;
    for (int i = 1; i < failures; i++) {
      backoff = backoff.multipliedBy(2);
      if (backoff.compareTo(maxBackoff) >= 0) {
        backoff = maxBackoff;
        break;
      }
    }
    Duration elapsed = Duration.between(lastFailure, now);
    if (backoff.compareTo(elapsed) < 0) return Duration.ZERO;
    return backoff.minus(elapsed);
  }
}
