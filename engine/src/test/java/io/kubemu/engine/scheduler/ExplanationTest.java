package io.kubemu.engine.scheduler;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.Profile.PluginRef;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  static Node node(String name, String cpu) {
    return St.node(name).capacity(labels("cpu", cpu, "memory", "4Gi", "pods", "110")).obj();
  }

  @Test
  void rendersTheFilterVerdictsAndTheScores() {
    List<NodeInfo> nodes =
        Fwk.nodeInfos(
            List.of(
                St.node("master")
                    .taint("node-role.kubernetes.io/master", null, "NoSchedule")
                    .capacity(labels("cpu", "4", "memory", "4Gi", "pods", "110"))
                    .obj(),
                node("big", "4"),
                node("small", "2")),
            List.of());
    Framework fw =
        Fwk.of(
            List.of(
                new PluginRef(Names.TAINT_TOLERATION, 3),
                new PluginRef(Names.NODE_RESOURCES_FIT, 1)),
            null,
            nodes,
            null,
            null);
    Pod pod = St.pod("web").req(labels("cpu", "1", "memory", "1Gi")).obj();
    ScheduleResult r =
        new SchedulingAlgorithm(0, new Random(1))
            .schedulePod(fw, new CycleState(), pod, NodeInfoLister.of(nodes));
    Explanation e =
        Explanation.of("default/web", Instant.parse("2024-01-01T00:00:00Z"), 1, 3, r, null, null);

    assertThat(e.selectedNode()).isEqualTo("big");
    assertThat(e.table())
        .isEqualTo(
            "pod default/web attempt 1 at 2024-01-01T00:00:00Z: scheduled to big (2 of 3 nodes"
                + " feasible)\n"
                + "NODE     FILTERED BY       REASON\n"
                + "master   TaintToleration   node(s) had untolerated taint"
                + " {node-role.kubernetes.io/master: }\n"
                + "\n"
                + "NODE    TaintToleration x3   NodeResourcesFit x1   TOTAL\n"
                + "big *   0 -> 100             75 -> 75              375\n"
                + "small   0 -> 100             62 -> 62              362\n"
                + "(raw score -> normalized score; TOTAL sums normalized x weight; * selected)\n");
    assertThat(e.scoreOf("small").plugins())
        .containsExactly(
            new Explanation.PluginScore(Names.TAINT_TOLERATION, 0, 100, 300),
            new Explanation.PluginScore(Names.NODE_RESOURCES_FIT, 62, 62, 62));
  }
}
