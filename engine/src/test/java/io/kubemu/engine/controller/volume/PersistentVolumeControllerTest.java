package io.kubemu.engine.controller.volume;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The PV controller binding static volumes: matching, phases, reclaim, lost claims. */
class PersistentVolumeControllerTest extends VolumeHarness {

  @Test
  void deletingTheClaimDeletesADeleteVolumeAndItsFiles() {
    PersistentVolumeClaim c = claim("data", "managed-nfs-storage", "1Gi");
    String pvName = "pvc-" + c.metadata().uid();
    files.forClaim(api, "apps", "data").orElseThrow().write("/index.html", "hi".getBytes());
    assertThat(files.find(pvName)).isPresent();

    api.delete(PersistentVolumeClaim.class, "apps", "data");
    loop.runDue();
    assertThat(api.find(PersistentVolume.class, null, pvName)).isEmpty();
    assertThat(files.find(pvName)).isEmpty();
  }

  @Test
  void withoutClassOrVolumeTheClaimWaitsThenBindsALaterVolumeAtTheResync() {
    claim("data", "", "1Gi");
    assertThat(getClaim("data").status().phase()).isEqualTo("Pending");
    assertThat(events("data"))
        .containsExactly(
            "persistentvolume-controller FailedBinding: no persistent volumes available for this"
                + " claim and no storage class is set");

    staticVolume("small", "512Mi", "", "Retain");
    staticVolume("fits", "2Gi", "", "Retain");
    staticVolume("big", "10Gi", "", "Retain");
    assertThat(api.get(PersistentVolume.class, null, "fits").status().phase())
        .isEqualTo("Available");
    assertThat(getClaim("data").status().phase()).isEqualTo("Pending");

    loop.advance(PersistentVolumeController.RESYNC_PERIOD);
    assertThat(getClaim("data").spec().volumeName()).isEqualTo("fits"); // smallest sufficient
    assertThat(getClaim("data").status().phase()).isEqualTo("Bound");
    PersistentVolume fits = api.get(PersistentVolume.class, null, "fits");
    assertThat(fits.status().phase()).isEqualTo("Bound");
    assertThat(fits.metadata().annotation("pv.kubernetes.io/bound-by-controller")).isEqualTo("yes");
    assertThat(fits.status().lastPhaseTransitionTime()).isEqualTo(T0.plusSeconds(15));
  }

  @Test
  void aClaimNamingAVolumeBindsToItAndAMissingOneLeavesItPending() {
    staticVolume("pv1", "5Gi", "", "Retain");
    create(
        """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: pinned, namespace: apps}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
          storageClassName: ""
          volumeName: pv1
        """,
        PersistentVolumeClaim.class);
    create(
        """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: ghost, namespace: apps}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
          storageClassName: ""
          volumeName: nowhere
        """,
        PersistentVolumeClaim.class);
    assertThat(getClaim("pinned").status().phase()).isEqualTo("Bound");
    assertThat(getClaim("ghost").status().phase()).isEqualTo("Pending");
  }

  @Test
  void aBoundClaimWhoseVolumeIsDeletedIsLost() {
    claim("data", "", "1Gi");
    staticVolume("pv1", "1Gi", "", "Retain");
    loop.advance(PersistentVolumeController.RESYNC_PERIOD);
    assertThat(getClaim("data").status().phase()).isEqualTo("Bound");
    api.delete(PersistentVolume.class, null, "pv1");
    loop.runDue();
    assertThat(getClaim("data").status().phase()).isEqualTo("Lost");
    assertThat(events("data"))
        .contains(
            "persistentvolume-controller ClaimLost: Bound claim has lost its PersistentVolume. Data"
                + " on the volume is lost!");
  }

  @Test
  void aStaticDeleteVolumeWithoutADeleterFails() {
    claim("data", "", "1Gi");
    staticVolume("pv1", "1Gi", "", "Delete");
    loop.advance(PersistentVolumeController.RESYNC_PERIOD);
    api.delete(PersistentVolumeClaim.class, "apps", "data");
    loop.runDue();
    PersistentVolume pv = api.get(PersistentVolume.class, null, "pv1");
    assertThat(pv.status().phase()).isEqualTo("Failed");
    assertThat(pv.status().message())
        .isEqualTo(
            "error getting deleter volume plugin for volume \"pv1\": no deletable volume plugin"
                + " matched");
  }

  @Test
  void podVolumesNameTheProblem() {
    Pod pod =
        create(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: app, namespace: apps}
            spec:
              containers: [{name: app, image: busybox}]
              volumes: [{name: d, persistentVolumeClaim: {claimName: data}}]
            """,
            Pod.class);
    assertThat(PodVolumes.schedulingProblem(pod, api))
        .contains("persistentvolumeclaim \"data\" not found");
    claim("data", "", "1Gi");
    assertThat(PodVolumes.schedulingProblem(pod, api))
        .contains("pod has unbound immediate PersistentVolumeClaims");
    staticVolume("pv1", "1Gi", "", "Retain");
    loop.advance(Duration.ofSeconds(15));
    assertThat(PodVolumes.schedulingProblem(pod, api)).isEmpty();
    assertThat(PodVolumes.claimsBound(pod, api)).isTrue();
  }

  @Test
  void theKubeletsClaimStorageServesTheBoundVolumesFiles() {
    var storage = files.claimStorage(api);
    claim("data", "", "1Gi");
    storage.volume("apps", "data").write("/lost", "unbound".getBytes()); // not kept
    staticVolume("pv1", "1Gi", "", "Retain");
    loop.advance(PersistentVolumeController.RESYNC_PERIOD);
    storage.volume("apps", "data").write("/kept", "bound".getBytes());
    assertThat(files.find("pv1").orElseThrow().files()).containsOnlyKeys("/kept");
    assertThat(storage.volume("apps", "data").files()).containsEntry("/kept", "bound");
  }
}
