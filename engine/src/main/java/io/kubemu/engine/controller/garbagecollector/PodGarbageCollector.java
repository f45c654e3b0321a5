package io.kubemu.engine.controller.garbagecollector;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.disruption.PodHelpers;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.Taint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * kube-controller-manager's pod garbage collector (upstream pkg/controller/podgc, v1.30): every
 * {@link #GC_CHECK_PERIOD} (20 s) one pass of {@code gc}, which force-deletes (grace 0), after
 * marking them Failed when they are not terminal yet:
 *
 * <ul>
 *   <li>gcTerminated: the oldest terminated pods (Succeeded/Failed; evicted ones first) beyond
 *       {@code terminatedPodThreshold}, when it is positive (kube-controller-manager's {@code
 *       --terminated-pod-gc-threshold}, default {@value #DEFAULT_TERMINATED_POD_THRESHOLD});
 *   <li>gcTerminating: terminating pods on a node that is not Ready and has the {@code
 *       node.kubernetes.io/out-of-service} taint;
 *   <li>gcOrphaned: pods bound to a node that does not exist, once it has still been missing after
 *       {@link #QUARANTINE_TIME} (40 s); they get the condition DisruptionTarget=True, reason
 *       {@code DeletionByPodGC}, "PodGC: node no longer exists";
 *   <li>gcUnscheduledTerminating: terminating pods that were never bound to a node.
 * </ul>
 *
 * The passes are background tasks: they do not keep {@code runUntilIdle()} running. Not
 * thread-safe; runs on the cluster's loop.
 */
public final class PodGarbageCollector implements Controller {

  /** upstream gcCheckPeriod: how often the pass runs. */
  public static final Duration GC_CHECK_PERIOD = Duration.ofSeconds(20);

  /** upstream quarantineTime: how long a missing node may take to show up before its pods go. */
  public static final Duration QUARANTINE_TIME = Duration.ofSeconds(40);

  /** kube-controller-manager's --terminated-pod-gc-threshold default. */
  public static final int DEFAULT_TERMINATED_POD_THRESHOLD = 12500;

  /** The taint that lets terminating pods of a shut-down node go (v1.TaintNodeOutOfService). */
  public static final String TAINT_NODE_OUT_OF_SERVICE = "node.kubernetes.io/out-of-service";

  private final ApiServer api;
  private final EventLoop loop;
  private final int terminatedPodThreshold;
  private final Duration gcCheckPeriod;
  private final Duration quarantineTime;
  // upstream nodeQueue (a delaying queue): missing node name -> when it leaves quarantine
  private final Map<String, Instant> quarantined = new TreeMap<>();
  private boolean started;

  /** The pod GC with kube-controller-manager's defaults (threshold 12500, 20 s, 40 s). */
  public PodGarbageCollector(ControllerContext ctx) {
    this(ctx, DEFAULT_TERMINATED_POD_THRESHOLD, GC_CHECK_PERIOD, QUARANTINE_TIME);
  }

  /** upstream NewPodGCInternal: a threshold of 0 or less turns gcTerminated off. */
  public PodGarbageCollector(
      ControllerContext ctx,
      int terminatedPodThreshold,
      Duration gcCheckPeriod,
      Duration quarantineTime) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.terminatedPodThreshold = terminatedPodThreshold;
    if (gcCheckPeriod.isZero() || gcCheckPeriod.isNegative()) {
      throw new IllegalArgumentException("gcCheckPeriod must be positive: " + gcCheckPeriod);
    }
    this.gcCheckPeriod = gcCheckPeriod;
    this.quarantineTime = Objects.requireNonNull(quarantineTime);
  }

  @Override
  public String name() {
    return "pod-garbage-collector";
  }

  @Override
  public void start() {
    if (started) return;
    started = true;
    schedule();
  }

  // wait.UntilWithContext(ctx, gcc.gc, gcc.gcCheckPeriod): the first pass at once
  private void schedule() {
    loop.scheduleBackgroundAfter(Duration.ZERO, "pod-garbage-collector gc", this::rerun);
  }

  private void rerun() {
    gc();
    loop.scheduleBackgroundAfter(gcCheckPeriod, "pod-garbage-collector gc", this::rerun);
  }

  /** One pass (upstream gc); package-private for tests. */
  void gc() {
    List<Pod> pods = api.list(Pod.class);
    List<Node> nodes = api.list(Node.class);
    if (terminatedPodThreshold > 0) gcTerminated(pods);
    gcTerminating(pods, nodes);
    gcOrphaned(pods, nodes);
    gcUnscheduledTerminating(pods);
  }

  // gcTerminated
  private void gcTerminated(List<Pod> pods) {
    List<Pod> terminated = new ArrayList<>();
    for (Pod p : pods) if (isPodTerminated(p)) terminated.add(p);
    int deleteCount = terminated.size() - terminatedPodThreshold;
    if (deleteCount <= 0) return;
    terminated.sort(BY_EVICTION_AND_CREATION_TIMESTAMP);
    for (Pod p : terminated.subList(0, deleteCount)) markFailedAndDeletePod(p, null);
  }

  // gcTerminating
  private void gcTerminating(List<Pod> pods, List<Node> nodes) {
    Map<String, Node> byName = new TreeMap<>();
    for (Node n : nodes) byName.put(n.metadata().name(), n);
    List<Pod> terminating = new ArrayList<>();
    for (Pod p : pods) {
      if (p.metadata().deletionTimestamp() == null) continue;
      Node node = byName.get(nodeName(p));
      if (node == null) continue;
      if (!isNodeReady(node) && hasTaint(node, TAINT_NODE_OUT_OF_SERVICE)) terminating.add(p);
    }
    terminating.sort(BY_EVICTION_AND_CREATION_TIMESTAMP);
    for (Pod p : terminating) markFailedAndDeletePod(p, null);
  }

  // gcOrphaned: deletes pods bound to nodes that don't exist
  private void gcOrphaned(List<Pod> pods, List<Node> nodes) {
    Set<String> existing = new TreeSet<>();
    for (Node n : nodes) existing.add(n.metadata().name());
    Instant now = loop.now();
    // add newly found unknown nodes to quarantine (AddAfter keeps the earlier ready time)
    for (Pod p : pods) {
      String node = nodeName(p);
      if (!node.isEmpty() && !existing.contains(node)) {
        quarantined.merge(node, now.plus(quarantineTime), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Set<String> deleted = discoverDeletedNodes(existing, now);
    for (Pod p : pods) {
      if (!deleted.contains(nodeName(p))) continue;
      markFailedAndDeletePod(
          p, PodHelpers.disruptionTarget("DeletionByPodGC", "PodGC: node no longer exists"));
    }
  }

  // discoverDeletedNodes: the quarantined nodes whose time is up and that a live GET misses
  private Set<String> discoverDeletedNodes(Set<String> existing, Instant now) {
    Set<String> deleted = new TreeSet<>();
    var it = quarantined.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getValue().isAfter(now)) continue;
      it.remove();
      String node = e.getKey();
      if (!existing.contains(node) && api.find(Node.class, null, node).isEmpty()) {
        deleted.add(node);
      }
    }
    return deleted;
  }

  // gcUnscheduledTerminating
  private void gcUnscheduledTerminating(List<Pod> pods) {
    for (Pod p : pods) {
      if (p.metadata().deletionTimestamp() == null || !nodeName(p).isEmpty()) continue;
      markFailedAndDeletePod(p, null);
    }
  }

  // markFailedAndDeletePodWithCondition: Failed first (no kubelet will ever say so), then grace 0
  private void markFailedAndDeletePod(Pod pod, PodCondition condition) {
    String ns = pod.metadata().namespace();
    String name = pod.metadata().name();
    try {
      Pod current = api.get(Pod.class, ns, name);
      if (!Objects.equals(current.metadata().uid(), pod.metadata().uid())) return;
      if (!PodHelpers.isTerminal(current)) {
        Pod failed = current.withStatus(status(current).withPhase(Pod.PHASE_FAILED));
        if (condition != null) failed = PodHelpers.withCondition(failed, condition, loop.now());
        api.updateStatus(failed);
      }
      api.delete(Pod.class, ns, name, DeleteOptions.gracePeriod(0));
    } catch (ApiException.NotFound | ApiException.Conflict gone) {
      // ignore not founds; a conflict is retried by the next pass
    }
  }

  static boolean isPodTerminated(Pod pod) {
    String phase = pod.status() == null ? null : pod.status().phase();
    return phase != null
        && !phase.equals(Pod.PHASE_PENDING)
        && !phase.equals(Pod.PHASE_RUNNING)
        && !phase.equals(Pod.PHASE_UNKNOWN);
  }

  // byEvictionAndCreationTimestamp: evicted first, then oldest, then by name
  static final Comparator<Pod> BY_EVICTION_AND_CREATION_TIMESTAMP =
      Comparator.comparing((Pod p) -> !isEvicted(p))
          .thenComparing(
              p -> p.metadata().creationTimestamp(),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(p -> p.metadata().name());

  // eviction.PodIsEvicted
  static boolean isEvicted(Pod p) {
    return p.status() != null
        && Pod.PHASE_FAILED.equals(p.status().phase())
        && "Evicted".equals(p.status().reason());
  }

  private static io.kubemu.model.core.PodStatus status(Pod p) {
    return p.status() == null ? io.kubemu.model.core.PodStatus.EMPTY : p.status();
  }

  private static String nodeName(Pod p) {
    return p.spec() == null || p.spec().nodeName() == null ? "" : p.spec().nodeName();
  }

  private static boolean isNodeReady(Node node) {
    if (node.status() == null) return false;
    for (NodeCondition c : node.status().conditions()) {
      if ("Ready".equals(c.type())) return ConditionStatus.TRUE.equals(c.status());
    }
    return false;
  }

  private static boolean hasTaint(Node node, String key) {
    if (node.spec() == null) return false;
    for (Taint t : node.spec().taints()) if (key.equals(t.key())) return true;
    return false;
  }
}
