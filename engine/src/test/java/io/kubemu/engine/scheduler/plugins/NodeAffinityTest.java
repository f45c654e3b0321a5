package io.kubemu.engine.scheduler.plugins;

import static io.kubemu.engine.scheduler.St.labels;
import static io.kubemu.engine.scheduler.St.req;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.nodeaffinity.NodeAffinity;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ported from upstream node_affinity_test.go TestNodeAffinity and TestNodeAffinityPriority. */
class NodeAffinityTest {

  private static final String P = Names.NODE_AFFINITY;
  private static final Status POD =
      Status.unresolvable("node(s) didn't match Pod's node affinity/selector");

  static NodeSelectorTerm exprs(NodeSelectorRequirement... r) {
    return new NodeSelectorTerm(List.of(r), null);
  }

  static NodeSelectorTerm fields(NodeSelectorRequirement... r) {
    return new NodeSelectorTerm(null, List.of(r));
  }

  static Stream<Arguments> filterCases() {
    return Stream.of(
        Arguments.of("no selector", St.pod("p").obj(), St.node("n").obj(), Status.SUCCESS),
        Arguments.of(
            "missing labels",
            St.pod("p").nodeSelector(labels("foo", "bar")).obj(),
            St.node("n").obj(),
            POD),
        Arguments.of(
            "same labels",
            St.pod("p").nodeSelector(labels("foo", "bar")).obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "node labels are superset",
            St.pod("p").nodeSelector(labels("foo", "bar")).obj(),
            St.node("n").labels(labels("foo", "bar", "baz", "blah")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "node labels are subset",
            St.pod("p").nodeSelector(labels("foo", "bar", "baz", "blah")).obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with matchExpressions using In operator that matches the existing node",
            St.pod("p").requiredNodeAffinity(exprs(req("foo", "In", "bar", "value2"))).obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with matchExpressions using Gt operator that matches the existing node",
            St.pod("p").requiredNodeAffinity(exprs(req("kernel-version", "Gt", "0204"))).obj(),
            St.node("n").labels(labels("kernel-version", "0206")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with matchExpressions using NotIn operator that matches the existing node",
            St.pod("p").requiredNodeAffinity(exprs(req("mem-type", "NotIn", "DDR", "DDR2"))).obj(),
            St.node("n").labels(labels("mem-type", "DDR3")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with matchExpressions using Exists operator that matches the existing node",
            St.pod("p").requiredNodeAffinity(exprs(req("GPU", "Exists"))).obj(),
            St.node("n").labels(labels("GPU", "NVIDIA-GRID-K1")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with affinity that don't match node's labels won't schedule onto the node",
            St.pod("p").requiredNodeAffinity(exprs(req("foo", "In", "value1", "value2"))).obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with an empty []NodeSelectorTerm in affinity, can't match the node's labels and"
                + " won't schedule onto the node",
            St.pod("p").requiredNodeAffinity().obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with empty MatchExpressions is not a valid value will match no objects and won't"
                + " schedule onto the node",
            St.pod("p").requiredNodeAffinity(exprs()).obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with multiple matchExpressions ANDed that matches the existing node",
            St.pod("p")
                .requiredNodeAffinity(
                    exprs(req("GPU", "Exists"), req("GPU", "NotIn", "AMD", "INTER")))
                .obj(),
            St.node("n").labels(labels("GPU", "NVIDIA-GRID-K1")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with multiple matchExpressions ANDed that doesn't match the existing node",
            St.pod("p")
                .requiredNodeAffinity(exprs(req("GPU", "Exists"), req("GPU", "In", "AMD", "INTER")))
                .obj(),
            St.node("n").labels(labels("GPU", "NVIDIA-GRID-K1")).obj(),
            POD),
        Arguments.of(
            "Pod with multiple NodeSelectorTerms ORed in affinity, matches the node's labels and"
                + " will schedule onto the node",
            St.pod("p")
                .requiredNodeAffinity(
                    exprs(req("foo", "In", "bar", "value2")),
                    exprs(req("diffkey", "In", "wrong", "value2")))
                .obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with an Affinity and a PodSpec.NodeSelector(the old thing that we are"
                + " deprecating) both are satisfied, will schedule onto the node",
            St.pod("p")
                .nodeSelector(labels("foo", "bar"))
                .requiredNodeAffinity(exprs(req("foo", "Exists")))
                .obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with an Affinity matches node's labels but the PodSpec.NodeSelector(the old thing"
                + " that we are deprecating) is not satisfied, won't schedule onto the node",
            St.pod("p")
                .nodeSelector(labels("foo", "bar"))
                .requiredNodeAffinity(exprs(req("foo", "Exists")))
                .obj(),
            St.node("n").labels(labels("foo", "barrrrrr")).obj(),
            POD),
        Arguments.of(
            "Pod with an invalid value in Affinity term won't be scheduled onto the node",
            St.pod("p")
                .requiredNodeAffinity(exprs(req("foo", "NotIn", "invalid value: ___@#$%^")))
                .obj(),
            St.node("n").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with matchFields using In operator that matches the existing node",
            St.pod("p").requiredNodeAffinity(fields(req("metadata.name", "In", "node_1"))).obj(),
            St.node("node_1").obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with matchFields using In operator that does not match the existing node",
            St.pod("p").requiredNodeAffinity(fields(req("metadata.name", "In", "node_1"))).obj(),
            St.node("node_2").obj(),
            POD),
        Arguments.of(
            "Pod with two terms: matchFields does not match, but matchExpressions matches",
            St.pod("p")
                .requiredNodeAffinity(
                    fields(req("metadata.name", "In", "node_1")), exprs(req("foo", "In", "bar")))
                .obj(),
            St.node("node_2").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with one term: matchFields does not match, but matchExpressions matches",
            St.pod("p")
                .requiredNodeAffinity(
                    new NodeSelectorTerm(
                        List.of(req("foo", "In", "bar")),
                        List.of(req("metadata.name", "In", "node_1"))))
                .obj(),
            St.node("node_2").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with one term: both matchFields and matchExpressions match",
            St.pod("p")
                .requiredNodeAffinity(
                    new NodeSelectorTerm(
                        List.of(req("foo", "In", "bar")),
                        List.of(req("metadata.name", "In", "node_1"))))
                .obj(),
            St.node("node_1").labels(labels("foo", "bar")).obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with two terms: both matchFields and matchExpressions do not match",
            St.pod("p")
                .requiredNodeAffinity(
                    fields(req("metadata.name", "In", "node_1")),
                    exprs(req("foo", "In", "not-match-to-bar")))
                .obj(),
            St.node("node_2").labels(labels("foo", "bar")).obj(),
            POD),
        Arguments.of(
            "Pod with two terms of node.Name affinity",
            St.pod("p")
                .requiredNodeAffinity(
                    fields(req("metadata.name", "In", "node1")),
                    fields(req("metadata.name", "In", "node2")))
                .obj(),
            St.node("node2").obj(),
            Status.SUCCESS),
        Arguments.of(
            "Pod with two conflicting mach field requirements",
            St.pod("p")
                .requiredNodeAffinity(
                    fields(
                        req("metadata.name", "In", "node1"), req("metadata.name", "In", "node2")))
                .obj(),
            St.node("node2").obj(),
            Status.unresolvable("pod affinity terms conflict")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filterCases")
  void filter(String name, Pod pod, Node node, Status want) {
    NodeInfo ni = NodeInfo.of(node);
    assertThat(Fwk.filter(Fwk.of(P, List.of(ni)), P, pod, ni)).isEqualTo(want);
  }

  @Test
  void preFilterNarrowsTheNodesToTheNamedOnes() {
    NodeAffinity p = new NodeAffinity(null);
    Pod one = St.pod("p").requiredNodeAffinity(fields(req("metadata.name", "In", "node_1"))).obj();
    assertThat(p.preFilter(new CycleState(), one).nodeNames()).isEqualTo(Set.of("node_1"));
    Pod two =
        St.pod("p")
            .requiredNodeAffinity(
                fields(req("metadata.name", "In", "node1")),
                fields(req("metadata.name", "In", "node2")))
            .obj();
    assertThat(p.preFilter(new CycleState(), two).nodeNames()).isEqualTo(Set.of("node1", "node2"));
    Pod mixed =
        St.pod("p")
            .requiredNodeAffinity(
                fields(req("metadata.name", "In", "node_1")), exprs(req("foo", "In", "bar")))
            .obj();
    assertThat(p.preFilter(new CycleState(), mixed)).isEqualTo(PreFilterResult.ok());
    assertThat(p.preFilter(new CycleState(), St.pod("p").obj()).status().isSkip()).isTrue();
  }

  // TestNodeAffinityPriority
  static NodeSelectorTerm term(NodeSelectorRequirement... r) {
    return exprs(r);
  }

  @Test
  void score() {
    Pod affinity1 = St.pod("p").preferredNodeAffinity(2, term(req("foo", "In", "bar"))).obj();
    Pod affinity2 =
        St.pod("p")
            .preferredNodeAffinity(2, term(req("foo", "In", "bar")))
            .preferredNodeAffinity(4, term(req("key", "In", "value")))
            .preferredNodeAffinity(
                5, term(req("foo", "In", "bar"), req("key", "In", "value"), req("az", "In", "az1")))
            .obj();
    Node n1l1 = St.node("node1").labels(labels("foo", "bar")).obj();
    Node n2l2 = St.node("node2").labels(labels("key", "value")).obj();
    Node n3l3 = St.node("node3").labels(labels("az", "az1")).obj();
    Node n1l4 = St.node("node1").labels(labels("abc", "az11", "def", "az22")).obj();
    Node n5l5 = St.node("node5").labels(labels("foo", "bar", "key", "value", "az", "az1")).obj();

    // all nodes are same priority as NodeAffinity is nil
    assertThat(score(St.pod("p").obj(), n1l1, n2l2, n3l3)).containsExactly(0, 0, 0);
    // no node matches preferred scheduling requirements in NodeAffinity of pod
    assertThat(score(affinity1, n1l4, n2l2, n3l3)).containsExactly(0, 0, 0);
    // only node1 matches the preferred scheduling requirements of pod
    assertThat(score(affinity1, n1l1, n2l2, n3l3)).containsExactly(100, 0, 0);
    // all nodes matches the preferred scheduling requirements of pod but with different
    // priorities: 2, 11 and 4 of 11
    assertThat(score(affinity2, n1l1, n5l5, n2l2)).containsExactly(18, 100, 36);
  }

  private static long[] score(Pod pod, Node... nodes) {
    List<NodeInfo> infos = new ArrayList<>();
    for (Node n : nodes) infos.add(NodeInfo.of(n));
    return Fwk.score(Fwk.of(P, infos), P, pod, infos);
  }
}
