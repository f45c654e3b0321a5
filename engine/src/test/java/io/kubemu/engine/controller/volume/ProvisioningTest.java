package io.kubemu.engine.controller.volume;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.storage.StorageClass;
import org.junit.jupiter.api.Test;

/** Dynamic provisioning: simulated external and in-tree provisioners, classes, delayed binding. */
class ProvisioningTest extends VolumeHarness {

  @Test
  void aClaimOfAnUnknownClassIsProvisionedByTheSimulatedExternalProvisioner() {
    PersistentVolumeClaim c = claim("data", "managed-nfs-storage", "2Gi");
    String pvName = "pvc-" + c.metadata().uid();

    PersistentVolumeClaim bound = getClaim("data");
    assertThat(bound.status().phase()).isEqualTo("Bound");
    assertThat(bound.spec().volumeName()).isEqualTo(pvName);
    assertThat(bound.status().capacity()).containsEntry("storage", Quantity.parse("2Gi"));
    assertThat(bound.status().accessModes()).containsExactly("ReadWriteOnce");
    assertThat(bound.metadata().annotations())
        .containsEntry("pv.kubernetes.io/bind-completed", "yes")
        .containsEntry("pv.kubernetes.io/bound-by-controller", "yes")
        .containsEntry(
            "volume.kubernetes.io/storage-provisioner", "kubemu.io/simulated-provisioner");
    PersistentVolume pv = api.get(PersistentVolume.class, null, pvName);
    assertThat(pv.status().phase()).isEqualTo("Bound");
    assertThat(pv.spec().persistentVolumeReclaimPolicy()).isEqualTo("Delete");
    assertThat(pv.spec().storageClassName()).isEqualTo("managed-nfs-storage");
    assertThat(pv.spec().capacity()).containsEntry("storage", Quantity.parse("2Gi"));
    assertThat(pv.spec().claimRef().name()).isEqualTo("data");
    assertThat(pv.spec().claimRef().uid()).isEqualTo(c.metadata().uid());
    assertThat(pv.metadata().annotation("pv.kubernetes.io/provisioned-by"))
        .isEqualTo("kubemu.io/simulated-provisioner");
    assertThat(pv.spec().nfs().server()).isEqualTo("nfs.kubemu.local"); // not a CSI driver name
    assertThat(pv.spec().nfs().path()).isEqualTo("/exports/" + pvName);
    assertThat(events("data"))
        .containsExactly(
            "persistentvolume-controller ExternalProvisioning: Waiting for a volume to be created"
                + " either by the external provisioner 'kubemu.io/simulated-provisioner' or"
                + " manually by the system administrator. If volume creation is delayed, please"
                + " verify that the provisioner is running and correctly registered.",
            "kubemu.io/simulated-provisioner Provisioning: External provisioner is provisioning"
                + " volume for claim \"apps/data\"",
            "kubemu.io/simulated-provisioner ProvisioningSucceeded: Successfully provisioned volume"
                + " "
                + pvName);
  }

  @Test
  void anInTreeClassProvisionsWithItsReclaimPolicyAndRetainedVolumesAreReleased() {
    create(
        """
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: local}
        provisioner: kubernetes.io/host-path
        reclaimPolicy: Retain
        """,
        StorageClass.class);
    PersistentVolumeClaim c = claim("data", "local", "1Gi");
    String pvName = "pvc-" + c.metadata().uid();
    assertThat(events("data"))
        .containsExactly(
            "persistentvolume-controller ProvisioningSucceeded: Successfully provisioned volume "
                + pvName
                + " using kubernetes.io/host-path");
    assertThat(api.get(PersistentVolume.class, null, pvName).spec().persistentVolumeReclaimPolicy())
        .isEqualTo("Retain");

    api.delete(PersistentVolumeClaim.class, "apps", "data");
    loop.runDue();
    PersistentVolume released = api.get(PersistentVolume.class, null, pvName);
    assertThat(released.status().phase()).isEqualTo("Released");
  }

  @Test
  void waitForFirstConsumerBindsOnceAPodUsingTheClaimHasANode() {
    create(
        """
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: csi-wffc}
        provisioner: ebs.csi.aws.com
        volumeBindingMode: WaitForFirstConsumer
        """,
        StorageClass.class);
    claim("data", "csi-wffc", "1Gi");
    assertThat(getClaim("data").status().phase()).isEqualTo("Pending");
    assertThat(events("data"))
        .containsExactly(
            "persistentvolume-controller WaitForFirstConsumer: waiting for first consumer to be"
                + " created before binding");
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
    assertThat(PodVolumes.schedulingProblem(pod, api)).isEmpty(); // delayed binding: schedulable
    assertThat(PodVolumes.claimsBound(pod, api)).isFalse(); // but the kubelet must wait

    api.update(api.get(Pod.class, "apps", "app").withNodeName("n1")); // scheduled
    loop.runDue();
    PersistentVolumeClaim c = getClaim("data");
    assertThat(c.metadata().annotation("volume.kubernetes.io/selected-node")).isEqualTo("n1");
    assertThat(c.status().phase()).isEqualTo("Bound");
    assertThat(PodVolumes.claimsBound(api.get(Pod.class, "apps", "app"), api)).isTrue();
    PersistentVolume pv = api.get(PersistentVolume.class, null, c.spec().volumeName());
    assertThat(pv.spec().csi().driver()).isEqualTo("ebs.csi.aws.com");
  }

  @Test
  void theNoProvisionerClassCannotProvision() {
    create(
        """
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: local-storage}
        provisioner: kubernetes.io/no-provisioner
        """,
        StorageClass.class);
    claim("data", "local-storage", "1Gi");
    assertThat(events("data"))
        .containsExactly(
            "persistentvolume-controller ProvisioningFailed: no volume plugin matched name:"
                + " kubernetes.io/no-provisioner");
  }

  @Test
  void aClaimWithoutClassGetsTheDefaultClassRetroactively() {
    PersistentVolumeClaim c =
        create(
            """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data, namespace: apps}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            """,
            PersistentVolumeClaim.class);
    create(
        """
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: standard
          annotations: {storageclass.kubernetes.io/is-default-class: "true"}
        provisioner: rancher.io/local-path
        """,
        StorageClass.class);
    loop.advance(PersistentVolumeController.RESYNC_PERIOD);
    PersistentVolumeClaim bound = getClaim("data");
    assertThat(bound.spec().storageClassName()).isEqualTo("standard");
    assertThat(bound.status().phase()).isEqualTo("Bound");
    assertThat(bound.spec().volumeName()).isEqualTo("pvc-" + c.metadata().uid());
  }
}
