package io.kubemu.examples.scheduling;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.scheduling.Placements.kubectl;
import static io.kubemu.examples.scheduling.Placements.perNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.scheduler.Explanation;
import io.kubemu.engine.scheduler.SchedulerOptions;
import io.kubemu.engine.scheduler.plugins.DefaultProfile;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed section 8.3: node affinity, required (hard) and preferred (soft), on the seed's six nodes:
 * centos-7-54 {@code ssd=true,cpu=high}, centos-7-55 {@code ssd=true}, centos-7-56 {@code
 * cpu=high}, and three tainted masters.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-centos7.yaml")
class NodeAffinityTest {

  /** Case 1: required, {@code ssd DoesNotExist AND cpu In [high]}: only centos-7-56 matches. */
  @Test
  void case1RequiredAffinityMatchingOneNode(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-1-required-match.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -o wide");

    assertThat(cluster).pods("default", "app=nginx").hasSize(5).areOnlyOnNodes("centos-7-56");
  }

  /**
   * Case 2: required, {@code ssd DoesNotExist AND cpu NotIn [high]}: no worker matches and the
   * masters are tainted, so every replica stays Pending. The scheduler says why in a {@code
   * FailedScheduling} event counting the nodes per reason: 3 and 3, in the wording of Kubernetes
   * v1.30 (the seed's older scheduler said "didn't match node selector" and "had taint {...}, that
   * the pod didn't tolerate").
   */
  @Test
  void case2RequiredAffinityMatchingNothingStaysPending(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-2-required-nomatch.yaml");
    cluster.advance(Duration.ofSeconds(32));
    kubectl(cluster, "get pods -o wide");

    assertThat(cluster).pods("default", "app=nginx").hasSize(5).allHavePhase("Pending");
    assertThat(perNode(cluster, "app=nginx")).containsExactly(Map.entry(Placements.PENDING, 5));

    Pod pending = cluster.list(Pod.class, "default", "app=nginx").get(0);
    String describe = kubectl(cluster, "describe pod " + pending.metadata().name());
    kubectl(cluster, "get events --field-selector reason=FailedScheduling");

    String message =
        "0/6 nodes are available: 3 node(s) didn't match Pod's node affinity/selector, 3 node(s)"
            + " had untolerated taint {node-role.kubernetes.io/master: }.";
    assertThat(describe).contains("Status:", "Pending", "FailedScheduling", message);
    List<Event> failed = cluster.events(pending);
    assertThat(failed)
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo("Warning");
              assertThat(e.reason()).isEqualTo("FailedScheduling");
              assertThat(e.message()).startsWith(message);
            });
    // v1.30 retries an unschedulable pod when a node or pod change could help it, and otherwise
    // every 5 minutes (podMaxInUnschedulablePodsDuration); the event counts the attempts
    cluster.advance(Duration.ofMinutes(6));
    String later = kubectl(cluster, "describe pod " + pending.metadata().name());
    assertThat(later).contains("(x2 over ", message);

    // the scheduler's own account: which plugin turned each node down
    Explanation why = cluster.explain(pending.metadata().name()).orElseThrow();
    System.out.println(why.table());
    assertThat(why.filterOf("centos-7-51").plugin()).isEqualTo("TaintToleration");
    assertThat(why.filterOf("centos-7-56").plugin()).isEqualTo("NodeAffinity");
  }

  /**
   * Case 3: preferred, matching no node: the preference adds nothing anywhere, so the usual
   * spreading (PodTopologySpread's system defaults and LeastAllocated) puts the five replicas over
   * the three workers.
   */
  @Test
  void case3PreferredAffinityMatchingNothingSpreadsOverTheWorkers(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-3-preferred-nomatch.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -o wide");

    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(5)
        .areOnlyOnNodes("centos-7-54", "centos-7-55", "centos-7-56")
        .areSpreadOverNodes(3)
        .atMostPerNode(2);
  }

  /**
   * Case 4: preferred with weight 10, matching centos-7-56 only. The preference is a score, not a
   * rule: centos-7-56 gets the most replicas. How many depends on the weights of the score plugins.
   * With Kubernetes v1.30's defaults (NodeAffinity x2, PodTopologySpread x2) the 100 points of the
   * preference (x2) outweigh what the system default spreading takes off centos-7-56 for each
   * replica already there (50, 60, 72, 75 points x2 for the 2nd to 5th): all five land there, as
   * the explanation shows. The seed's older scheduler (NodeAffinity x1, before v1.23) stopped at
   * "most, not all" (3 of 5), as {@link #case4WithTheSeedsOlderSchedulerWeights} shows.
   */
  @Test
  void case4PreferredAffinityFavoursCentos756(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-4-preferred-match.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -o wide");

    Map<String, Integer> perNode = perNode(cluster, "app=nginx");
    int on56 = perNode.getOrDefault("centos-7-56", 0);
    assertThat(perNode.values()).allMatch(n -> n <= on56);
    assertThat(on56).isGreaterThanOrEqualTo(3);

    // each replica's scores: NodeAffinity 10 -> 100 (x2) on centos-7-56, against the spreading
    // penalty PodTopologySpread gives it for the replicas already there; print the last one's
    Explanation last = null;
    for (Pod p : cluster.list(Pod.class, "default", "app=nginx")) {
      Explanation why = cluster.explain(p.metadata().name()).orElseThrow();
      assertThat(why.scoreOf("centos-7-56").plugins())
          .contains(new Explanation.PluginScore("NodeAffinity", 10, 100, 200));
      if (last == null || spreading(why) < spreading(last)) last = why;
    }
    System.out.println(last.table());
  }

  /**
   * Case 4 again, on a cluster whose kube-scheduler uses the weights before v1.23 (NodeAffinity,
   * InterPodAffinity and TaintToleration x1), as the seed's cluster did: the spreading now wins
   * after the third replica, and centos-7-56 gets the most, not all, as in the seed.
   */
  @Test
  void case4WithTheSeedsOlderSchedulerWeights() {
    try (Cluster cluster =
        Cluster.builder()
            .nodes(Manifests.readResource("seed/manifests/nodes-centos7.yaml"))
            .scheduler(
                SchedulerOptions.defaults()
                    .withProfiles(List.of(DefaultProfile.beforeV123Profile())))
            .build()) {
      kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-4-preferred-match.yaml");
      cluster.advance(Duration.ofSeconds(30));
      kubectl(cluster, "get pods -o wide");

      Map<String, Integer> perNode = perNode(cluster, "app=nginx");
      assertThat(perNode)
          .containsEntry("centos-7-56", 3)
          .containsEntry("centos-7-54", 1)
          .containsEntry("centos-7-55", 1);
    }
  }

  /** {@return PodTopologySpread's normalized score of centos-7-56: lower with more replicas} */
  private static long spreading(Explanation why) {
    return why.scoreOf("centos-7-56").plugins().stream()
        .filter(s -> s.plugin().equals("PodTopologySpread"))
        .findFirst()
        .orElseThrow()
        .normalized();
  }
}
