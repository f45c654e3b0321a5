package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 2.3.1: creating {@code nginx-deploy} from {@code nginx-v1.12.yaml} with its change-cause
 * recorded. The Deployment makes one ReplicaSet named after the pod template's hash, which makes
 * five pods named after the ReplicaSet; the pods become Ready because the postStart hook wrote the
 * page the readiness probe asks for.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CreateDeploymentTest {

  @Test
  void creates_one_replica_set_and_five_pods_named_after_the_template_hash(Cluster cluster) {
    Terminal t = new Terminal(cluster);

    // kubectl apply --record: the command becomes the kubernetes.io/change-cause annotation
    t.$(NginxDeploy.applyCommand("v1.12"));
    // rollout status waits, in virtual time, until the five pods are available
    List<String> status = t.rolloutStatus(KEY);
    assertThat(status).last().isEqualTo("deployment \"nginx-deploy\" successfully rolled out");

    t.$("kubectl get pods -n app -l partition=website");
    t.$("kubectl get rs -n app -l partition=website -o wide");
    t.$("kubectl get deployment -n app -o wide");

    // One ReplicaSet, nginx-deploy-<hash>; its selector is the Deployment's plus the hash, so that
    // the ReplicaSets of different templates never claim each other's pods.
    List<ReplicaSet> sets = cluster.list(ReplicaSet.class, "app");
    assertThat(sets).hasSize(1);
    ReplicaSet rs = sets.get(0);
    String hash = rs.metadata().label("pod-template-hash");
    assertThat(rs.metadata().name()).isEqualTo("nginx-deploy-" + hash);
    assertThat(rs.spec().selector().matchLabels())
        .containsEntry("pod-template-hash", hash)
        .containsEntry("app", "nginx")
        .containsEntry("release", "stable")
        .containsEntry("tier", "slb")
        .containsEntry("partition", "website");
    assertThat(rs.metadata().annotations())
        .containsEntry("deployment.kubernetes.io/revision", "1")
        .containsEntry("kubernetes.io/change-cause", NginxDeploy.cause("v1.12"));

    // Five pods nginx-deploy-<hash>-<5 chars>, owned by the ReplicaSet, Running and Ready.
    assertThat(cluster)
        .pods("app", "partition=website")
        .hasSize(5)
        .allAreRunning()
        .allAreReady()
        .ownedBy("ReplicaSet", rs.metadata().name());
    for (Pod p : cluster.list(Pod.class, "app")) {
      assertThat(p.metadata().name())
          .matches("nginx-deploy-" + hash + "-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    // Readiness (httpGet /health.html after 5 s) passed at the first try: the postStart hook had
    // written health.html when the container started, so no probe ever failed.
    Pod first = cluster.list(Pod.class, "app").get(0);
    assertThat(cluster).pod("app/" + first.metadata().name()).isReady().hasRestartCount(0);
    assertThat(cluster.events(first)).noneMatch(e -> "Unhealthy".equals(e.reason()));

    assertThat(cluster)
        .deployment(KEY)
        .hasReadyReplicas(5)
        .hasAvailableReplicas(5)
        .hasUpdatedReplicas(5)
        .hasCondition("Available", "True")
        .rolloutHistory()
        .hasRevisions(1)
        .hasChangeCause(1, NginxDeploy.cause("v1.12"))
        .hasImages(1, "harbor.od.com/public/nginx:v1.12");
    assertThat(cluster.get(Deployment.class, KEY).metadata().annotations())
        .containsEntry("kubernetes.io/change-cause", NginxDeploy.cause("v1.12"));
  }
}
