package io.kubemu.examples.scheduling;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.scheduling.Placements.kubectl;
import static io.kubemu.examples.scheduling.Placements.perNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed section 8.4: pod affinity. The slb pods want to be in the same topology domain as an {@code
 * app=nginx} pod, the domain being the value of the nodes' {@code cpu} label.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-centos7.yaml")
class PodAffinityTest {

  /**
   * As in the seed: centos-7-55 is labelled {@code cpu=slow}, so every worker has a {@code cpu}
   * label (54 and 56 {@code high}, 55 {@code slow}), and one {@code app=nginx} pod runs on
   * centos-7-56 (node affinity case 1 scaled down to one replica).
   */
  @BeforeEach
  void oneNginxPodOnCentos756(Cluster cluster) {
    kubectl(cluster, "label node centos-7-55 cpu=slow");
    kubectl(cluster, "apply -f seed/manifests/sched-nodeaffinity-1-required-match.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "scale deployment nginx-deploy --replicas=1");
    cluster.advance(Duration.ofSeconds(60));
    kubectl(cluster, "get pod -l app=nginx -o wide");
    assertThat(cluster).pods("default", "app=nginx").hasSize(1).areOnlyOnNodes("centos-7-56");
  }

  /**
   * Required affinity with {@code topologyKey: cpu}: the nginx pod's domain is {@code cpu=high},
   * which centos-7-54 shares with centos-7-56. The slb pods run on those two and never on
   * centos-7-55 ({@code cpu=slow}).
   */
  @Test
  void requiredAffinityKeepsSlbInTheNginxPodsTopology(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-podaffinity-1-required.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -l app=slb -o wide");

    assertThat(cluster)
        .pods("default", "app=slb")
        .hasSize(5)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-54", "centos-7-56")
        .areColocatedWith("app=nginx", "cpu");
    assertThat(perNode(cluster, "app=slb")).doesNotContainKey("centos-7-55");
  }

  /**
   * Preferred affinity (weight 10) once centos-7-54 is relabelled {@code cpu=slow}: now only
   * centos-7-56 shares the nginx pod's domain. The preference is a score, so centos-7-56 gets the
   * most slb pods. As with preferred node affinity (case 4 of {@link NodeAffinityTest}), v1.30's
   * weights (InterPodAffinity x2) make the preference outweigh the default spreading for five
   * replicas, while the seed's older scheduler (InterPodAffinity x1) left some elsewhere.
   */
  @Test
  void preferredAffinityFavoursTheNginxPodsTopology(Cluster cluster) {
    kubectl(cluster, "label node centos-7-54 cpu=slow --overwrite");
    kubectl(cluster, "get nodes -L cpu");
    kubectl(cluster, "apply -f seed/manifests/sched-podaffinity-2-preferred.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -l app=slb -o wide");

    assertThat(cluster).pods("default", "app=slb").hasSize(5).allAreRunning();
    Map<String, Integer> perNode = perNode(cluster, "app=slb");
    int on56 = perNode.getOrDefault("centos-7-56", 0);
    assertThat(perNode.values()).allMatch(n -> n <= on56);
    assertThat(on56).isGreaterThanOrEqualTo(3);
    System.out.println(
        cluster
            .explain(
                cluster
                    .list(io.kubemu.model.core.Pod.class, "default", "app=slb")
                    .get(0)
                    .metadata()
                    .name())
            .orElseThrow()
            .table());
  }
}
