package io.kubemu.examples.scheduling;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.scheduling.Placements.kubectl;
import static io.kubemu.examples.scheduling.Placements.perNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed section 8.6: draining a node before maintenance. {@code kubectl drain} cordons the node (no
 * new pods) and evicts its pods through the eviction API; their controllers recreate them on the
 * other nodes.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-centos7.yaml")
class DrainTest {

  @Test
  void drainEvictsAndKeepsTheNodeEmpty(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-taint-demo.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -o wide");
    assertThat(perNode(cluster, "app=nginx")).containsKey("centos-7-56");

    kubectl(cluster, "drain centos-7-56 --ignore-daemonsets");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get nodes");
    kubectl(cluster, "get pod -o wide");

    assertThat(cluster).node("centos-7-56").isUnschedulable();
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(6)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-54", "centos-7-55");

    // nothing new is scheduled there while it is cordoned
    kubectl(cluster, "scale deployment nginx-deploy --replicas=9");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get pod -o wide");
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(9)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-54", "centos-7-55");

    // uncordon: the node takes pods again (the next ones created)
    kubectl(cluster, "uncordon centos-7-56");
    kubectl(cluster, "scale deployment nginx-deploy --replicas=12");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get pod -o wide");
    assertThat(perNode(cluster, "app=nginx")).containsKey("centos-7-56");
  }
}
