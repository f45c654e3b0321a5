package io.kubemu.engine.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ported from upstream node_name_test.go and node_unschedulable_test.go (v1.30). */
class NodeNameAndUnschedulableTest {

  private static Status filter(String plugin, Pod pod, NodeInfo ni) {
    return Fwk.filter(Fwk.of(plugin, List.of(ni)), plugin, pod, ni);
  }

  @Test
  void nodeName() {
    NodeInfo foo = NodeInfo.of(St.node("foo").obj());
    // no host specified
    assertThat(filter(Names.NODE_NAME, St.pod("p").obj(), foo)).isEqualTo(Status.SUCCESS);
    // host matches
    assertThat(filter(Names.NODE_NAME, St.pod("p").node("foo").obj(), foo))
        .isEqualTo(Status.SUCCESS);
    // host doesn't match
    assertThat(filter(Names.NODE_NAME, St.pod("p").node("bar").obj(), foo))
        .isEqualTo(Status.unresolvable("node(s) didn't match the requested node name"));
  }

  @Test
  void nodeUnschedulable() {
    NodeInfo cordoned = NodeInfo.of(St.node("n").unschedulable(true).obj());
    NodeInfo normal = NodeInfo.of(St.node("n").unschedulable(false).obj());
    Pod plain = St.pod("p").obj();
    Pod tolerating =
        St.pod("p")
            .toleration("node.kubernetes.io/unschedulable", "Exists", null, "NoSchedule")
            .obj();
    assertThat(filter(Names.NODE_UNSCHEDULABLE, plain, cordoned))
        .isEqualTo(Status.unresolvable("node(s) were unschedulable"));
    assertThat(filter(Names.NODE_UNSCHEDULABLE, plain, normal)).isEqualTo(Status.SUCCESS);
    assertThat(filter(Names.NODE_UNSCHEDULABLE, tolerating, cordoned)).isEqualTo(Status.SUCCESS);
  }
}
