package io.kubemu.model.core;

import static io.kubemu.model.core.PodTest.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Endpoints, PVC, PV, Namespace, ConfigMap, Secret and Event read as written. */
class OtherKindsTest {

  private static final List<JsonNode> MISC = CoreYaml.docs("io/kubemu/model/core/misc-full.yaml");

  @Test
  void endpoints() {
    Endpoints ep = CoreYaml.read("io/kubemu/model/core/endpoints-full.yaml", Endpoints.class);

    EndpointSubset subset = ep.subsets().get(0);
    assertThat(subset.addresses().get(0).targetRef())
        .isEqualTo(
            new ObjectReference(
                "Pod", "apps", "web-0", "0b9f4c5e-1111-4d2a-9c3e-000000000001", null, "42", null));
    assertThat(subset.notReadyAddresses())
        .extracting(EndpointAddress::ip)
        .containsExactly("10.244.2.7");
    assertThat(subset.ports()).containsExactly(new EndpointPort("http", 80, "TCP", "http"));
  }

  @Test
  void persistentVolumeClaim() {
    PersistentVolumeClaim pvc =
        CoreYaml.read("io/kubemu/model/core/pvc-full.yaml", PersistentVolumeClaim.class);

    assertThat(pvc.spec().accessModes()).containsExactly(PersistentVolumeClaim.READ_WRITE_ONCE);
    assertThat(pvc.spec().resources().requests()).containsExactly(entry("storage", q("2Gi")));
    assertThat(pvc.spec().selector().matchLabels()).containsExactly(entry("tier", "fast"));
    assertThat(pvc.spec().storageClassName()).isEqualTo("managed-nfs-storage");
    assertThat(pvc.status().phase()).isEqualTo(PersistentVolumeClaim.PHASE_BOUND);
    assertThat(pvc.status().capacity()).containsExactly(entry("storage", q("2Gi")));
    assertThat(pvc.status().conditions().get(0).type()).isEqualTo("Resizing");
    assertThat(pvc.withStatus(PersistentVolumeClaimStatus.EMPTY).status().accessModes()).isEmpty();
  }

  @Test
  void persistentVolumes() {
    List<PersistentVolume> pvs =
        CoreYaml.docs("io/kubemu/model/core/pv-full.yaml").stream()
            .map(d -> CoreYaml.bind(d, PersistentVolume.class))
            .toList();

    PersistentVolumeSpec nfs = pvs.get(0).spec();
    assertThat(nfs.nfs()).isEqualTo(new NFSVolumeSource("nfs.example.com", "/exports/pv-1", false));
    assertThat(nfs.claimRef().name()).isEqualTo("www-web-0");
    assertThat(nfs.persistentVolumeReclaimPolicy()).isEqualTo(PersistentVolume.RECLAIM_RETAIN);
    assertThat(nfs.mountOptions()).containsExactly("hard", "nfsvers=4.1");
    assertThat(nfs.nodeAffinity().required().nodeSelectorTerms()).hasSize(1);
    assertThat(pvs.get(0).status().phase()).isEqualTo(PersistentVolume.PHASE_BOUND);
    assertThat(pvs.get(1).spec().local())
        .isEqualTo(new LocalVolumeSource("/mnt/disks/ssd1", "ext4"));
    assertThat(pvs.get(1).spec().volumeMode()).isEqualTo(PersistentVolumeClaim.VOLUME_MODE_BLOCK);
    assertThat(pvs.get(2).spec().csi().volumeAttributes()).containsExactly(entry("tier", "gold"));
    assertThat(pvs.get(3).spec().hostPath().type()).isEqualTo("DirectoryOrCreate");
    assertThat(pvs).allSatisfy(pv -> assertThat(pv.metadata().namespace()).isNull());
  }

  @Test
  void namespace() {
    Namespace ns = CoreYaml.bind(MISC.get(0), Namespace.class);

    assertThat(ns.spec().finalizers()).containsExactly(Namespace.FINALIZER_KUBERNETES);
    assertThat(ns.status().phase()).isEqualTo(Namespace.PHASE_ACTIVE);
  }

  @Test
  void configMapAndSecret() {
    ConfigMap cm = CoreYaml.bind(MISC.get(1), ConfigMap.class);
    Secret secret = CoreYaml.bind(MISC.get(2), Secret.class);

    assertThat(cm.immutable()).isFalse();
    assertThat(cm.data())
        .containsExactly(entry("level", "debug"), entry("nginx.conf", "server { listen 80; }\n"));
    assertThat(cm.binaryData()).containsExactly(entry("logo.png", "iVBORw0KGgo="));
    assertThat(secret.type()).isEqualTo(Secret.TYPE_OPAQUE);
    assertThat(secret.data()).containsExactly(entry("password", "czNjcjN0"));
    assertThat(secret.stringData()).containsExactly(entry("user", "admin"));
  }

  @Test
  void event() {
    Event event = CoreYaml.bind(MISC.get(3), Event.class);

    assertThat(event.involvedObject().fieldPath()).isEqualTo("spec.containers{nginx}");
    assertThat(event.source()).isEqualTo(new EventSource("kubelet", "node-1"));
    assertThat(event.type()).isEqualTo(Event.TYPE_WARNING);
    assertThat(event.count()).isEqualTo(3);
    assertThat(event.eventTime()).isEqualTo(Instant.parse("2024-05-01T10:00:05.123456Z"));
    assertThat(event.related().kind()).isEqualTo("Node");
    Event repeated = event.withCount(4).withLastTimestamp(Instant.parse("2024-05-01T10:01:00Z"));
    assertThat(repeated.count()).isEqualTo(4);
    assertThat(repeated.firstTimestamp()).isEqualTo(event.firstTimestamp());
  }
}
