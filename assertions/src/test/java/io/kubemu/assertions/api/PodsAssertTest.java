package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createOwnedPod;
import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.KubemuAssertions.assertThatPods;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PodsAssertTest {

  private final Cluster cluster = Fixtures.cluster();

  /** web-0 Running+Ready on n1, web-1 Pending on n2, web-2 Running not Ready on n1. */
  private void threeWebPods() {
    createPod(cluster, "app/web-0", "n1", "app", "web");
    createPod(cluster, "app/web-1", "n2", "app", "web");
    createPod(cluster, "app/web-2", "n1", "app", "web");
    running(cluster, "app/web-0", true);
    running(cluster, "app/web-2", false);
  }

  @Nested
  class Filters {
    @Test
    void should_keep_pods_by_labels_owner_and_node() {
      threeWebPods();
      createPod(cluster, "app/cache-0", "n2", "app", "cache", "tier", "backend");
      createOwnedPod(cluster, "app/web-5d8f7c9b4-x2x7k", "n3", "web-5d8f7c9b4");
      assertThat(cluster).pods("app").hasSize(5);
      assertThat(cluster).pods("app", "app=web").hasSize(4);
      assertThat(cluster).pods("app").withLabels("tier in (backend)").hasSize(1);
      assertThat(cluster).pods("app").ownedBy("ReplicaSet", "web-5d8f7c9b4").hasSize(1);
      assertThat(cluster).pods("app").onNode("n1").hasSize(2).allAreRunning();
      assertThat(cluster).pods().filteredOn(p -> p.metadata().name().startsWith("web-")).hasSize(4);
      assertThat(cluster).pods("app").first().hasLabel("app", "cache");
    }
  }

  @Nested
  class AllAreRunning {
    @Test
    void should_pass_when_every_pod_runs() {
      threeWebPods();
      assertThat(cluster)
          .pods("app", "app=web")
          .onNode("n1")
          .allAreRunning()
          .allHavePhase("Running");
    }

    @Test
    void should_fail_listing_the_pods_that_do_not() {
      threeWebPods();
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pods("app", "app=web").allAreRunning());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto be Running%nbut not this one:%n  pod/web-1"
                      + " (Pending, n2)"));
    }
  }

  @Nested
  class AllAreReady {
    @Test
    void should_pass_when_every_pod_is_ready() {
      threeWebPods();
      assertThat(cluster)
          .pods("app", "app=web")
          .withLabels("app=web")
          .filteredOn(p -> p.metadata().name().equals("web-0"))
          .allAreReady();
      assertThat(cluster).pods("app", "app=web").onNode("n2").noneAreReady();
    }

    @Test
    void should_fail_listing_the_pods_not_ready() {
      threeWebPods();
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pods("app", "app=web").allAreReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto be Ready%nbut not these 2:%n  pod/web-1"
                      + " (Pending, n2)%n  pod/web-2 (Running, n1)"));
    }
  }

  @Nested
  class AreOnlyOnNodes {
    @Test
    void should_pass_when_every_pod_is_on_a_listed_or_matching_node() {
      threeWebPods();
      assertThat(cluster).pods("app", "app=web").areOnlyOnNodes("n1", "n2");
      assertThat(cluster)
          .pods("app", "app=web")
          .onNode("n1")
          .areOnlyOnNodesMatching("disktype=ssd");
      assertThat(cluster).pods("app", "app=web").areOnlyOnNodesMatching("disktype in (ssd,hdd)");
    }

    @Test
    void should_fail_listing_the_pods_elsewhere() {
      threeWebPods();
      createPod(cluster, "app/web-3", null, "app", "web");
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").areOnlyOnNodes("n1"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1),%n    pod/web-1 (Pending,"
                      + " n2),%n    pod/web-2 (Running, n1),%n    pod/web-3 (Pending)]%nto run on"
                      + " one of the nodes:%n  [n1]%nbut not these 2:%n  pod/web-1 (Pending, n2)%n "
                      + " pod/web-3 (Pending): not scheduled"));
    }

    @Test
    void should_fail_with_the_labels_of_the_other_nodes() {
      threeWebPods();
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pods("app", "app=web")
                      .areOnlyOnNodesMatching("disktype=ssd"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto run on a node matching:%n  disktype=ssd%nbut"
                      + " not this one:%n  pod/web-1 (Pending, n2): node n2 has labels"
                      + " {topology.kubernetes.io/zone=b, disktype=hdd}"));
    }

    @Test
    void should_need_the_cluster_for_node_labels() {
      threeWebPods();
      thenThrownBy(
              () -> assertThatPods(cluster.list(Pod.class)).areOnlyOnNodesMatching("disktype=ssd"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "areOnlyOnNodesMatching(...) needs the cluster: start from"
                  + " KubemuAssertions.assertThat(cluster)");
    }
  }

  @Nested
  class Spread {
    @Test
    void should_pass_when_spread_as_expected() {
      threeWebPods();
      assertThat(cluster).pods("app", "app=web").areSpreadOverNodes(2).atMostPerNode(2);
      assertThat(cluster)
          .pods("app", "app=web")
          .spreadPerTopologyKey("topology.kubernetes.io/zone", 1);
    }

    @Test
    void areSpreadOverNodes_should_fail_with_the_pods_per_node() {
      threeWebPods();
      createPod(cluster, "app/web-3", null, "app", "web");
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").areSpreadOverNodes(3));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods:%n"
                      + "  [pod/web-0 (Running, n1),%n"
                      + "    pod/web-1 (Pending, n2),%n"
                      + "    pod/web-2 (Running, n1),%n"
                      + "    pod/web-3 (Pending)]%n"
                      + "to be spread over 3 nodes%nbut they were on 2 nodes:%n"
                      + "  n1: web-0, web-2%n  n2: web-1%n  (not scheduled): web-3"));
    }

    @Test
    void atMostPerNode_should_fail_naming_the_crowded_node() {
      threeWebPods();
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pods("app", "app=web").atMostPerNode(1));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto have at most 1 pod per node%nbut node n1 had"
                      + " 2:%n  n1: web-0, web-2%n  n2: web-1"));
    }

    @Test
    void spreadPerTopologyKey_should_fail_with_the_skew_and_every_domain() {
      threeWebPods();
      createPod(cluster, "app/web-3", "n1", "app", "web");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pods("app", "app=web")
                      .spreadPerTopologyKey("topology.kubernetes.io/zone", 1));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods:%n  [pod/web-0 (Running, n1),%n    pod/web-1 (Pending, n2),%n  "
                      + "  pod/web-2 (Running, n1),%n    pod/web-3 (Pending, n1)]%nto be spread"
                      + " over topology.kubernetes.io/zone with a skew of at most 1%nbut the skew"
                      + " was 2 (3 in a, 1 in b):%n  a: web-0, web-2, web-3%n  b: web-1"));
    }

    @Test
    void spreadPerTopologyKey_should_count_empty_domains() {
      createPod(cluster, "app/web-0", "n1", "app", "web");
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").spreadPerTopologyKey("disktype", 0));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods:%n  [pod/web-0 (Pending, n1)]%n"
                      + "to be spread over disktype with a skew of at most 0%n"
                      + "but the skew was 1 (1 in ssd, 0 in hdd):%n  hdd: -%n  ssd: web-0"));
    }
  }

  @Nested
  class Colocation {
    @Test
    void should_pass_when_next_to_or_apart_from_the_matching_pods() {
      threeWebPods();
      createPod(cluster, "app/cache-0", "n1", "app", "cache");
      createPod(cluster, "app/cache-1", "n3", "app", "cache");
      assertThat(cluster).pods("app", "app=web").onNode("n1").areColocatedWith("app=cache");
      assertThat(cluster)
          .pods("app", "app=web")
          .areColocatedWith("app=cache", "topology.kubernetes.io/zone");
      assertThat(cluster).pods("app", "app=cache").areApartFrom("app=cache");
      assertThat(cluster).pods("app", "app=web").onNode("n2").areApartFrom("app=cache");
    }

    @Test
    void areColocatedWith_should_fail_listing_the_lonely_pods() {
      threeWebPods();
      createPod(cluster, "app/cache-0", "n1", "app", "cache");
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").areColocatedWith("app=cache"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto share a node with a pod matching:%n "
                      + " app=cache%nbut not this one:%n  pod/web-1 (Pending, n2): no pod matching"
                      + " app=cache on node n2"));
    }

    @Test
    void areColocatedWith_should_fail_per_topology_domain() {
      threeWebPods();
      createPod(cluster, "app/cache-0", "n1", "app", "cache");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pods("app", "app=web")
                      .areColocatedWith("app=cache", "topology.kubernetes.io/zone"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto share a topology.kubernetes.io/zone domain"
                      + " with a pod matching:%n  app=cache%nbut not this one:%n  pod/web-1"
                      + " (Pending, n2): no pod matching app=cache in"
                      + " topology.kubernetes.io/zone=b"));
    }

    @Test
    void areApartFrom_should_fail_naming_the_pods_sharing_a_node() {
      threeWebPods();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").areApartFrom("app=web"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting every pod of:%n  [pod/web-0 (Running, n1), pod/web-1 (Pending, n2),"
                      + " pod/web-2 (Running, n1)]%nto share no node with a pod matching:%n "
                      + " app=web%nbut not these 2:%n  pod/web-0 (Running, n1): shares node n1 with"
                      + " pod/web-2 (Running, n1)%n  pod/web-2 (Running, n1): shares node n1 with"
                      + " pod/web-0 (Running, n1)"));
    }
  }
}
