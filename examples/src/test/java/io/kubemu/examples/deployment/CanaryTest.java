package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 2.3.4, canary: apply {@code nginx-v1.15.yaml} and pause the rollout at once. The controller
 * has already made the first surge pod, and a paused Deployment takes no further rollout step: one
 * v1.15 pod serves beside five v1.14 pods for as long as you like. {@code resume && pause} lets it
 * take one more step (one v1.14 pod retired, one more v1.15 pod); {@code resume} finishes.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CanaryTest {

  @Test
  void pausing_right_after_the_change_keeps_one_canary_pod_beside_five_old_ones(Cluster cluster) {
    NginxDeploy.rolledOut(cluster, "v1.12", "v1.13", "v1.14"); // seed 2.3.1 to 2.3.3
    cluster.advance(Duration.ofMinutes(20));
    Terminal t = new Terminal(cluster);

    // kubectl apply ... && kubectl rollout pause ...: no virtual time passes between the two
    t.$(NginxDeploy.applyCommand("v1.15"));
    t.$("kubectl rollout pause deployment nginx-deploy -n app");
    cluster.advance(Duration.ofMinutes(2)); // the canary serves; nothing else moves

    t.$("kubectl rollout history deployment nginx-deploy -n app");
    t.$("kubectl get rs -n app -l tier=slb -L version");
    t.$("kubectl get pod -n app -l partition=website -L version");
    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.14", 5, "v1.15", 1));
    assertThat(NginxDeploy.replicaSetOf(cluster, "v1.15").spec().replicas()).isEqualTo(1);
    assertThat(NginxDeploy.replicaSetOf(cluster, "v1.14").spec().replicas()).isEqualTo(5);
    assertThat(cluster).pods("app", "version=v1.15").hasSize(1).allAreReady();
    assertThat(cluster).deployment(KEY).rolloutHistory().hasRevisions(1, 2, 3, 4);

    // One more step: the canary was available, so one v1.14 pod goes and a second v1.15 comes.
    t.$("kubectl rollout resume deployment nginx-deploy -n app");
    t.$("kubectl rollout pause deployment nginx-deploy -n app");
    cluster.advance(Duration.ofMinutes(6));
    t.$("kubectl get pod -n app -l partition=website -L version");
    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.14", 4, "v1.15", 2));

    // Upgrade the rest.
    t.$("kubectl rollout resume deployment nginx-deploy -n app");
    t.$("kubectl rollout status deployment nginx-deploy -n app");
    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.15", 5));
    assertThat(cluster)
        .deployment(KEY)
        .hasUpdatedReplicas(5)
        .hasAvailableReplicas(5)
        .rolloutHistory()
        .hasCurrentRevision(4)
        .hasImages(4, "harbor.od.com/public/nginx:v1.15");
    // Paused or not, the canary never broke the strategy's bounds.
    assertThat(cluster).deployment(KEY).rollout().staysWithinItsBounds();
  }
}
