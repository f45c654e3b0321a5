package io.kubemu.engine.scheduler.plugins;

import static io.kubemu.engine.scheduler.St.expr;
import static io.kubemu.engine.scheduler.St.labels;
import static io.kubemu.engine.scheduler.St.selector;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.ClusterLookup;
import io.kubemu.engine.scheduler.Code;
import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.Profile;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ported from upstream podtopologyspread filtering_test.go (TestSingleConstraint) and
 * scoring_test.go (TestPodTopologySpreadScore), v1.30.
 */
class PodTopologySpreadTest {

  private static final String P = Names.POD_TOPOLOGY_SPREAD;
  private static final LabelSelector FOO = selector(null, expr("foo", "Exists"));
  private static final LabelSelector BAR = selector(null, expr("bar", "Exists"));
  private static final String HOST = Node.LABEL_HOSTNAME;
  private static final String HARD = "DoNotSchedule";
  private static final String SOFT = "ScheduleAnyway";

  static Node zoned(String name, String zone) {
    return St.node(name).label("zone", zone).label("node", name).label(HOST, name).obj();
  }

  static Node host(String name) {
    return St.node(name).label(HOST, name).obj();
  }

  static Pod foo(String name, String node) {
    return St.pod(name).node(node).label("foo", "").obj();
  }

  static List<Pod> pods(String... nameNode) {
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < nameNode.length; i += 2) out.add(foo(nameNode[i], nameNode[i + 1]));
    return out;
  }

  static List<Code> filter(Pod pod, List<Node> nodes, List<Pod> existing) {
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, existing);
    var fw = Fwk.of(P, infos);
    List<Code> out = new ArrayList<>();
    for (NodeInfo ni : infos) out.add(Fwk.filter(fw, P, pod, ni).code());
    return out;
  }

  static final List<Node> FOUR =
      List.of(
          zoned("node-a", "zone1"),
          zoned("node-b", "zone1"),
          zoned("node-x", "zone2"),
          zoned("node-y", "zone2"));

  @Test
  void singleConstraint() {
    Code ok = Code.SUCCESS;
    Code no = Code.UNSCHEDULABLE;
    Pod zone1Skew = St.pod("p").label("foo", "").spreadConstraint(1, "zone", HARD, FOO, null).obj();
    // no existing pods
    assertThat(filter(zone1Skew, FOUR, List.of())).containsExactly(ok, ok, ok, ok);
    // no existing pods, incoming pod doesn't match itself
    assertThat(
            filter(
                St.pod("p").label("foo", "").spreadConstraint(1, "zone", HARD, BAR, null).obj(),
                FOUR,
                List.of()))
        .containsExactly(ok, ok, ok, ok);
    // existing pods in a different namespace do not count
    List<Pod> otherNs =
        List.of(
            St.pod("p-a1").namespace("ns1").node("node-a").label("foo", "").obj(),
            St.pod("p-b1").namespace("ns2").node("node-b").label("foo", "").obj(),
            foo("p-x1", "node-x"),
            foo("p-y1", "node-y"),
            foo("p-y2", "node-y"));
    assertThat(filter(zone1Skew, FOUR, otherNs)).containsExactly(ok, ok, no, no);
    // pods spread across zones as 3/3, all nodes fit
    assertThat(
            filter(
                zone1Skew,
                FOUR,
                pods(
                    "p-a1", "node-a", "p-b1", "node-b", "p-b2", "node-b", "p-x1", "node-x", "p-y1",
                    "node-y", "p-y2", "node-y")))
        .containsExactly(ok, ok, ok, ok);
    // pods spread across nodes as 2/1/0/3, only node-x fits
    List<Pod> spread2103 =
        pods(
            "p-a1", "node-a", "p-a2", "node-a", "p-b1", "node-b", "p-y1", "node-y", "p-y2",
            "node-y", "p-y3", "node-y");
    assertThat(
            filter(
                St.pod("p").label("foo", "").spreadConstraint(1, "node", HARD, FOO, null).obj(),
                FOUR,
                spread2103))
        .containsExactly(no, no, ok, no);
    // pods spread across nodes as 2/1/0/3, maxSkew is 2, node-b and node-x fit
    assertThat(
            filter(
                St.pod("p").label("foo", "").spreadConstraint(2, "node", HARD, FOO, null).obj(),
                FOUR,
                spread2103))
        .containsExactly(no, ok, ok, no);
    // pods spread across nodes as 2/1/0/3, but pod doesn't match itself
    assertThat(
            filter(
                St.pod("p").label("bar", "").spreadConstraint(1, "node", HARD, FOO, null).obj(),
                FOUR,
                spread2103))
        .containsExactly(no, ok, ok, no);
  }

  @Test
  void aNodeWithoutTheTopologyKeyIsUnresolvable() {
    List<Node> nodes = List.of(zoned("node-a", "zone1"), St.node("node-c").obj());
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, List.of());
    Pod pod = St.pod("p").label("foo", "").spreadConstraint(1, "zone", HARD, FOO, null).obj();
    assertThat(Fwk.filter(Fwk.of(P, infos), P, pod, infos.get(1)))
        .isEqualTo(
            Status.unresolvable(
                "node(s) didn't match pod topology spread constraints (missing required label)"));
    assertThat(Fwk.filter(Fwk.of(P, infos), P, pod, infos.get(0))).isEqualTo(Status.SUCCESS);
  }

  @Test
  void minDomainsTreatsTheGlobalMinimumAsZeroWhileDomainsAreMissing() {
    List<Pod> oneEach = pods("p-a1", "node-a", "p-x1", "node-x");
    Pod without = St.pod("p").label("foo", "").spreadConstraint(1, "zone", HARD, FOO, null).obj();
    Pod minDomains3 = St.pod("p").label("foo", "").spreadConstraint(1, "zone", HARD, FOO, 3).obj();
    assertThat(filter(without, FOUR, oneEach)).containsOnly(Code.SUCCESS);
    assertThat(filter(minDomains3, FOUR, oneEach))
        .containsExactly(
            Code.UNSCHEDULABLE, Code.UNSCHEDULABLE, Code.UNSCHEDULABLE, Code.UNSCHEDULABLE);
    // the reason string
    List<NodeInfo> infos = Fwk.nodeInfos(FOUR, oneEach);
    assertThat(Fwk.filter(Fwk.of(P, infos), P, minDomains3, infos.get(0)))
        .isEqualTo(Status.unschedulable("node(s) didn't match pod topology spread constraints"));
  }

  // ------------------------------------------------------------------ scoring

  static long[] score(
      Pod pod, List<Node> candidates, List<Node> failed, List<Pod> existing, ClusterLookup lookup) {
    List<Node> all = new ArrayList<>(candidates);
    all.addAll(failed);
    List<NodeInfo> infos = Fwk.nodeInfos(all, existing);
    var fw = Fwk.of(List.of(new Profile.PluginRef(P, 1)), null, infos, lookup, null);
    return Fwk.score(fw, P, pod, infos.subList(0, candidates.size()));
  }

  static long[] score(Pod pod, List<Node> candidates, List<Node> failed, List<Pod> existing) {
    return score(pod, candidates, failed, existing, null);
  }

  static Pod soft(int maxSkew, String key, LabelSelector s) {
    return St.pod("p").label("foo", "").spreadConstraint(maxSkew, key, SOFT, s, null).obj();
  }

  static final List<Node> ABCD =
      List.of(host("node-a"), host("node-b"), host("node-c"), host("node-d"));
  static final List<Pod> S2103 =
      pods(
          "p-a1", "node-a", "p-a2", "node-a", "p-b1", "node-b", "p-d1", "node-d", "p-d2", "node-d",
          "p-d3", "node-d");
  static final List<Pod> S4321 =
      pods(
          "p-a1", "node-a", "p-a2", "node-a", "p-a3", "node-a", "p-a4", "node-a", "p-b1", "node-b",
          "p-b2", "node-b", "p-b3", "node-b", "p-c1", "node-c", "p-c2", "node-c", "p-d1", "node-d");
  static final List<Pod> S4213 =
      pods(
          "p-a1", "node-a", "p-a2", "node-a", "p-a3", "node-a", "p-a4", "node-a", "p-b1", "node-b",
          "p-b2", "node-b", "p-x1", "node-x", "p-y1", "node-y", "p-y2", "node-y", "p-y3", "node-y");

  @Test
  void scoreOneConstraintOnNode() {
    // no existing pods
    assertThat(
            score(
                soft(1, HOST, FOO), List.of(host("node-a"), host("node-b")), List.of(), List.of()))
        .containsExactly(100, 100);
    // only one node is candidate
    assertThat(
            score(
                soft(1, HOST, FOO),
                List.of(host("node-a")),
                List.of(host("node-b")),
                pods("p-a1", "node-a", "p-a2", "node-a", "p-b1", "node-b")))
        .containsExactly(100);
    // all nodes have the same number of matching pods
    assertThat(
            score(
                soft(1, HOST, FOO),
                List.of(host("node-a"), host("node-b")),
                List.of(),
                pods("p-a1", "node-a", "p-b1", "node-b")))
        .containsExactly(100, 100);
    // matching pods spread as 2/1/0/3
    assertThat(score(soft(1, HOST, FOO), ABCD, List.of(), S2103)).containsExactly(20, 60, 100, 0);
    // null selector
    assertThat(score(soft(1, HOST, null), ABCD, List.of(), S2103))
        .containsExactly(100, 100, 100, 100);
    // maxSkew=2
    assertThat(score(soft(2, HOST, FOO), ABCD, List.of(), S2103)).containsExactly(33, 66, 100, 16);
    // maxSkew=3, spread as 4/3/2/1
    assertThat(score(soft(3, HOST, FOO), ABCD, List.of(), S4321)).containsExactly(44, 66, 77, 100);
  }

  @Test
  void systemDefaultingWithNodesWithoutZoneAndPodsMatchingAService() {
    ClusterLookup service =
        new ClusterLookup() {
          @Override
          public Selector defaultSpreadSelector(Pod pod) {
            return Selector.fromSet(labels("foo", ""));
          }
        };
    // same scores as with one spreading constraint
    assertThat(score(St.pod("p").label("foo", "").obj(), ABCD, List.of(), S4321, service))
        .containsExactly(44, 66, 77, 100);
    // without a Service or controller selecting it, no default constraint applies
    assertThat(score(St.pod("p").label("foo", "").obj(), ABCD, List.of(), S4321, null))
        .containsExactly(0, 0, 0, 0);
  }

  @Test
  void scoreWithFailedNodes() {
    List<Node> abx = List.of(host("node-a"), host("node-b"), host("node-x"));
    // 4/2/1/~3~ (node-y is not a candidate)
    assertThat(score(soft(1, HOST, FOO), abx, List.of(host("node-y")), S4213))
        .containsExactly(33, 83, 100);
    // node-b lacks the topology key
    List<Node> aBadX =
        List.of(host("node-a"), St.node("node-b").label("n", "node-b").obj(), host("node-x"));
    assertThat(score(soft(1, HOST, FOO), aBadX, List.of(host("node-y")), S4213))
        .containsExactly(16, 0, 100);
    // one constraint on zone, 3 out of 4 nodes are candidates
    assertThat(
            score(
                soft(1, "zone", FOO),
                List.of(
                    zoned("node-a", "zone1"), zoned("node-b", "zone1"), zoned("node-x", "zone2")),
                List.of(zoned("node-y", "zone2")),
                S4213))
        .containsExactly(75, 75, 100);
  }

  @Test
  void scoreTwoConstraints() {
    // 2/~1~/2/~4~ on zone and node, 2 out of 4 nodes are candidates
    Pod two =
        St.pod("p")
            .label("foo", "")
            .spreadConstraint(1, "zone", SOFT, FOO, null)
            .spreadConstraint(1, HOST, SOFT, FOO, null)
            .obj();
    assertThat(
            score(
                two,
                List.of(zoned("node-a", "zone1"), zoned("node-x", "zone2")),
                List.of(zoned("node-b", "zone1"), zoned("node-y", "zone2")),
                pods(
                    "p-a1", "node-a", "p-a2", "node-a", "p-b1", "node-b", "p-x1", "node-x", "p-x2",
                    "node-x", "p-y1", "node-y", "p-y2", "node-y", "p-y3", "node-y", "p-y4",
                    "node-y")))
        .containsExactly(100, 63);
    // different labelSelectors: zone 2/2/1/1, node 0/1/0/1
    Pod fooBar =
        St.pod("p")
            .label("foo", "")
            .label("bar", "")
            .spreadConstraint(1, "zone", SOFT, FOO, null)
            .spreadConstraint(1, HOST, SOFT, BAR, null)
            .obj();
    List<Pod> mixed =
        List.of(
            St.pod("p-a1").node("node-a").label("foo", "").obj(),
            St.pod("p-b1").node("node-b").label("foo", "").label("bar", "").obj(),
            St.pod("p-y1").node("node-y").label("foo", "").obj(),
            St.pod("p-y2").node("node-y").label("bar", "").obj());
    assertThat(score(fooBar, FOUR, List.of(), mixed)).containsExactly(60, 20, 100, 60);
    // some nodes have 0 pods: zone 0/0/2/2, node 0/1/0/1
    List<Pod> sparse =
        List.of(
            St.pod("p-b1").node("node-b").label("bar", "").obj(),
            St.pod("p-x1").node("node-x").label("foo", "").obj(),
            St.pod("p-y1").node("node-y").label("foo", "").label("bar", "").obj());
    assertThat(score(fooBar, FOUR, List.of(), sparse)).containsExactly(100, 60, 40, 0);
  }
}
