package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.disruption.PodHelpers;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The taint-eviction controller (pkg/controller/tainteviction/taint_eviction.go, v1.30): a pod on a
 * node with a NoExecute taint it does not tolerate is deleted at once; one that tolerates all the
 * node's NoExecute taints for a limited time is deleted when the shortest of its matching
 * tolerationSeconds has passed (counted from when the controller saw the taint), unless the taint
 * goes first. NoSchedule and PreferNoSchedule taints never evict. Before deleting, the pod gets the
 * DisruptionTarget condition (reason DeletionByTaintManager) and a TaintManagerEviction event.
 */
public final class TaintEvictionController implements Controller {

  /** The component name of its events. */
  public static final String COMPONENT = "taint-eviction-controller";

  private final ApiServer api;
  private final EventLoop loop;
  private final EventRecorder.ComponentRecorder events;
  // TimedWorkerQueue: pod key -> scheduled eviction
  private final Map<String, Scheduled> queue = new TreeMap<>();

  private record Scheduled(Instant createdAt, Instant fireAt, TaskHandle task) {}

  public TaintEvictionController(ControllerContext ctx) {
    this.api = Objects.requireNonNull(ctx.api());
    this.loop = ctx.loop();
    this.events = ctx.events(COMPONENT);
  }

  @Override
  public String name() {
    return "taint-eviction-controller";
  }

  @Override
  public void start() {
    api.watch(Node.class, null, this::onNode);
    api.watch(Pod.class, null, this::onPod);
  }

  /** {@return the pod keys with a scheduled eviction and their instants, sorted by key} */
  public Map<String, Instant> scheduledEvictions() {
    Map<String, Instant> out = new TreeMap<>();
    queue.forEach((k, s) -> out.put(k, s.fireAt()));
    return out;
  }

  private void onNode(WatchEvent<Node> e) {
    String node = e.object().metadata().name();
    List<Taint> taints =
        e.type() == WatchEvent.Type.DELETED ? List.of() : noExecuteTaints(e.object());
    for (Pod pod : api.list(Pod.class)) {
      if (node.equals(pod.spec() == null ? null : pod.spec().nodeName())) {
        processPodOnNode(pod, taints);
      }
    }
  }

  private void onPod(WatchEvent<Pod> e) {
    Pod pod = e.object();
    String key = pod.metadata().key();
    if (e.type() == WatchEvent.Type.DELETED) {
      cancel(key, null);
      return;
    }
    String nodeName = pod.spec() == null ? null : pod.spec().nodeName();
    if (nodeName == null || nodeName.isEmpty()) return;
    Node node = api.find(Node.class, null, nodeName).orElse(null);
    processPodOnNode(pod, node == null ? List.of() : noExecuteTaints(node));
  }

  // getNoExecuteTaints
  static List<Taint> noExecuteTaints(Node node) {
    List<Taint> out = new ArrayList<>();
    if (node.spec() == null) return out;
    for (Taint t : node.spec().taints()) {
      if (Taint.EFFECT_NO_EXECUTE.equals(t.effect())) out.add(t);
    }
    return out;
  }

  // processPodOnNode
  private void processPodOnNode(Pod pod, List<Taint> taints) {
    String key = pod.metadata().key();
    if (pod.metadata().deletionTimestamp() != null) return;
    if (taints.isEmpty()) {
      cancel(key, pod);
      return;
    }
    List<Toleration> tolerations = pod.spec() == null ? List.of() : pod.spec().tolerations();
    List<Toleration> used = new ArrayList<>();
    boolean all = true;
    for (Taint taint : taints) {
      boolean tolerated = false;
      for (Toleration t : tolerations) {
        if (Taints.toleratesTaint(t, taint)) {
          used.add(t);
          tolerated = true;
        }
      }
      all &= tolerated;
    }
    Instant now = loop.now();
    if (!all) {
      cancel(key, null);
      schedule(key, now, now);
      return;
    }
    long min = minTolerationSeconds(used);
    if (min < 0) {
      cancel(key, pod); // tolerated forever
      return;
    }
    Instant trigger = now.plusSeconds(min);
    Scheduled existing = queue.get(key);
    if (existing != null) {
      if (existing.createdAt().plusSeconds(min).isBefore(trigger)) return;
      cancel(key, null);
    }
    schedule(key, now, trigger);
  }

  /** {@return the smallest tolerationSeconds, 0 if it is not positive, -1 if none is set} */
  static long minTolerationSeconds(List<Toleration> tolerations) {
    long min = -1;
    for (Toleration t : tolerations) {
      if (t.tolerationSeconds() == null) continue;
      long s = Math.max(0, t.tolerationSeconds());
      if (min < 0 || s < min) min = s;
    }
    return min;
  }

  private void schedule(String key, Instant createdAt, Instant at) {
    if (queue.containsKey(key)) return;
    TaskHandle task = loop.schedule(at, "taint-eviction delete " + key, () -> deletePod(key));
    queue.put(key, new Scheduled(createdAt, at, task));
  }

  private void cancel(String key, Pod pod) {
    Scheduled s = queue.remove(key);
    if (s == null) return;
    s.task().cancel();
    if (pod != null) {
      events.event(pod, "Normal", "TaintManagerEviction", "Cancelling deletion of Pod " + key);
    }
  }

  // deletePodHandler + addConditionAndDeletePod
  private void deletePod(String key) {
    queue.remove(key);
    int slash = key.indexOf('/');
    Pod pod = api.find(Pod.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (pod == null || pod.metadata().deletionTimestamp() != null) return;
    events.event(pod, "Normal", "TaintManagerEviction", "Marking for deletion Pod " + key);
    try {
      Pod marked =
          PodHelpers.withCondition(
              pod,
              PodHelpers.disruptionTarget(
                  "DeletionByTaintManager", "Taint manager: deleting due to NoExecute taint"),
              loop.now());
      api.updateStatus(marked);
      api.delete(Pod.class, pod.metadata().namespace(), pod.metadata().name());
    } catch (ApiException.NotFound gone) {
      // already deleted
    }
  }
}
