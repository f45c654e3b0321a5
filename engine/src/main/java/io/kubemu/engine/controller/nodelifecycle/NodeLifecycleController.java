package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.disruption.PodHelpers;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The node lifecycle controller (pkg/controller/nodelifecycle/node_lifecycle_controller.go, v1.30)
 * with taint-based eviction: every {@link #NODE_MONITOR_PERIOD} (5 s) it checks each node's
 * heartbeats ({@link NodeHealth}); a node not heard from for longer than {@link
 * #NODE_MONITOR_GRACE_PERIOD} (40 s) gets Ready and the pressure conditions Unknown
 * (NodeStatusUnknown "Kubelet stopped posting node status."), its pods Ready=False, and the {@code
 * node.kubernetes.io/unreachable} NoSchedule and NoExecute taints. On every node change it keeps
 * the condition taints (TaintNodesByCondition, including {@code node.kubernetes.io/unschedulable}
 * for a cordoned node) and the not-ready/unreachable NoExecute taints in line with the node's
 * conditions, so a node whose kubelet reports Ready=True again loses them.
 */
public final class NodeLifecycleController implements Controller {

  /** --node-monitor-period's default. */
  public static final Duration NODE_MONITOR_PERIOD = Duration.ofSeconds(5);

  /** --node-monitor-grace-period's default in v1.30. */
  public static final Duration NODE_MONITOR_GRACE_PERIOD = Duration.ofSeconds(40);

  /** The component name of its events. */
  public static final String COMPONENT = "node-controller";

  static final String STOPPED_MESSAGE = "Kubelet stopped posting node status.";
  static final String NEVER_MESSAGE = "Kubelet never posted node status.";

  private static final List<String> REMAINING_CONDITIONS =
      List.of(
          NodeCondition.MEMORY_PRESSURE, NodeCondition.DISK_PRESSURE, NodeCondition.PID_PRESSURE);

  private final ApiServer api;
  private final EventLoop loop;
  private final NodeHealth health;
  private final EventRecorder.ComponentRecorder events;

  public NodeLifecycleController(ControllerContext ctx, NodeHealth health) {
    this.api = Objects.requireNonNull(ctx.api());
    this.loop = ctx.loop();
    this.health = Objects.requireNonNull(health);
    this.events = ctx.events(COMPONENT);
  }

  @Override
  public String name() {
    return "node-lifecycle-controller";
  }

  @Override
  public void start() {
    api.watch(Node.class, null, this::onNode);
    scheduleMonitor();
  }

  private void scheduleMonitor() {
    loop.scheduleBackgroundAfter(
        NODE_MONITOR_PERIOD,
        "node-lifecycle-controller monitorNodeHealth",
        () -> {
          monitorNodeHealth();
          scheduleMonitor();
        });
  }

  private void onNode(WatchEvent<Node> e) {
    if (e.type() == WatchEvent.Type.DELETED) return;
    applyTaints(e.object().metadata().name());
  }

  // doNoScheduleTaintingPass + doNoExecuteTaintingPass
  private void applyTaints(String name) {
    Node node = api.find(Node.class, null, name).orElse(null);
    if (node == null) return;
    Node tainted = node.withSpec(spec(node).withTaints(NodeTaints.noSchedulePass(node)));
    tainted =
        tainted.withSpec(spec(tainted).withTaints(NodeTaints.noExecutePass(tainted, loop.now())));
    if (!tainted.spec().taints().equals(NodeTaints.taints(node))) api.update(tainted);
  }

  /** One pass of monitorNodeHealth; runs every {@link #NODE_MONITOR_PERIOD}. */
  void monitorNodeHealth() {
    for (Node node : api.list(Node.class)) {
      NodeCondition observed =
          node.status() == null ? null : node.status().condition(NodeCondition.READY);
      Node updated = tryUpdateNodeHealth(node);
      if (updated == null) continue;
      NodeCondition current = updated.status().condition(NodeCondition.READY);
      api.updateStatus(updated);
      if (observed != null
          && ConditionStatus.TRUE.equals(observed.status())
          && !ConditionStatus.TRUE.equals(current.status())) {
        // RecordNodeStatusChange
        events.event(
            updated,
            "Normal",
            "NodeNotReady",
            "Node " + node.metadata().name() + " status is now: NodeNotReady");
        markPodsNotReady(node.metadata().name());
      }
      applyTaints(node.metadata().name());
    }
  }

  /**
   * {@return the node with its conditions Unknown if its kubelet is overdue, else null}
   * (tryUpdateNodeHealth)
   */
  Node tryUpdateNodeHealth(Node node) {
    Instant now = loop.now();
    String name = node.metadata().name();
    if (!health.probeTimestamp(name).plus(NODE_MONITOR_GRACE_PERIOD).isBefore(now)) return null;
    NodeStatus status = node.status() == null ? NodeStatus.EMPTY : node.status();
    List<NodeCondition> conditions = new ArrayList<>(status.conditions());
    boolean changed = setUnknown(conditions, NodeCondition.READY, now);
    for (String type : REMAINING_CONDITIONS) changed |= setUnknown(conditions, type, now);
    return changed ? node.withStatus(status.withConditions(conditions)) : null;
  }

  private static boolean setUnknown(List<NodeCondition> conditions, String type, Instant now) {
    for (int i = 0; i < conditions.size(); i++) {
      NodeCondition c = conditions.get(i);
      if (!c.type().equals(type)) continue;
      if (ConditionStatus.UNKNOWN.equals(c.status())) return false;
      conditions.set(
          i,
          new NodeCondition(
              type,
              ConditionStatus.UNKNOWN,
              c.lastHeartbeatTime(),
              now,
              "NodeStatusUnknown",
              STOPPED_MESSAGE));
      return true;
    }
    conditions.add(
        new NodeCondition(
            type, ConditionStatus.UNKNOWN, now, now, "NodeStatusNeverUpdated", NEVER_MESSAGE));
    return true;
  }

  // MarkPodsNotReady
  private void markPodsNotReady(String nodeName) {
    for (Pod pod : api.list(Pod.class)) {
      if (pod.spec() == null || !nodeName.equals(pod.spec().nodeName())) continue;
      PodCondition ready = pod.status() == null ? null : pod.status().condition(PodCondition.READY);
      if (ready == null || ConditionStatus.FALSE.equals(ready.status())) continue;
      api.updateStatus(
          PodHelpers.withCondition(
              pod,
              new PodCondition(PodCondition.READY, ConditionStatus.FALSE, null, null, null, null),
              loop.now()));
      events.event(pod, "Warning", "NodeNotReady", "Node is not ready");
    }
  }

  private static NodeSpec spec(Node node) {
    return node.spec() == null ? NodeSpec.EMPTY : node.spec();
  }
}
