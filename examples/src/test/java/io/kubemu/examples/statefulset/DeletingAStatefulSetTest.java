package io.kubemu.examples.statefulset;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Service;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed 6.3.4, deleting a StatefulSet: scale it to 0 first (an ordered stop, highest ordinal first),
 * then delete it and its service. The claims and their volumes stay Bound: data outlives the
 * StatefulSet until the claims are deleted by hand.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class DeletingAStatefulSetTest {

  @Test
  void scale_to_zero_then_delete_leaves_claims_and_volumes_bound(Cluster cluster) {
    Terminal sh = new Terminal(cluster);
    sh.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    sh.kubectl("patch sts nginx-web -n apps -p '{\"spec\":{\"replicas\":5}}'");
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    cluster.advance(Duration.ofMinutes(30));

    sh.kubectl("patch sts nginx-web -n apps -p '{\"spec\":{\"replicas\":0}}'");
    cluster.advance(Duration.ofMinutes(1));
    sh.kubectl("get pod -n apps");
    assertThat(cluster)
        .pods("apps")
        .hasSize(0)
        .wereDeletedInOrder(
            "nginx-web-4", "nginx-web-3", "nginx-web-2", "nginx-web-1", "nginx-web-0");

    sh.kubectl("delete -n apps sts nginx-web");
    sh.kubectl("delete svc -n apps my-svc");
    cluster.advance(Duration.ofMinutes(1));
    assertThat(cluster.find(StatefulSet.class, "apps/nginx-web")).isEmpty();
    assertThat(cluster.find(Service.class, "apps/my-svc")).isEmpty();

    sh.note("the volumes and claims are still Bound: delete them by hand if the data can go");
    sh.kubectl("get pv");
    sh.kubectl("get pvc -n apps");
    assertThat(cluster.list(PersistentVolumeClaim.class, "apps"))
        .extracting(c -> c.metadata().name(), c -> c.status().phase())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nginx-web-nginx-web-0", "Bound"),
            org.assertj.core.groups.Tuple.tuple("nginx-web-nginx-web-1", "Bound"),
            org.assertj.core.groups.Tuple.tuple("nginx-web-nginx-web-2", "Bound"),
            org.assertj.core.groups.Tuple.tuple("nginx-web-nginx-web-3", "Bound"),
            org.assertj.core.groups.Tuple.tuple("nginx-web-nginx-web-4", "Bound"));
    assertThat(cluster.list(PersistentVolume.class))
        .hasSize(5)
        .allSatisfy(v -> assertThat(v.status().phase()).isEqualTo("Bound"));
  }
}
