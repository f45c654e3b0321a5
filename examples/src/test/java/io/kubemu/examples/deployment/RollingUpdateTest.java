package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static io.kubemu.examples.deployment.NginxDeploy.cause;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 2.3.3, rolling update: {@code nginx-v1.14.yaml} has {@code maxSurge: 1, maxUnavailable: 0},
 * so the controller adds one v1.14 pod, waits until it is available, retires one v1.13 pod, and so
 * on: never more than 6 pods, never fewer than 5 available.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class RollingUpdateTest {

  @Test
  void replaces_one_pod_at_a_time_within_one_surge_pod_and_full_availability(Cluster cluster) {
    NginxDeploy.rolledOut(cluster, "v1.12", "v1.13"); // seed 2.3.1 and 2.3.2
    cluster.advance(Duration.ofMinutes(2));
    Terminal t = new Terminal(cluster);

    // The rollout's window starts after this instant: every write of the apply is inside it.
    Instant before = cluster.now();
    cluster.advance(Duration.ofSeconds(1));
    t.$(NginxDeploy.applyCommand("v1.14"));
    // One new pod beside the five old ones: the one surge pod.
    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.13", 5, "v1.14", 1));

    List<String> status = t.rolloutStatus(KEY);
    assertThat(status.stream().distinct())
        .containsExactly(
            updated(1),
            updated(2),
            updated(3),
            updated(4),
            "Waiting for deployment \"nginx-deploy\" rollout to finish: 1 old replicas are pending"
                + " termination...",
            "deployment \"nginx-deploy\" successfully rolled out");

    t.$("kubectl get rs -n app -l tier=slb -L version");
    t.$("kubectl rollout history deployment nginx-deploy -n app");
    t.$(
        "kubectl get pod -n app -l partition=website -L version -w --since="
            + before.plusSeconds(1));

    // The invariants of the seed's strategy, checked at every state of the rollout.
    assertThat(cluster)
        .deployment(KEY)
        .rollout()
        .after(before)
        .neverExceededPods(6)
        .neverBelowAvailable(5)
        .staysWithinItsBounds();
    assertThat(cluster)
        .deployment(KEY)
        .rolloutHistory()
        .hasRevisions(1, 2, 3)
        .hasChangeCauses(cause("v1.12"), cause("v1.13"), cause("v1.14"))
        .hasImages(3, "harbor.od.com/public/nginx:v1.14");
    // Three ReplicaSets: the two old ones kept at 0 for rollbacks.
    assertThat(cluster.list(ReplicaSet.class, "app"))
        .extracting(rs -> rs.metadata().label("version") + "=" + rs.spec().replicas())
        .containsExactlyInAnyOrder("v1.12=0", "v1.13=0", "v1.14=5");
    assertThat(cluster).pods("app", "partition=website").hasSize(5).allAreReady();
  }

  static String updated(int n) {
    return "Waiting for deployment \"nginx-deploy\" rollout to finish: "
        + n
        + " out of 5 new replicas have been updated...";
  }
}
