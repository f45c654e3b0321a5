package io.kubemu.engine.controller.nodelifecycle;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.Taint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The node lifecycle controller's taint passes, as pure functions of a node. */
final class NodeTaints {
  private NodeTaints() {}

  // nodeConditionToTaintKeyStatusMap
  private static final Map<String, Map<String, String>> CONDITION_TAINTS =
      Map.of(
          NodeCondition.READY,
          Map.of(
              ConditionStatus.FALSE, Taint.NOT_READY, ConditionStatus.UNKNOWN, Taint.UNREACHABLE),
          NodeCondition.MEMORY_PRESSURE,
          Map.of(ConditionStatus.TRUE, Taint.MEMORY_PRESSURE),
          NodeCondition.DISK_PRESSURE,
          Map.of(ConditionStatus.TRUE, Taint.DISK_PRESSURE),
          NodeCondition.NETWORK_UNAVAILABLE,
          Map.of(ConditionStatus.TRUE, Taint.NETWORK_UNAVAILABLE),
          NodeCondition.PID_PRESSURE,
          Map.of(ConditionStatus.TRUE, Taint.PID_PRESSURE));

  private static final Set<String> NO_SCHEDULE_KEYS =
      Set.of(
          Taint.NOT_READY,
          Taint.UNREACHABLE,
          Taint.MEMORY_PRESSURE,
          Taint.DISK_PRESSURE,
          Taint.NETWORK_UNAVAILABLE,
          Taint.PID_PRESSURE,
          Taint.UNSCHEDULABLE);

  /**
   * {@return the node's taints after TaintNodesByCondition (doNoScheduleTaintingPass)}: a
   * NoSchedule taint for each condition in the map and for spec.unschedulable, none for the rest.
   */
  static List<Taint> noSchedulePass(Node node) {
    Set<String> want = new LinkedHashSet<>();
    if (node.status() != null) {
      for (NodeCondition c : node.status().conditions()) {
        Map<String, String> m = CONDITION_TAINTS.get(c.type());
        if (m != null && m.get(c.status()) != null) want.add(m.get(c.status()));
      }
    }
    if (node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable())) {
      want.add(Taint.UNSCHEDULABLE);
    }
    List<Taint> out = new ArrayList<>();
    for (Taint t : taints(node)) {
      boolean managed =
          Taint.EFFECT_NO_SCHEDULE.equals(t.effect()) && NO_SCHEDULE_KEYS.contains(t.key());
      if (!managed) {
        out.add(t);
      } else if (want.remove(t.key())) {
        out.add(t);
      }
    }
    for (String key : want) out.add(Taint.of(key, Taint.EFFECT_NO_SCHEDULE));
    return out;
  }

  /**
   * {@return the node's taints after doNoExecuteTaintingPass}: Ready=False gets the not-ready
   * NoExecute taint, Ready=Unknown the unreachable one (swapping the other out), Ready=True
   * neither; timeAdded is {@code now}.
   */
  static List<Taint> noExecutePass(Node node, Instant now) {
    NodeCondition ready =
        node.status() == null ? null : node.status().condition(NodeCondition.READY);
    String want = null;
    if (ready != null && ConditionStatus.FALSE.equals(ready.status())) want = Taint.NOT_READY;
    if (ready != null && ConditionStatus.UNKNOWN.equals(ready.status())) want = Taint.UNREACHABLE;
    if (ready == null) return taints(node);
    List<Taint> out = new ArrayList<>();
    boolean have = false;
    for (Taint t : taints(node)) {
      boolean managed =
          Taint.EFFECT_NO_EXECUTE.equals(t.effect())
              && (Taint.NOT_READY.equals(t.key()) || Taint.UNREACHABLE.equals(t.key()));
      if (!managed) {
        out.add(t);
      } else if (t.key().equals(want)) {
        out.add(t);
        have = true;
      }
    }
    if (want != null && !have) out.add(new Taint(want, null, Taint.EFFECT_NO_EXECUTE, now));
    return out;
  }

  static List<Taint> taints(Node node) {
    return node.spec() == null ? List.of() : node.spec().taints();
  }
}
