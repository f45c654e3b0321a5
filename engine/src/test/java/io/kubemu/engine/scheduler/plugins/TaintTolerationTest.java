package io.kubemu.engine.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ported from upstream taint_toleration_test.go (v1.30 reason strings). */
class TaintTolerationTest {

  private static final String P = Names.TAINT_TOLERATION;

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of(
            "A pod having no tolerations can't be scheduled onto a node with nonempty taints",
            St.pod("pod1").obj(),
            St.node("nodeA").taint("dedicated", "user1", "NoSchedule").obj(),
            Status.unresolvable("node(s) had untolerated taint {dedicated: user1}")),
        Arguments.of(
            "A pod which can be scheduled on a dedicated node assigned to user1 with effect"
                + " NoSchedule",
            St.pod("pod1").toleration("dedicated", null, "user1", "NoSchedule").obj(),
            St.node("nodeA").taint("dedicated", "user1", "NoSchedule").obj(),
            Status.SUCCESS),
        Arguments.of(
            "A pod which can't be scheduled on a dedicated node assigned to user2 with effect"
                + " NoSchedule",
            St.pod("pod1").toleration("dedicated", "Equal", "user2", "NoSchedule").obj(),
            St.node("nodeA").taint("dedicated", "user1", "NoSchedule").obj(),
            Status.unresolvable("node(s) had untolerated taint {dedicated: user1}")),
        Arguments.of(
            "A pod can be scheduled onto the node, with a toleration uses operator Exists that"
                + " tolerates the taints on the node",
            St.pod("pod1").toleration("foo", "Exists", null, "NoSchedule").obj(),
            St.node("nodeA").taint("foo", "bar", "NoSchedule").obj(),
            Status.SUCCESS),
        Arguments.of(
            "A pod has multiple tolerations, node has multiple taints, all the taints are"
                + " tolerated, pod can be scheduled onto the node",
            St.pod("pod1")
                .toleration("dedicated", "Equal", "user2", "NoSchedule")
                .toleration("foo", "Exists", null, "NoSchedule")
                .obj(),
            St.node("nodeA")
                .taint("dedicated", "user2", "NoSchedule")
                .taint("foo", "bar", "NoSchedule")
                .obj(),
            Status.SUCCESS),
        Arguments.of(
            "A pod has a toleration that keys and values match the taint on the node, but"
                + " (non-empty) effect doesn't match, can't be scheduled onto the node",
            St.pod("pod1").toleration("foo", "Equal", "bar", "PreferNoSchedule").obj(),
            St.node("nodeA").taint("foo", "bar", "NoSchedule").obj(),
            Status.unresolvable("node(s) had untolerated taint {foo: bar}")),
        Arguments.of(
            "The pod has a toleration that keys and values match the taint on the node, the"
                + " effect of toleration is empty, and the effect of taint is NoSchedule. Pod can"
                + " be scheduled onto the node",
            St.pod("pod1").toleration("foo", "Equal", "bar", null).obj(),
            St.node("nodeA").taint("foo", "bar", "NoSchedule").obj(),
            Status.SUCCESS),
        Arguments.of(
            "The pod has a toleration that key and value don't match the taint on the node, but"
                + " the effect of taint on node is PreferNoSchedule. Pod can be scheduled onto the"
                + " node",
            St.pod("pod1").toleration("dedicated", "Equal", "user2", "NoSchedule").obj(),
            St.node("nodeA").taint("dedicated", "user1", "PreferNoSchedule").obj(),
            Status.SUCCESS),
        Arguments.of(
            "The pod has no toleration, but the effect of taint on node is PreferNoSchedule. Pod"
                + " can be scheduled onto the node",
            St.pod("pod1").obj(),
            St.node("nodeA").taint("dedicated", "user1", "PreferNoSchedule").obj(),
            Status.SUCCESS),
        Arguments.of(
            "A NoExecute taint also keeps pods off",
            St.pod("pod1").obj(),
            St.node("nodeA").taint("monitor", "true", "NoExecute").obj(),
            Status.unresolvable("node(s) had untolerated taint {monitor: true}")),
        Arguments.of(
            "The seed's master taint, without a value",
            St.pod("pod1").obj(),
            St.node("m").taint("node-role.kubernetes.io/master", null, "NoSchedule").obj(),
            Status.unresolvable(
                "node(s) had untolerated taint {node-role.kubernetes.io/master: }")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String name, Pod pod, Node node, Status want) {
    NodeInfo ni = NodeInfo.of(node);
    assertThat(Fwk.filter(Fwk.of(P, List.of(ni)), P, pod, ni)).isEqualTo(want);
  }

  static Stream<Arguments> scoreCases() {
    return Stream.of(
        Arguments.of(
            "node with taints tolerated by the pod, gets a higher score than those node with"
                + " intolerable taints",
            St.pod("pod1").toleration("foo", "Equal", "bar", "PreferNoSchedule").obj(),
            List.of(
                St.node("nodeA").taint("foo", "bar", "PreferNoSchedule").obj(),
                St.node("nodeB").taint("foo", "blah", "PreferNoSchedule").obj()),
            new long[] {100, 0}),
        Arguments.of(
            "the nodes that all of their taints are tolerated by the pod, get the same score, no"
                + " matter how many tolerable taints a node has",
            St.pod("pod1")
                .toleration("cpu-type", "Equal", "arm64", "PreferNoSchedule")
                .toleration("disk-type", "Equal", "ssd", "PreferNoSchedule")
                .obj(),
            List.of(
                St.node("nodeA").obj(),
                St.node("nodeB").taint("cpu-type", "arm64", "PreferNoSchedule").obj(),
                St.node("nodeC")
                    .taint("cpu-type", "arm64", "PreferNoSchedule")
                    .taint("disk-type", "ssd", "PreferNoSchedule")
                    .obj()),
            new long[] {100, 100, 100}),
        Arguments.of(
            "the more intolerable taints a node has, the lower score it gets.",
            St.pod("pod1").toleration("foo", "Equal", "bar", "PreferNoSchedule").obj(),
            List.of(
                St.node("nodeA").obj(),
                St.node("nodeB").taint("cpu-type", "arm64", "PreferNoSchedule").obj(),
                St.node("nodeC")
                    .taint("cpu-type", "arm64", "PreferNoSchedule")
                    .taint("disk-type", "ssd", "PreferNoSchedule")
                    .obj()),
            new long[] {100, 50, 0}),
        Arguments.of(
            "only taints and tolerations that have effect PreferNoSchedule are checked by"
                + " taints-tolerations priority function",
            St.pod("pod1")
                .toleration("cpu-type", "Equal", "arm64", "NoSchedule")
                .toleration("disk-type", "Equal", "ssd", "NoSchedule")
                .obj(),
            List.of(
                St.node("nodeA").obj(),
                St.node("nodeB").taint("cpu-type", "arm64", "NoSchedule").obj(),
                St.node("nodeC")
                    .taint("cpu-type", "arm64", "PreferNoSchedule")
                    .taint("disk-type", "ssd", "PreferNoSchedule")
                    .obj()),
            new long[] {100, 100, 0}),
        Arguments.of(
            "Default behaviour No taints and tolerations, lands on node with no taints",
            St.pod("pod1").obj(),
            List.of(
                St.node("nodeA").obj(),
                St.node("nodeB").taint("cpu-type", "arm64", "PreferNoSchedule").obj()),
            new long[] {100, 0}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scoreCases")
  void score(String name, Pod pod, List<Node> nodes, long[] want) {
    List<NodeInfo> infos = new ArrayList<>();
    for (Node n : nodes) infos.add(NodeInfo.of(n));
    assertThat(Fwk.score(Fwk.of(P, infos), P, pod, infos)).containsExactly(want);
  }
}
