package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static io.kubemu.examples.deployment.NginxDeploy.cause;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seed 2.3.2, blue-green: {@code nginx-v1.13.yaml} has {@code maxSurge: 5, maxUnavailable: 0}, so
 * the controller creates all five v1.13 pods at once beside the five v1.12 pods, and retires a
 * v1.12 pod each time a v1.13 pod becomes available.
 *
 * <p>In the seed's cluster the new pods became Ready one by one (6, 7, 7, 13 and 15 s after their
 * creation), so {@code rollout status} counted "5 old replicas are pending termination" down to 1.
 * Kubemu's kubelets probe every pod on the same 10 s rhythm, so identical pods would all turn Ready
 * at the same probe; the example replays the seed's staggering with a {@link StaggeredWarmUp}: each
 * new pod's readiness endpoint answers 503 for 10 s longer than the one before.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class BlueGreenTest {

  @Test
  void creates_all_new_pods_at_once_and_retires_old_ones_as_new_ones_become_ready(Cluster cluster) {
    NginxDeploy.rolledOut(cluster, "v1.12"); // seed 2.3.1
    cluster.advance(Duration.ofSeconds(8));
    Terminal t = new Terminal(cluster);
    cluster.behaviors().forImage("*nginx:v1.13", new StaggeredWarmUp());

    // The rollout's window starts after this instant: every write of the apply is inside it.
    Instant before = cluster.now();
    cluster.advance(Duration.ofSeconds(1)); // the v1.12 pods are 19 s old, as in the seed
    t.$(NginxDeploy.applyCommand("v1.13"));

    // At once: five v1.13 pods beside the five v1.12 ones (maxSurge 5).
    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.12", 5, "v1.13", 5));
    assertThat(NginxDeploy.replicaSetOf(cluster, "v1.13").spec().replicas()).isEqualTo(5);

    List<String> status = t.rolloutStatus(KEY);
    assertThat(status.stream().distinct())
        .containsExactly(
            pending(5),
            pending(4),
            pending(3),
            pending(2),
            pending(1),
            "deployment \"nginx-deploy\" successfully rolled out");

    t.$("kubectl rollout history deployment nginx-deploy -n app");
    String rs = t.$("kubectl get rs -n app -l tier=slb -L version");
    assertThat(rs)
        .containsPattern("nginx-deploy-\\w+ +0 +0 +0 +\\w+ +v1\\.12")
        .containsPattern("nginx-deploy-\\w+ +5 +5 +5 +\\w+ +v1\\.13");
    t.$(
        "kubectl get pod -n app -l partition=website -L version -w --since="
            + before.plusSeconds(1));

    assertThat(cluster)
        .deployment(KEY)
        .rolloutHistory()
        .hasRevisions(1, 2)
        .hasChangeCauses(cause("v1.12"), cause("v1.13"))
        .hasImages(2, "harbor.od.com/public/nginx:v1.13")
        .hasCurrentRevision(2);
    // The whole way: 10 pods at most (5 + maxSurge 5), never fewer than 5 available
    // (maxUnavailable 0), and a v1.12 pod went only once a v1.13 pod was available.
    assertThat(cluster)
        .deployment(KEY)
        .rollout()
        .after(before)
        .staysWithinItsBounds()
        .neverExceededPods(10)
        .neverBelowAvailable(5);
    assertThat(cluster).pods("app", "version=v1.13").hasSize(5).allAreReady();
    // One by one: each v1.12 pod was deleted at the instant a v1.13 pod became Ready.
    List<Instant> readyAt = new ArrayList<>();
    for (Pod p : cluster.list(Pod.class, "app", "version=v1.13")) {
      readyAt.add(p.status().condition("Ready").lastTransitionTime());
    }
    Map<String, Instant> deletedAt = new TreeMap<>(); // when each was marked Terminating
    for (var write : cluster.timeline().ofKind(Pod.class)) {
      Pod p = write.as(Pod.class);
      if ("v1.12".equals(p.metadata().label("version"))
          && p.metadata().deletionTimestamp() != null) {
        deletedAt.putIfAbsent(write.key(), write.time());
      }
    }
    assertThat(deletedAt.values()).hasSize(5).containsExactlyInAnyOrderElementsOf(readyAt);
    // Each v1.13 pod went Pending -> ContainerCreating -> Running 0/1 -> Running 1/1.
    for (Pod p : cluster.list(Pod.class, "app", "version=v1.13")) {
      assertThat(statuses(cluster, p))
          .as(p.metadata().name())
          .containsExactly("Pending", "ContainerCreating", "Running 0/1", "Running 1/1");
    }
  }

  /** {@return the pod's successive STATUS (and READY, once Running) as kubectl showed them} */
  static List<String> statuses(Cluster cluster, Pod pod) {
    List<String> out = new ArrayList<>();
    for (Pod p : cluster.timeline().history(Pod.class, "app/" + pod.metadata().name())) {
      String s = p.status() == null || p.status().phase() == null ? "Pending" : p.status().phase();
      if (p.status() != null) {
        for (ContainerStatus c : p.status().containerStatuses()) {
          if (c.state() != null && c.state().waiting() != null) s = c.state().waiting().reason();
        }
      }
      if (s.equals("Running")) {
        s += Boolean.TRUE.equals(p.status().containerStatuses().get(0).ready()) ? " 1/1" : " 0/1";
      }
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) out.add(s);
    }
    return out;
  }

  static String pending(int n) {
    return "Waiting for deployment \"nginx-deploy\" rollout to finish: "
        + n
        + " old replicas are pending termination...";
  }
}
