package io.kubemu.engine.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.scheduler.Explanation;
import io.kubemu.engine.scheduler.Scheduler;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.Volume;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.storage.StorageClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VolumeBinding's PreFilter against the API server, without the PV controller (claims are bound by
 * hand). Messages as kube-scheduler v1.30 words them: the PreFilter reason, then the preemption
 * part.
 */
class VolumeBindingTest {

  private EventLoop loop;
  private ApiServer api;
  private Scheduler scheduler;

  @BeforeEach
  void setUp() {
    loop = new EventLoop(Instant.parse("2024-01-01T00:00:00Z"), 3);
    api = new ApiServer(loop);
    scheduler = new Scheduler(api, new EventRecorder(api));
    scheduler.start();
    Node n = St.node("node-1").label(Node.LABEL_HOSTNAME, "node-1").obj();
    Node created = api.create(new Node(n.metadata(), n.spec(), null));
    Map<String, Quantity> alloc =
        Map.of(
            "cpu",
            Quantity.parse("4"),
            "memory",
            Quantity.parse("8Gi"),
            "pods",
            Quantity.parse("110"));
    api.updateStatus(
        created.withStatus(NodeStatus.EMPTY.withAllocatable(alloc).withCapacity(alloc)));
  }

  private Pod podWithClaim(String claim) {
    Pod p = St.pod("web").uid(null).obj();
    return api.create(
        Pod.of(
            ObjectMeta.named("default", "web"),
            p.spec().withVolumes(List.of(Volume.ofClaim("data", claim)))));
  }

  private PersistentVolumeClaim claim(String name, String storageClass) {
    String yaml =
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: "
            + name
            + "\n  namespace: default\nspec:\n  accessModes: [ReadWriteOnce]\n"
            + (storageClass == null ? "" : "  storageClassName: " + storageClass + "\n")
            + "  resources:\n    requests:\n      storage: 1Gi\n";
    return api.create(Manifests.readOne(yaml, PersistentVolumeClaim.class));
  }

  private Pod web() {
    return api.get(Pod.class, "default", "web");
  }

  private String scheduledMessage() {
    PodCondition c = web().status().conditions().get(0);
    assertThat(c.type()).isEqualTo("PodScheduled");
    assertThat(c.status()).isEqualTo("False");
    return c.message();
  }

  @Test
  void podsWithoutClaimsSkipThePlugin() {
    api.create(St.pod("plain").uid(null).obj());
    loop.runUntilIdle();
    assertThat(api.get(Pod.class, "default", "plain").spec().nodeName()).isEqualTo("node-1");
  }

  @Test
  void aMissingClaimKeepsThePodPendingUntilItIsBound() {
    podWithClaim("data");
    loop.runUntilIdle();
    assertThat(web().spec().nodeName()).isNull();
    assertThat(scheduledMessage())
        .isEqualTo(
            "0/1 nodes are available: persistentvolumeclaim \"data\" not found. preemption: 0/1"
                + " nodes are available: 1 Preemption is not helpful for scheduling..");
    Explanation ex = scheduler.explain("default", "web").orElseThrow();
    assertThat(ex.scheduled()).isFalse();

    // the claim appears, unbound, with Immediate binding (no class)
    PersistentVolumeClaim c = claim("data", null);
    loop.advance(Duration.ofSeconds(2));
    assertThat(web().spec().nodeName()).isNull();
    assertThat(scheduledMessage())
        .isEqualTo(
            "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims."
                + " preemption: 0/1 nodes are available: 1 Preemption is not helpful for"
                + " scheduling..");

    // bound (as the PV controller would): the claim's update retries the pod
    api.updateStatus(
        c.withStatus(
            PersistentVolumeClaimStatus.EMPTY.withPhase(PersistentVolumeClaim.PHASE_BOUND)));
    loop.advance(Duration.ofSeconds(2));
    assertThat(web().spec().nodeName()).isEqualTo("node-1");
  }

  @Test
  void aClaimBeingDeletedIsNamed() {
    PersistentVolumeClaim c = claim("data", null);
    api.update(
        c.withMetadata(c.metadata().withFinalizers(List.of("kubernetes.io/pvc-protection"))));
    api.delete(PersistentVolumeClaim.class, "default", "data");
    podWithClaim("data");
    loop.runUntilIdle();
    assertThat(scheduledMessage())
        .startsWith("0/1 nodes are available: persistentvolumeclaim \"data\" is being deleted.");
  }

  @Test
  void waitForFirstConsumerClaimsMayBeUnbound() {
    api.create(
        Manifests.readOne(
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: local\n"
                + "provisioner: kubernetes.io/no-provisioner\n"
                + "volumeBindingMode: WaitForFirstConsumer\n",
            StorageClass.class));
    claim("data", "local");
    podWithClaim("data");
    loop.runUntilIdle();
    assertThat(web().spec().nodeName()).isEqualTo("node-1");
  }
}
