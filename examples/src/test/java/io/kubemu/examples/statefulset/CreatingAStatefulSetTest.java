package io.kubemu.examples.statefulset;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed 6.3.1, creating a StatefulSet: {@code statefulset-nginx-web.yaml} (a headless service {@code
 * my-svc} and the StatefulSet {@code nginx-web}, 2 replicas, one 2Gi claim each from class {@code
 * managed-nfs-storage}) on the two hdss7 workers.
 *
 * <p>What a StatefulSet gives each pod, and what this example checks: a stable name ({@code
 * nginx-web-0}, {@code nginx-web-1}), started in order (pod 1 only once pod 0 is Ready), its own
 * claim ({@code <template>-<sts>-<ordinal>}) bound to a volume provisioned for it, and a DNS name
 * under the headless service.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CreatingAStatefulSetTest {

  @Test
  void pods_start_one_after_another_each_with_its_claim_and_dns_name(Cluster cluster) {
    Terminal sh = new Terminal(cluster);

    sh.kubectl("apply -f seed/manifests/statefulset-nginx-web.yaml");
    // kubectl waits in virtual time: a few milliseconds of wall time
    sh.kubectl("rollout status statefulset/nginx-web -n apps");
    cluster.advance(Duration.ofSeconds(20)); // let the ages read like the seed's

    sh.kubectl("get sts -o wide -n apps");
    sh.kubectl("get pod -o wide -n apps");
    sh.note("the order they started in: nginx-web-1 is created once nginx-web-0 is Ready");
    sh.kubectl("get pod -w -n apps");

    assertThat(cluster)
        .pods("apps", "app=nginx-web")
        .hasSize(2)
        .allAreReady()
        .wereCreatedOrderedReady("nginx-web-0", "nginx-web-1");
    // stable network identity: hostname = pod name, subdomain = the StatefulSet's serviceName
    for (Pod pod : cluster.list(Pod.class, "apps")) {
      assertThat(pod.spec().hostname()).isEqualTo(pod.metadata().name());
      assertThat(pod.spec().subdomain()).isEqualTo("my-svc");
    }

    // each pod has its own claim, named <volumeClaimTemplate>-<statefulset>-<ordinal>
    sh.kubectl("get pvc -o wide -n apps");
    sh.kubectl("get pv -o wide");
    for (int ordinal = 0; ordinal < 2; ordinal++) {
      PersistentVolumeClaim claim =
          cluster.get(PersistentVolumeClaim.class, "apps/nginx-web-nginx-web-" + ordinal);
      assertThat(claim.status().phase()).isEqualTo("Bound");
      assertThat(claim.spec().storageClassName()).isEqualTo("managed-nfs-storage");
      // the provisioner names the volume after the claim's uid, as the NFS provisioner did
      PersistentVolume volume = cluster.get(PersistentVolume.class, claim.spec().volumeName());
      assertThat(volume.metadata().name()).isEqualTo("pvc-" + claim.metadata().uid());
      assertThat(volume.status().phase()).isEqualTo("Bound");
      assertThat(volume.spec().storageClassName()).isEqualTo("managed-nfs-storage");
      assertThat(volume.spec().claimRef().name()).isEqualTo(claim.metadata().name());
      assertThat(volume.spec().capacity().get("storage")).hasToString("2Gi");
    }

    // the headless service: no ClusterIP, one endpoint per ready pod
    sh.kubectl("get svc my-svc -n apps");
    sh.kubectl("get endpoints my-svc -n apps");
    String ip0 = cluster.get(Pod.class, "apps/nginx-web-0").status().podIP();
    String ip1 = cluster.get(Pod.class, "apps/nginx-web-1").status().podIP();

    sh.note("headless service: the name answers every ready pod's address");
    assertThat(sh.dig("my-svc.apps.svc.cluster.local")).containsExactlyInAnyOrder(ip0, ip1);
    sh.note("a StatefulSet pod has a name of its own under the service");
    assertThat(sh.dig("nginx-web-0.my-svc.apps.svc.cluster.local")).containsExactly(ip0);
    assertThat(sh.dig("nginx-web-1.my-svc.apps.svc.cluster.local")).containsExactly(ip1);
  }
}
