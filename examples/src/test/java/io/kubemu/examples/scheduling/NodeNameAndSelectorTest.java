package io.kubemu.examples.scheduling;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.scheduling.Placements.kubectl;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed section 8.2: choosing a node by name or by labels.
 *
 * <p>The cluster has the seed's six nodes ({@code nodes-centos7.yaml}): three masters tainted
 * {@code node-role.kubernetes.io/master:NoSchedule}, and three workers labelled {@code ssd=true}
 * (centos-7-54, centos-7-55) and {@code cpu=high} (centos-7-54, centos-7-56).
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-centos7.yaml")
class NodeNameAndSelectorTest {

  /**
   * {@code spec.nodeName} bypasses the scheduler altogether: the kubelet of the named node runs the
   * pod, so all five replicas land on centos-7-56.
   */
  @Test
  void nodeNamePinsEveryReplicaToCentos756(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-nodename.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -o wide");

    assertThat(cluster).pods("default", "app=nginx").hasSize(5).areOnlyOnNodes("centos-7-56");
    assertThat(cluster).pods("default", "app=nginx").allAreRunning();
  }

  /**
   * A {@code nodeSelector} with two labels is an AND: only centos-7-54 has both {@code ssd=true}
   * and {@code cpu=high}, so it gets all five replicas.
   */
  @Test
  void nodeSelectorLabelsAreAndedSoOnlyCentos754Fits(Cluster cluster) {
    kubectl(cluster, "get nodes -L ssd,cpu");
    kubectl(cluster, "apply -f seed/manifests/sched-nodeselector.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pods -o wide");

    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(5)
        .areOnlyOnNodes("centos-7-54")
        .areOnlyOnNodesMatching("ssd=true,cpu=high");
  }
}
