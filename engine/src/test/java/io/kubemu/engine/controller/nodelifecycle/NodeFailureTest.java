package io.kubemu.engine.controller.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.Taint;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeFailureTest {

  static List<String> taints(Node n) {
    return n.spec().taints().stream().map(t -> t.key() + ":" + t.effect()).toList();
  }

  @Test
  void silentKubeletMakesTheNodeUnknownTaintsItAndEvictsPodsAfter300s() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.node("n2");
    cp.pod("default", "a", "n1", p -> p);
    cp.pod("default", "b", "n2", p -> p);
    cp.advanceTo(2);
    cp.ops.stopKubelet("n1");

    cp.advanceTo(40); // 38 s without a heartbeat: still Ready
    assertThat(cp.getNode("n1").status().condition(NodeCondition.READY).status())
        .isEqualTo(ConditionStatus.TRUE);
    cp.advanceTo(45); // first monitor pass more than 40 s after the last heartbeat
    Node n1 = cp.getNode("n1");
    NodeCondition ready = n1.status().condition(NodeCondition.READY);
    assertThat(ready.status()).isEqualTo(ConditionStatus.UNKNOWN);
    assertThat(ready.reason()).isEqualTo("NodeStatusUnknown");
    assertThat(ready.message()).isEqualTo("Kubelet stopped posting node status.");
    assertThat(ready.lastTransitionTime()).isEqualTo(cp.at(45));
    assertThat(n1.status().condition(NodeCondition.MEMORY_PRESSURE).status())
        .isEqualTo(ConditionStatus.UNKNOWN);
    assertThat(taints(n1))
        .containsExactlyInAnyOrder(
            Taint.UNREACHABLE + ":NoSchedule", Taint.UNREACHABLE + ":NoExecute");
    assertThat(cp.pod("default", "a").status().condition(PodCondition.READY).status())
        .isEqualTo(ConditionStatus.FALSE);
    assertThat(cp.getNode("n2").spec().taints()).isEmpty();
    assertThat(cp.events("NodeNotReady"))
        .containsExactlyInAnyOrder(
            "n1: Node n1 status is now: NodeNotReady", "a: Node is not ready");

    cp.advanceTo(344);
    assertThat(cp.pod("default", "a").metadata().deletionTimestamp()).isNull();
    cp.advanceTo(345); // the default unreachable toleration: 300 s
    assertThat(cp.pod("default", "a").metadata().deletionTimestamp()).isNotNull();
    assertThat(cp.pod("default", "b").metadata().deletionTimestamp()).isNull();
  }

  @Test
  void recoveryRemovesTheTaintsAndCancelsTheEvictions() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.pod("default", "a", "n1", p -> p);
    cp.ops.stopKubelet("n1");
    cp.advanceTo(100);
    assertThat(taints(cp.getNode("n1"))).hasSize(2);

    cp.ops.startKubelet("n1");
    cp.loop.runDue();
    Node n1 = cp.getNode("n1");
    assertThat(n1.status().condition(NodeCondition.READY).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(n1.spec().taints()).isEmpty();
    cp.advanceTo(1000);
    assertThat(cp.pod("default", "a").metadata().deletionTimestamp()).isNull();
    assertThat(cp.getNode("n1").status().condition(NodeCondition.READY).status())
        .isEqualTo(ConditionStatus.TRUE);
  }
}
