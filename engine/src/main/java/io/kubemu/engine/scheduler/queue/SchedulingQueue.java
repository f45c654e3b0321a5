package io.kubemu.engine.scheduler.queue;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The scheduling queue: activeQ (pods to try now, highest priority first, then the longest
 * waiting), backoffQ (pods waiting out their back-off: 1 s after the first failed attempt, doubling
 * up to 10 s) and the unschedulable pods, which move back only on a cluster event one of the
 * plugins that rejected them registered for, or after 5 minutes. Mirrors
 * pkg/scheduler/internal/queue/scheduling_queue.go PriorityQueue (v1.30, queueing hints off). Not
 * thread-safe.
 */
public final class SchedulingQueue {

  /** Defaults of upstream's PriorityQueue. */
  public static final Duration DEFAULT_POD_INITIAL_BACKOFF = Duration.ofSeconds(1);

  /** The longest back-off. */
  public static final Duration DEFAULT_POD_MAX_BACKOFF = Duration.ofSeconds(10);

  /** How long a pod may stay unschedulable before it is retried anyway. */
  public static final Duration DEFAULT_POD_MAX_IN_UNSCHEDULABLE = Duration.ofMinutes(5);

  // PrioritySort: higher priority first, then earlier timestamp; then insertion order
  private static final Comparator<QueuedPodInfo> ACTIVE_ORDER =
      Comparator.<QueuedPodInfo>comparingInt(q -> -Pods.priority(q.pod()))
          .thenComparing(q -> q.timestamp)
          .thenComparingLong(q -> q.seq);

  private final Supplier<Instant> clock;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxInUnschedulable;
  private final RequeueRules rules;
  private final Nominator nominator;

  private final TreeSet<QueuedPodInfo> activeQ = new TreeSet<>(ACTIVE_ORDER);
  private final TreeSet<QueuedPodInfo> backoffQ;
  private final Map<String, QueuedPodInfo> unschedulablePods = new LinkedHashMap<>();
  private final Map<String, QueuedPodInfo> byKey = new HashMap<>();
  private long seq;
  private long schedulingCycle;
  private long moveRequestCycle = -1;

  /**
   * @param pluginEvents the events each plugin registered (its rejected pods move on those)
   * @param nominator the nominated pods
   * @param namespaceLabels a namespace's labels, or null
   */
  public SchedulingQueue(
      Supplier<Instant> clock,
      Duration initialBackoff,
      Duration maxBackoff,
      Duration maxInUnschedulable,
      Map<String, List<ClusterEvent>> pluginEvents,
      Nominator nominator,
      Function<String, Map<String, String>> namespaceLabels) {
    this.clock = clock;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxInUnschedulable = maxInUnschedulable;
    this.rules = new RequeueRules(pluginEvents, namespaceLabels);
    this.nominator = nominator;
    this.backoffQ =
        new TreeSet<>(
            Comparator.<QueuedPodInfo, Instant>comparing(this::backoffTime)
                .thenComparingLong(q -> q.backoffSeq));
  }

  private static String key(Pod pod) {
    return pod.metadata().uid() != null ? pod.metadata().uid() : Pods.key(pod);
  }

  /** {@return the nominator} */
  public Nominator nominator() {
    return nominator;
  }

  /** {@return the number of scheduling cycles started (pops)} */
  public long schedulingCycle() {
    return schedulingCycle;
  }

  // ------------------------------------------------------------------ add, update, delete

  /** Adds a new unscheduled pod to activeQ (upstream Add). */
  public void add(Pod pod) {
    QueuedPodInfo existing = byKey.get(key(pod));
    if (existing != null) {
      removeFromQueues(existing);
    }
    QueuedPodInfo q = new QueuedPodInfo(PodInfo.of(pod), clock.get(), seq++);
    addToActive(q);
    nominator.addNominatedPod(q.podInfo(), null);
  }

  /**
   * Follows an update of an unscheduled pod (upstream Update): in activeQ or backoffQ it is updated
   * in place; an unschedulable pod whose spec or metadata changed moves to backoffQ or activeQ; a
   * pod in no queue is added to activeQ.
   */
  public void update(Pod oldPod, Pod newPod) {
    QueuedPodInfo q = byKey.get(key(newPod));
    if (q == null) {
      add(newPod);
      return;
    }
    if (activeQ.contains(q)) {
      activeQ.remove(q);
      q.update(newPod);
      activeQ.add(q);
      nominator.update(oldPod, q.podInfo());
      return;
    }
    if (backoffQ.contains(q)) {
      backoffQ.remove(q);
      q.update(newPod);
      backoffQ.add(q);
      nominator.update(oldPod, q.podInfo());
      return;
    }
    q.update(newPod);
    nominator.update(oldPod, q.podInfo());
    if (RequeueRules.isPodUpdated(oldPod, newPod)) {
      unschedulablePods.remove(key(newPod));
      if (isPodBackingoff(q)) {
        addToBackoff(q);
      } else {
        addToActive(q);
      }
    }
  }

  /** Removes a pod that was deleted or got bound elsewhere (upstream Delete). */
  public void delete(Pod pod) {
    nominator.delete(pod);
    QueuedPodInfo q = byKey.get(key(pod));
    if (q != null) {
      removeFromQueues(q);
    }
  }

  private void removeFromQueues(QueuedPodInfo q) {
    activeQ.remove(q);
    backoffQ.remove(q);
    unschedulablePods.remove(key(q.pod()));
    byKey.remove(key(q.pod()));
  }

  private void addToActive(QueuedPodInfo q) {
    byKey.put(key(q.pod()), q);
    activeQ.add(q);
  }

  private void addToBackoff(QueuedPodInfo q) {
    byKey.put(key(q.pod()), q);
    q.backoffSeq = seq++;
    q.errorRetry = false;
    backoffQ.add(q);
  }

  // ------------------------------------------------------------------ pop and failures

  /** {@return whether activeQ has a pod} */
  public boolean hasActive() {
    return !activeQ.isEmpty();
  }

  /** {@return the next pod to schedule, or null; counts an attempt and a scheduling cycle} */
  public QueuedPodInfo pop() {
    QueuedPodInfo q = activeQ.pollFirst();
    if (q == null) {
      return null;
    }
    byKey.remove(key(q.pod()));
    q.attempts++;
    schedulingCycle++;
    if (q.initialAttemptTimestamp == null) {
      q.initialAttemptTimestamp = clock.get();
    }
    return q;
  }

  /**
   * Puts back a pod that failed its attempt (upstream AddUnschedulableIfNotPresent): to backoffQ
   * when a move request arrived since the attempt began or no plugin rejected it (an error), else
   * among the unschedulable pods.
   */
  public void addUnschedulableIfNotPresent(QueuedPodInfo q, long podSchedulingCycle) {
    if (byKey.containsKey(key(q.pod()))) {
      return;
    }
    q.timestamp = clock.get();
    if (moveRequestCycle >= podSchedulingCycle || q.unschedulablePlugins.isEmpty()) {
      addToBackoff(q);
      q.errorRetry = moveRequestCycle < podSchedulingCycle;
    } else {
      byKey.put(key(q.pod()), q);
      unschedulablePods.put(key(q.pod()), q);
    }
    nominator.addNominatedPod(q.podInfo(), null);
  }

  // ------------------------------------------------------------------ moving on events

  /**
   * Moves the unschedulable pods the event may help (and that pass {@code preCheck}) to activeQ, or
   * to backoffQ while their back-off lasts (upstream MoveAllToActiveOrBackoffQueue).
   */
  public void moveAllToActiveOrBackoffQueue(ClusterEvent event, Predicate<Pod> preCheck) {
    // pods retrying after an error keep their back-off, but are now awaited: something changed
    for (QueuedPodInfo q : backoffQ) {
      q.errorRetry = false;
    }
    if (!rules.isEventOfInterest(event)) {
      return;
    }
    List<QueuedPodInfo> candidates = new ArrayList<>();
    for (QueuedPodInfo q : unschedulablePods.values()) {
      if (preCheck == null || preCheck.test(q.pod())) {
        candidates.add(q);
      }
    }
    movePodsToActiveOrBackoffQueue(candidates, event);
  }

  /** A bound pod appeared: retry pods whose required affinity it matches (AssignedPodAdded). */
  public void assignedPodAdded(Pod pod) {
    movePodsToActiveOrBackoffQueue(
        rules.unschedulablePodsWithCrossTopologyTerm(unschedulablePods.values(), pod),
        ClusterEvent.ASSIGNED_POD_ADD);
  }

  /** A bound pod changed: the same as {@link #assignedPodAdded} (AssignedPodUpdated). */
  public void assignedPodUpdated(Pod oldPod, Pod newPod) {
    movePodsToActiveOrBackoffQueue(
        rules.unschedulablePodsWithCrossTopologyTerm(unschedulablePods.values(), newPod),
        ClusterEvent.ASSIGNED_POD_UPDATE);
  }

  private void movePodsToActiveOrBackoffQueue(List<QueuedPodInfo> pods, ClusterEvent event) {
    for (QueuedPodInfo q : pods) {
      if (!rules.isPodWorthRequeuing(q, event)) {
        continue;
      }
      unschedulablePods.remove(key(q.pod()));
      if (isPodBackingoff(q)) {
        addToBackoff(q);
      } else {
        addToActive(q);
      }
    }
    moveRequestCycle = schedulingCycle;
  }

  // ------------------------------------------------------------------ back-off and flushes

  /** {@return the back-off: 1 s doubled per further attempt, at most 10 s} */
  Duration backoffDuration(QueuedPodInfo q) {
    Duration d = initialBackoff;
    for (int i = 1; i < q.attempts; i++) {
      if (d.compareTo(maxBackoff.minus(d)) > 0) {
        return maxBackoff;
      }
      d = d.plus(d);
    }
    return d;
  }

  /** {@return when the pod's back-off ends} (upstream getBackoffTime) */
  public Instant backoffTime(QueuedPodInfo q) {
    return q.timestamp.plus(backoffDuration(q));
  }

  private boolean isPodBackingoff(QueuedPodInfo q) {
    return backoffTime(q).isAfter(clock.get());
  }

  /** Moves the pods whose back-off ended to activeQ (upstream flushBackoffQCompleted). */
  public void flushBackoffQCompleted() {
    Instant now = clock.get();
    while (!backoffQ.isEmpty() && !backoffTime(backoffQ.first()).isAfter(now)) {
      QueuedPodInfo q = backoffQ.pollFirst();
      activeQ.add(q);
    }
  }

  /** {@return when the first back-off ends, or null} */
  public Instant nextBackoffExpiry() {
    return backoffQ.isEmpty() ? null : backoffTime(backoffQ.first());
  }

  /**
   * {@return when the first back-off of a pod that something moved (not one merely retrying after
   * an error, such as "no nodes available") ends, or null}
   */
  public Instant nextMovedBackoffExpiry() {
    for (QueuedPodInfo q : backoffQ) {
      if (!q.errorRetry) return backoffTime(q);
    }
    return null;
  }

  /** Retries the pods unschedulable for over 5 minutes (flushUnschedulablePodsLeftover). */
  public void flushUnschedulablePodsLeftover() {
    Instant now = clock.get();
    List<QueuedPodInfo> toMove = new ArrayList<>();
    for (QueuedPodInfo q : unschedulablePods.values()) {
      if (Duration.between(q.timestamp, now).compareTo(maxInUnschedulable) > 0) {
        toMove.add(q);
      }
    }
    if (!toMove.isEmpty()) {
      movePodsToActiveOrBackoffQueue(toMove, ClusterEvent.UNSCHEDULABLE_TIMEOUT);
    }
  }

  /** {@return the earliest time an unschedulable pod passes the 5-minute limit, or null} */
  public Instant nextUnschedulableTimeout() {
    Instant min = null;
    for (QueuedPodInfo q : unschedulablePods.values()) {
      Instant t = q.timestamp.plus(maxInUnschedulable);
      if (min == null || t.isBefore(min)) min = t;
    }
    return min;
  }

  // ------------------------------------------------------------------ introspection

  /** {@return the pods in activeQ, in pop order} */
  public List<Pod> activePods() {
    List<Pod> out = new ArrayList<>();
    for (QueuedPodInfo q : activeQ) out.add(q.pod());
    return out;
  }

  /** {@return the pods waiting out a back-off, by expiry} */
  public List<Pod> backoffPods() {
    List<Pod> out = new ArrayList<>();
    for (QueuedPodInfo q : backoffQ) out.add(q.pod());
    return out;
  }

  /** {@return the unschedulable pods, in the order they failed} */
  public List<Pod> unschedulablePods() {
    List<Pod> out = new ArrayList<>();
    for (QueuedPodInfo q : unschedulablePods.values()) out.add(q.pod());
    return out;
  }

  /** {@return the queued entry of a pod, or null} */
  public QueuedPodInfo get(Pod pod) {
    return byKey.get(key(pod));
  }
}
