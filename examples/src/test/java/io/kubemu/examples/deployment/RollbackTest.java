package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static io.kubemu.examples.deployment.NginxDeploy.cause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.kubectl.KubectlException;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 2.3.5, rollback: {@code rollout undo} copies the previous revision's pod template back into
 * the Deployment. Its ReplicaSet (same template, same pod-template-hash) becomes the new one again
 * and takes the next revision number: history 1, 2, 3, 4 undone reads 1, 2, 4, 5.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class RollbackTest {

  @Test
  void undo_returns_to_the_previous_replica_set_under_a_new_revision(Cluster cluster) {
    NginxDeploy.rolledOut(cluster, "v1.12", "v1.13", "v1.14", "v1.15"); // 2.3.1 to 2.3.4
    Terminal t = new Terminal(cluster);
    String v114 = NginxDeploy.replicaSetOf(cluster, "v1.14").metadata().name();

    t.$("kubectl rollout history deployment nginx-deploy -n app");
    t.$("kubectl rollout undo deployment nginx-deploy -n app");
    t.$("kubectl rollout status deployment nginx-deploy -n app");
    cluster.advance(Duration.ofMinutes(2));
    t.$("kubectl rollout history deployment nginx-deploy -n app");
    t.$("kubectl get pod -n app -l partition=website -L version");
    t.$("kubectl get rs -n app -l tier=slb -L version");

    // Revision 3 is gone: its ReplicaSet is revision 5 now.
    assertThat(cluster)
        .deployment(KEY)
        .rolloutHistory()
        .hasRevisions(1, 2, 4, 5)
        .hasChangeCauses(cause("v1.12"), cause("v1.13"), cause("v1.15"), cause("v1.14"))
        .hasCurrentRevision(5)
        .hasReplicaSet(5, v114)
        .hasImages(5, "harbor.od.com/public/nginx:v1.14");
    // The same ReplicaSet as before the canary, so the same hash in every pod's name.
    assertThat(NginxDeploy.replicaSetOf(cluster, "v1.14").metadata().name()).isEqualTo(v114);
    assertThat(cluster)
        .pods("app", "partition=website")
        .hasSize(5)
        .allAreReady()
        .ownedBy("ReplicaSet", v114);
    assertThat(cluster.list(ReplicaSet.class, "app"))
        .extracting(rs -> rs.metadata().label("version") + "=" + rs.spec().replicas())
        .containsExactlyInAnyOrder("v1.12=0", "v1.13=0", "v1.14=5", "v1.15=0");
  }

  @Test
  void undo_to_a_revision_rolls_back_to_that_template(Cluster cluster) {
    NginxDeploy.rolledOut(cluster, "v1.12", "v1.13", "v1.14", "v1.15");
    cluster.rollout().undo(KEY); // as in the first example: history 1, 2, 4, 5
    cluster.rollout().status(KEY);
    Terminal t = new Terminal(cluster);

    // Revision 3 was renumbered: kubectl says so.
    assertThatThrownBy(
            () -> t.$("kubectl rollout undo deployment nginx-deploy --to-revision=3 -n app"))
        .isInstanceOf(KubectlException.class)
        .hasMessage("error: unable to find specified revision 3 in history");
    System.out.println("error: unable to find specified revision 3 in history");

    t.$("kubectl rollout history deployment nginx-deploy -n app --revision=2");
    t.$("kubectl rollout undo deployment nginx-deploy --to-revision=2 -n app");
    t.$("kubectl rollout status deployment nginx-deploy -n app");
    t.$("kubectl rollout history deployment nginx-deploy -n app");

    assertThat(NginxDeploy.podsByVersion(cluster)).isEqualTo(Map.of("v1.13", 5));
    assertThat(cluster)
        .deployment(KEY)
        .rolloutHistory()
        .hasRevisions(1, 4, 5, 6)
        .hasChangeCause(6, cause("v1.13"))
        .hasImages(6, "harbor.od.com/public/nginx:v1.13");
    // Undoing to the revision already running changes nothing.
    t.$("kubectl rollout undo deployment nginx-deploy --to-revision=6 -n app");
    assertThat(cluster).deployment(KEY).rolloutHistory().hasCurrentRevision(6);
  }
}
