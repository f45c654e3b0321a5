package io.kubemu.engine.scheduler;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.scheduler.cache.SchedulerCache;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.engine.scheduler.queue.Nominator;
import io.kubemu.engine.scheduler.queue.QueuedPodInfo;
import io.kubemu.engine.scheduler.queue.SchedulingQueue;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kube-scheduler: watches pods and nodes, queues the unbound pods of its profiles, and schedules
 * one pod per event-loop task at the current virtual instant, binding it through the API (with a
 * {@code Scheduled} event) or leaving it Pending with PodScheduled=False/Unschedulable and a {@code
 * FailedScheduling} event carrying the FitError message. Failed pods are retried when a cluster
 * event one of the plugins that rejected them cares about happens (node added or changed, pod
 * deleted, ...), after their back-off (1 s doubling to 10 s, flushed on 1 s ticks), or 5 minutes
 * later (30 s ticks; background, so that an idle cluster stays idle). Every attempt is kept as an
 * {@link Explanation}. Mirrors pkg/scheduler/scheduler.go, schedule_one.go and eventhandlers.go
 * (v1.30). Not thread-safe: runs on the event loop.
 */
public final class Scheduler {

  /** The component name events are recorded under. */
  public static final String COMPONENT = "default-scheduler";

  /** Event messages are cut to this many characters (validation.NoteLengthLimit). */
  static final int NOTE_LENGTH_LIMIT = 1024;

  private final ApiServer api;
  private final EventLoop loop;
  private final EventRecorder.ComponentRecorder events;
  private final SchedulerOptions options;
  private final ClusterListers listers;
  private final SchedulerCache cache = new SchedulerCache();
  private final Nominator nominator;
  private final Map<String, Framework> profiles = new LinkedHashMap<>();
  private final SchedulingQueue queue;
  private final SchedulingAlgorithm algorithm;
  private final SchedulerEventHandlers handlers;
  private final Map<String, Attempt> explanations;

  /**
   * What an attempt's {@link Explanation} is built from, kept as the algorithm left it; the
   * explanation is only built when asked for (building it copies every node's every score).
   */
  private static final class Attempt {
    private final String key;
    private final java.time.Instant time;
    private final int attempt;
    private final int numAllNodes;
    private final ScheduleResult result;
    private final String message;
    private final String nominated;
    private Explanation built;

    Attempt(
        String key,
        java.time.Instant time,
        int attempt,
        int numAllNodes,
        ScheduleResult result,
        String message,
        String nominated) {
      this.key = key;
      this.time = time;
      this.attempt = attempt;
      this.numAllNodes = numAllNodes;
      this.result = result;
      this.message = message;
      this.nominated = nominated;
    }

    Explanation explanation() {
      if (built == null) {
        built = Explanation.of(key, time, attempt, numAllNodes, result, message, nominated);
      }
      return built;
    }
  }

  private final List<Watch> watches = new ArrayList<>();
  private TaskHandle scheduleTask;
  private FlushTimers timers;

  /** A scheduler with the default options. */
  public Scheduler(ApiServer api, EventRecorder recorder) {
    this(api, recorder, SchedulerOptions.defaults());
  }

  public Scheduler(ApiServer api, EventRecorder recorder, SchedulerOptions options) {
    this.api = api;
    this.listers = new ClusterListers(api);
    this.loop = api.loop();
    this.options = options;
    this.events = recorder.forComponent(COMPONENT, null);
    this.nominator = new Nominator(p -> listers.pods.get(ClusterListers.key(p)));
    ApiSchedulerClient client = new ApiSchedulerClient(api, events);
    Framework.Options fo =
        new Framework.Options(
            listers, client, loop.random(), loop::now, nominator::nominatedPodsForNode);
    Map<String, List<ClusterEvent>> pluginEvents = new LinkedHashMap<>();
    for (Profile p : options.profiles()) {
      Framework fw = new Framework(options.registry(), p, fo);
      profiles.put(p.schedulerName(), fw);
      fw.eventsToRegister()
          .forEach((k, v) -> pluginEvents.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    this.queue =
        new SchedulingQueue(
            loop::now,
            options.podInitialBackoff(),
            options.podMaxBackoff(),
            options.podMaxInUnschedulablePodsDuration(),
            pluginEvents,
            nominator,
            listers::namespaceLabels);
    this.algorithm = new SchedulingAlgorithm(options.percentageOfNodesToScore(), loop.random());
    this.handlers = new SchedulerEventHandlers(this, listers, cache, queue);
    int capacity = options.explanationCapacity();
    this.explanations =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Attempt> e) {
            return size() > capacity;
          }
        };
  }

  /** Opens the watches; unbound pods are scheduled as their events arrive. Call once. */
  public void start() {
    if (timers != null) {
      throw new IllegalStateException("scheduler already started");
    }
    timers = new FlushTimers(loop, queue, loop.now(), this::kick);
    watches.addAll(handlers.watch(api));
  }

  /** Closes the watches and cancels pending work. */
  public void stop() {
    watches.forEach(Watch::close);
    watches.clear();
    if (scheduleTask != null) scheduleTask.cancel();
    if (timers != null) timers.cancel();
  }

  /** {@return the latest explanation of the pod's scheduling, if it was attempted and kept} */
  public Optional<Explanation> explain(String namespace, String name) {
    Attempt a = explanations.get(namespace + "/" + name);
    return a == null ? Optional.empty() : Optional.of(a.explanation());
  }

  /** {@return the scheduling queue (for inspection)} */
  public SchedulingQueue queue() {
    return queue;
  }

  /** {@return the scheduler cache (for inspection)} */
  public SchedulerCache cache() {
    return cache;
  }

  /** {@return the framework of a profile, or null} */
  public Framework framework(String schedulerName) {
    return profiles.get(schedulerName);
  }

  /** {@return whether a profile serves the pod (upstream responsibleForPod)} */
  boolean responsibleForPod(Pod pod) {
    return profiles.containsKey(schedulerName(pod));
  }

  private static String schedulerName(Pod pod) {
    String n = pod.spec() == null ? null : pod.spec().schedulerName();
    return n == null || n.isEmpty() ? PodSpec.DEFAULT_SCHEDULER : n;
  }

  // ------------------------------------------------------------------ timers

  /**
   * Makes sure work is scheduled: the next pod now, backoffQ and leftover flushes on their ticks.
   */
  void kick() {
    if (queue.hasActive() && (scheduleTask == null || scheduleTask.isDone())) {
      scheduleTask = loop.schedule(loop.now(), "scheduler: schedule next pod", this::scheduleOne);
    }
    timers.kick();
  }

  // ------------------------------------------------------------------ one pod

  // upstream ScheduleOne: one pod per task
  private void scheduleOne() {
    QueuedPodInfo q = queue.pop();
    if (q != null) {
      scheduleOne(q);
    }
    kick();
  }

  private void scheduleOne(QueuedPodInfo q) {
    Pod pod = q.pod();
    Framework fw = profiles.get(schedulerName(pod));
    if (fw == null) {
      return;
    }
    // upstream skipPodSchedule
    if (pod.metadata().deletionTimestamp() != null) {
      events.event(
          pod,
          Event.TYPE_WARNING,
          "FailedScheduling",
          "skip schedule deleting pod: " + Pods.key(pod));
      return;
    }
    if (cache.isAssumedPod(pod)) {
      return;
    }
    CycleState state = new CycleState();
    var snapshot = cache.snapshot();
    ScheduleResult result = algorithm.schedulePod(fw, state, pod, snapshot);
    int numAllNodes = snapshot.list().size();
    if (!result.isSuccess()) {
      handleAlgorithmFailure(fw, state, q, result, numAllNodes);
      return;
    }
    String host = result.suggestedHost();
    Pod assumed = pod.withNodeName(host);
    cache.assumePod(assumed);
    nominator.delete(assumed);
    Status s = fw.runReservePluginsReserve(state, assumed, host);
    if (s.isSuccess()) {
      s = fw.runBindPlugins(state, assumed, host);
    }
    if (!s.isSuccess()) {
      // upstream handleBindingCycleError: unreserve, forget, let pods retry, report
      fw.runReservePluginsUnreserve(state, assumed, host);
      cache.forgetPod(assumed);
      queue.moveAllToActiveOrBackoffQueue(ClusterEvent.ASSIGNED_POD_DELETE, null);
      record(q, result, numAllNodes, s.message(), null);
      handleSchedulingFailure(q, s, s.message(), null);
      return;
    }
    record(q, result, numAllNodes, null, null);
    events.event(
        assumed,
        Event.TYPE_NORMAL,
        "Scheduled",
        "Successfully assigned " + Pods.key(assumed) + " to " + host);
  }

  private void handleAlgorithmFailure(
      Framework fw, CycleState state, QueuedPodInfo q, ScheduleResult result, int numAllNodes) {
    Pod pod = q.pod();
    if (result.fitError() == null) {
      Status err = result.error();
      record(q, result, numAllNodes, err.message(), null);
      handleSchedulingFailure(q, err, err.message(), "");
      return;
    }
    FitError fitError = result.fitError();
    String nominated = "";
    if (fw.hasPostFilterPlugins()) {
      PostFilterResult pf =
          fw.runPostFilterPlugins(state, pod, fitError.diagnosis().nodeToStatus());
      fitError.diagnosis().setPostFilterMsg(pf.status().message());
      nominated = pf.nominatedNodeName();
    }
    q.setUnschedulablePlugins(fitError.diagnosis().unschedulablePlugins());
    String message = fitError.message();
    record(q, result, numAllNodes, message, nominated);
    handleSchedulingFailure(q, Status.unschedulable(message), message, nominated);
  }

  /**
   * Requeues the pod, records FailedScheduling and sets PodScheduled=False (upstream
   * handleSchedulingFailure).
   *
   * @param nominated the node to nominate, "" to clear, null to leave the nomination
   */
  private void handleSchedulingFailure(
      QueuedPodInfo q, Status status, String message, String nominated) {
    Pod pod = q.pod();
    String reason =
        status.isRejected() || status.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE
            ? PodCondition.REASON_UNSCHEDULABLE
            : "SchedulerError";
    Pod cached = listers.pods.get(ClusterListers.key(pod));
    if (cached != null && Pods.nodeName(cached).isEmpty()) {
      q.update(cached);
      queue.addUnschedulableIfNotPresent(q, queue.schedulingCycle());
    }
    if (cached != null) {
      nominator.addNominatedPod(PodInfo.of(cached), nominated);
    }
    String msg = truncate(message);
    events.event(pod, Event.TYPE_WARNING, "FailedScheduling", msg);
    var client = profiles.get(schedulerName(pod)).client();
    try {
      client.patchPodStatus(
          pod,
          new PodCondition(PodCondition.POD_SCHEDULED, "False", null, null, reason, message),
          nominated);
    } catch (RuntimeException e) {
      // upstream logs "Error updating pod" and goes on
    }
  }

  private static String truncate(String message) {
    if (message.length() <= NOTE_LENGTH_LIMIT) {
      return message;
    }
    return message.substring(0, NOTE_LENGTH_LIMIT - 4) + " ...";
  }

  private void record(
      QueuedPodInfo q, ScheduleResult result, int numAllNodes, String message, String nominated) {
    if (options.explanationCapacity() <= 0) {
      return;
    }
    String key = ClusterListers.key(q.pod());
    explanations.remove(key); // re-insert: the newest attempt is the last dropped
    explanations.put(
        key, new Attempt(key, loop.now(), q.attempts(), numAllNodes, result, message, nominated));
  }

  /** {@return the plugins registered for each cluster event, for tests} */
  Set<String> profileNames() {
    return profiles.keySet();
  }
}
