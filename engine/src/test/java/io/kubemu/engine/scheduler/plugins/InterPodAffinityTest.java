package io.kubemu.engine.scheduler.plugins;

import static io.kubemu.engine.scheduler.St.expr;
import static io.kubemu.engine.scheduler.St.labels;
import static io.kubemu.engine.scheduler.St.selector;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.ClusterLookup;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.Profile;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ported from upstream interpodaffinity filtering_test.go (TestRequiredAffinitySingleNode) and
 * scoring_test.go (TestPreferredAffinity), v1.30 reason strings.
 */
class InterPodAffinityTest {

  private static final String P = Names.INTER_POD_AFFINITY;
  private static final Status AFFINITY =
      Status.unresolvable("node(s) didn't match pod affinity rules");
  private static final Status ANTI =
      Status.unschedulable("node(s) didn't match pod anti-affinity rules");
  private static final Status EXISTING =
      Status.unschedulable("node(s) didn't satisfy existing pods anti-affinity rules");

  // upstream's namespaces: subteam1.team1, subteam2.team1 (team=team1), subteam1.team2,
  // subteam2.team2 (team=team2)
  static final ClusterLookup NAMESPACES =
      new ClusterLookup() {
        final Map<String, Map<String, String>> ns =
            new TreeMap<>(
                Map.of(
                    "subteam1.team1", labels("team", "team1"),
                    "subteam2.team1", labels("team", "team1"),
                    "subteam1.team2", labels("team", "team2"),
                    "subteam2.team2", labels("team", "team2")));

        @Override
        public Map<String, String> namespaceLabels(String namespace) {
          return ns.get(namespace);
        }

        @Override
        public List<String> namespacesMatching(Selector selector) {
          List<String> out = new ArrayList<>();
          ns.forEach(
              (k, v) -> {
                if (selector.matches(v)) out.add(k);
              });
          return out;
        }
      };

  static LabelSelector in(String key, String... values) {
    return selector(null, expr(key, "In", values));
  }

  static Status filter(Pod pod, Node node, Pod... existing) {
    List<NodeInfo> infos = Fwk.nodeInfos(List.of(node), List.of(existing));
    var fw = Fwk.of(List.of(new Profile.PluginRef(P, 1)), null, infos, NAMESPACES, null);
    return Fwk.filter(fw, P, pod, infos.get(0));
  }

  static final Node MACHINE1 =
      St.node("machine1").labels(labels("region", "r1", "zone", "z11")).obj();
  static final Map<String, String> SECURITY_SCAN = labels("service", "securityscan");

  @Test
  void aPodWithoutAffinityOnAnEmptyNodeSkips() {
    var p =
        new io.kubemu.engine.scheduler.plugins.interpodaffinity.InterPodAffinity(
            null, Fwk.of(P, List.of(NodeInfo.of(MACHINE1))));
    assertThat(p.preFilter(new CycleState(), St.pod("p").obj()).status().isSkip()).isTrue();
  }

  @Test
  void requiredAffinitySingleNode() {
    Pod existing = St.pod("e").node("machine1").labels(SECURITY_SCAN).obj();
    // satisfies with requiredDuringSchedulingIgnoredDuringExecution in PodAffinity using In
    // operator that matches the existing pod
    assertThat(
            filter(
                St.pod("p")
                    .label("security", "S1")
                    .podAffinity("region", in("service", "securityscan", "value2"))
                    .obj(),
                MACHINE1,
                existing))
        .isEqualTo(Status.SUCCESS);
    // ... using not in operator in labelSelector that matches the existing pod
    assertThat(
            filter(
                St.pod("p")
                    .label("security", "S1")
                    .podAffinity(
                        "region",
                        selector(null, expr("service", "NotIn", "securityscan3", "value3")))
                    .obj(),
                MACHINE1,
                existing))
        .isEqualTo(Status.SUCCESS);
    // Does not satisfy the PodAffinity with labelSelector because of diff Namespace
    assertThat(
            filter(
                St.pod("p")
                    .podAffinity("region", in("service", "securityscan", "value2"), "DiffNameSpace")
                    .obj(),
                MACHINE1,
                St.pod("e").namespace("ns").node("machine1").labels(SECURITY_SCAN).obj()))
        .isEqualTo(AFFINITY);
    // Doesn't satisfy the PodAffinity because of unmatching labelSelector with the existing pod
    assertThat(
            filter(
                St.pod("p").podAffinity("region", in("service", "antivirusscan", "value2")).obj(),
                MACHINE1,
                existing))
        .isEqualTo(AFFINITY);
    // the node lacks the topology key
    assertThat(
            filter(
                St.pod("p").podAffinity("rack", in("service", "securityscan")).obj(),
                MACHINE1,
                existing))
        .isEqualTo(AFFINITY);
  }

  @Test
  void theFirstPodOfASeriesWithAffinityToItselfIsAllowed() {
    Pod first = St.pod("p").label("app", "db").podAffinity("zone", in("app", "db")).obj();
    assertThat(filter(first, MACHINE1)).isEqualTo(Status.SUCCESS);
    // but not if it does not match its own terms
    Pod other = St.pod("p").label("app", "web").podAffinity("zone", in("app", "db")).obj();
    assertThat(filter(other, MACHINE1)).isEqualTo(AFFINITY);
  }

  @Test
  void requiredAntiAffinity() {
    Pod existing = St.pod("e").node("machine1").labels(SECURITY_SCAN).obj();
    // the incoming pod's anti-affinity matches a pod in the zone
    assertThat(
            filter(
                St.pod("p").podAntiAffinity("zone", in("service", "securityscan")).obj(),
                MACHINE1,
                existing))
        .isEqualTo(ANTI);
    // no matching pod in the domain
    assertThat(
            filter(
                St.pod("p").podAntiAffinity("zone", in("service", "other")).obj(),
                MACHINE1,
                existing))
        .isEqualTo(Status.SUCCESS);
    // symmetry: the existing pod's anti-affinity matches the incoming pod
    Pod guard = St.pod("g").node("machine1").podAntiAffinity("region", in("security", "S1")).obj();
    assertThat(filter(St.pod("p").label("security", "S1").obj(), MACHINE1, guard))
        .isEqualTo(EXISTING);
    assertThat(filter(St.pod("p").label("security", "S2").obj(), MACHINE1, guard))
        .isEqualTo(Status.SUCCESS);
  }

  @Test
  void namespaceSelectorSelectsNamespacesByTheirLabels() {
    Pod existing =
        St.pod("e").namespace("subteam2.team1").node("machine1").labels(SECURITY_SCAN).obj();
    PodAffinityTerm team1 =
        new PodAffinityTerm(
            in("service", "securityscan"),
            null,
            "region",
            selector(labels("team", "team1")),
            null,
            null);
    PodAffinityTerm team2 =
        new PodAffinityTerm(
            in("service", "securityscan"),
            null,
            "region",
            selector(labels("team", "team2")),
            null,
            null);
    PodAffinityTerm all =
        new PodAffinityTerm(
            in("service", "securityscan"), null, "region", selector(null), null, null);
    assertThat(filter(St.pod("p").podAffinityTerm(team1).obj(), MACHINE1, existing))
        .isEqualTo(Status.SUCCESS);
    assertThat(filter(St.pod("p").podAffinityTerm(team2).obj(), MACHINE1, existing))
        .isEqualTo(AFFINITY);
    // an empty namespaceSelector selects every namespace
    assertThat(filter(St.pod("p").podAffinityTerm(all).obj(), MACHINE1, existing))
        .isEqualTo(Status.SUCCESS);
    // an existing pod's anti-affinity namespaceSelector is matched against the incoming pod's
    // namespace labels
    Pod guard =
        St.pod("g")
            .node("machine1")
            .podAntiAffinityTerm(
                new PodAffinityTerm(
                    in("security", "S1"),
                    null,
                    "region",
                    selector(labels("team", "team1")),
                    null,
                    null))
            .obj();
    assertThat(
            filter(
                St.pod("p").namespace("subteam1.team1").label("security", "S1").obj(),
                MACHINE1,
                guard))
        .isEqualTo(EXISTING);
    assertThat(
            filter(
                St.pod("p").namespace("subteam1.team2").label("security", "S1").obj(),
                MACHINE1,
                guard))
        .isEqualTo(Status.SUCCESS);
  }

  // ------------------------------------------------------------------ TestPreferredAffinity

  static final Map<String, String> CHINA = labels("region", "China");
  static final Map<String, String> INDIA = labels("region", "India");
  static final Map<String, String> AZ1 = labels("az", "az1");
  static final Map<String, String> AZ2 = labels("az", "az2");
  static final Map<String, String> CHINA_AZ1 = labels("region", "China", "az", "az1");

  static St.PodBuilder s1(String name) {
    return St.pod(name).label("security", "S1");
  }

  static St.PodBuilder s2(String name) {
    return St.pod(name).label("security", "S2");
  }

  static St.PodBuilder stayWithS1InRegion(St.PodBuilder b) {
    return b.preferredPodAffinity(5, "region", in("security", "S1"));
  }

  static St.PodBuilder stayWithS2InRegion(St.PodBuilder b) {
    return b.preferredPodAffinity(6, "region", in("security", "S2"));
  }

  static St.PodBuilder awayFromS1InAz(St.PodBuilder b) {
    return b.preferredPodAntiAffinity(5, "az", in("security", "S1"));
  }

  static St.PodBuilder awayFromS2InAz(St.PodBuilder b) {
    return b.preferredPodAntiAffinity(5, "az", in("security", "S2"));
  }

  static St.PodBuilder stayWithS1InRegionAwayFromS2InAz(St.PodBuilder b) {
    return b.preferredPodAffinity(8, "region", in("security", "S1"))
        .preferredPodAntiAffinity(5, "az", in("security", "S2"));
  }

  static Node n(String name, Map<String, String> labels) {
    return St.node(name).labels(labels).obj();
  }

  static long[] score(Pod pod, List<Node> nodes, Pod... existing) {
    List<NodeInfo> infos = Fwk.nodeInfos(nodes, List.of(existing));
    var fw = Fwk.of(List.of(new Profile.PluginRef(P, 1)), null, infos, NAMESPACES, null);
    return Fwk.score(fw, P, pod, infos);
  }

  @Test
  void allNodesAreSamePriorityAsAffinityIsNil() {
    List<NodeInfo> infos =
        Fwk.nodeInfos(List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)), List.of());
    var fw = Fwk.of(P, infos);
    Status s =
        ((PreScorePlugin) fw.plugins().get(P)).preScore(new CycleState(), s1("p").obj(), infos);
    assertThat(s.isSkip()).isTrue();
  }

  @Test
  void preferredAffinity() {
    // pod that matches topology key & pods in nodes will get high score comparing to others
    assertThat(
            score(
                stayWithS1InRegion(s1("p")).obj(),
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                s1("e1").node("node1").obj(),
                s2("e2").node("node2").obj(),
                s1("e3").node("node3").obj()))
        .containsExactly(100, 0, 0);
    // all the nodes that have the same topology key & label value get the same score
    assertThat(
            score(
                stayWithS1InRegion(St.pod("p")).obj(),
                List.of(n("node1", CHINA), n("node2", CHINA_AZ1), n("node3", INDIA)),
                s1("e1").node("node1").obj()))
        .containsExactly(100, 100, 0);
    // the region with more matches gets the high score
    assertThat(
            score(
                stayWithS2InRegion(s1("p")).obj(),
                List.of(
                    n("node1", CHINA),
                    n("node2", INDIA),
                    n("node3", CHINA),
                    n("node4", CHINA),
                    n("node5", INDIA)),
                s2("e1").node("node1").obj(),
                s2("e2").node("node1").obj(),
                s2("e3").node("node2").obj(),
                s2("e4").node("node3").obj(),
                s2("e5").node("node4").obj(),
                s2("e6").node("node5").obj()))
        .containsExactly(100, 0, 100, 100, 0);
    // different label operators and values, including some match failures: 2, 10, 0
    Pod affinity3 =
        s1("p")
            .preferredPodAffinity(
                8,
                "region",
                selector(null, expr("security", "NotIn", "S1"), expr("security", "In", "S2")))
            .preferredPodAffinity(
                2,
                "region",
                selector(null, expr("security", "Exists"), expr("wrongkey", "DoesNotExist")))
            .obj();
    assertThat(
            score(
                affinity3,
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                s1("e1").node("node1").obj(),
                s2("e2").node("node2").obj(),
                s1("e3").node("node3").obj()))
        .containsExactly(20, 100, 0);
  }

  @Test
  void preferredAffinitySymmetry() {
    // only the existing pods' preferred affinity counts
    assertThat(
            score(
                s2("p").obj(),
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                stayWithS1InRegion(s1("e1")).node("node1").obj(),
                stayWithS2InRegion(s2("e2")).node("node2").obj()))
        .containsExactly(0, 100, 0);
    // with a namespace selector on the existing pod's term
    PodAffinityTerm nsTerm =
        new PodAffinityTerm(
            in("security", "S1"),
            List.of("subteam2.team2"),
            "region",
            selector(null, expr("team", "In", "team1")),
            null,
            null);
    Pod affinityNs = s1("e1").node("node1").obj();
    affinityNs =
        affinityNs.withSpec(
            affinityNs
                .spec()
                .withAffinity(
                    new io.kubemu.model.core.Affinity(
                        null,
                        new io.kubemu.model.core.PodAffinity(
                            null,
                            List.of(new io.kubemu.model.core.WeightedPodAffinityTerm(5, nsTerm))),
                        null)));
    assertThat(
            score(
                s1("p").namespace("subteam1.team1").obj(),
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                affinityNs,
                stayWithS2InRegion(s2("e2")).node("node2").obj()))
        .containsExactly(100, 0, 0);
    Pod antiNs =
        affinityNs.withSpec(
            affinityNs
                .spec()
                .withAffinity(
                    new io.kubemu.model.core.Affinity(
                        null,
                        null,
                        new io.kubemu.model.core.PodAntiAffinity(
                            null,
                            List.of(
                                new io.kubemu.model.core.WeightedPodAffinityTerm(5, nsTerm))))));
    assertThat(
            score(
                s1("p").namespace("subteam1.team1").obj(),
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                antiNs,
                stayWithS2InRegion(s2("e2")).node("node2").obj()))
        .containsExactly(0, 100, 100);
    // an existing pod's required affinity counts with hardPodAffinityWeight 1 per term
    St.PodBuilder hard1 =
        s1("e1")
            .node("node1")
            .podAffinity("region", in("security", "S1", "value2"))
            .podAffinity(
                "region",
                selector(null, expr("security", "Exists"), expr("wrongkey", "DoesNotExist")));
    St.PodBuilder hard2 =
        s2("e2")
            .node("node2")
            .podAffinity("region", in("security", "S1", "value2"))
            .podAffinity(
                "region",
                selector(null, expr("security", "Exists"), expr("wrongkey", "DoesNotExist")));
    assertThat(
            score(
                s1("p").obj(),
                List.of(n("node1", CHINA), n("node2", INDIA), n("node3", AZ1)),
                hard1.obj(),
                hard2.obj()))
        .containsExactly(100, 100, 0);
  }

  @Test
  void preferredAntiAffinity() {
    // pod that does not match existing pods in node will get high score
    assertThat(
            score(
                awayFromS1InAz(s1("p")).obj(),
                List.of(n("node1", AZ1), n("node2", CHINA)),
                s1("e1").node("node1").obj(),
                s2("e2").node("node2").obj()))
        .containsExactly(0, 100);
    // pod that does not match topology key & match the pods in nodes will get higher score
    assertThat(
            score(
                awayFromS1InAz(s1("p")).obj(),
                List.of(n("node1", AZ1), n("node2", CHINA)),
                s1("e1").node("node1").obj(),
                s1("e2").node("node2").obj()))
        .containsExactly(0, 100);
    // symmetry: the existing pods in node which has anti affinity match will get high score
    assertThat(
            score(
                s2("p").obj(),
                List.of(n("node1", AZ1), n("node2", AZ2)),
                awayFromS2InAz(s1("e1")).node("node1").obj(),
                awayFromS1InAz(s2("e2")).node("node2").obj()))
        .containsExactly(0, 100);
    // both affinity and anti-affinity
    assertThat(
            score(
                stayWithS1InRegionAwayFromS2InAz(s1("p")).obj(),
                List.of(n("node1", CHINA), n("node2", AZ1)),
                s1("e1").node("node1").obj(),
                s1("e2").node("node2").obj()))
        .containsExactly(100, 0);
    // affinity, anti-affinity and symmetry: weights 8, -5, 8, -5
    assertThat(
            score(
                stayWithS1InRegionAwayFromS2InAz(s1("p")).obj(),
                List.of(n("node1", CHINA), n("node2", AZ1), n("node3", INDIA), n("node4", AZ2)),
                s1("e1").node("node1").obj(),
                s2("e2").node("node2").obj(),
                stayWithS1InRegionAwayFromS2InAz(St.pod("e3")).node("node3").obj(),
                awayFromS1InAz(St.pod("e4")).node("node4").obj()))
        .containsExactly(100, 0, 100, 0);
  }

  @Test
  void affinityWithPodsMatchingNamespaceSelector() {
    PodAffinityTerm nsTerm =
        new PodAffinityTerm(
            in("security", "S1"),
            List.of("subteam2.team2"),
            "region",
            selector(null, expr("team", "In", "team1")),
            null,
            null);
    Pod pod = s1("p").namespace("subteam1.team1").obj();
    pod =
        pod.withSpec(
            pod.spec()
                .withAffinity(
                    new io.kubemu.model.core.Affinity(
                        null,
                        new io.kubemu.model.core.PodAffinity(
                            null,
                            List.of(new io.kubemu.model.core.WeightedPodAffinityTerm(5, nsTerm))),
                        null)));
    assertThat(
            score(
                pod,
                List.of(n("node1", CHINA), n("node2", INDIA)),
                s1("e1").namespace("subteam1.team1").node("node1").obj(),
                s1("e2").namespace("subteam1.team1").node("node1").obj(),
                s1("e3").namespace("subteam1.team2").node("node1").obj(),
                s1("e4").namespace("subteam2.team1").node("node2").obj()))
        .containsExactly(100, 0);
  }
}
