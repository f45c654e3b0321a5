package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.ContainerImage;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeRegistrationTest {

  @Test
  void theKubeletRegistersItsNodesStatus() {
    Harness h = Harness.start();
    Node n = h.api.get(Node.class, null, "hdss7-22.host.com");
    assertThat(n.spec().podCIDR()).isEqualTo("10.244.1.0/24");
    assertThat(n.metadata().labels())
        .containsEntry("kubernetes.io/hostname", "hdss7-22.host.com")
        .containsEntry("kubernetes.io/os", "linux")
        .containsEntry("kubernetes.io/arch", "amd64");
    NodeStatus s = n.status();
    assertThat(s.capacity())
        .containsEntry("cpu", Quantity.parse("4"))
        .containsEntry("memory", Quantity.parse("8Gi"))
        .containsEntry("pods", Quantity.parse("110"))
        .containsEntry("ephemeral-storage", Quantity.parse("100Gi"));
    assertThat(s.allocatable()).isEqualTo(s.capacity());
    assertThat(s.conditions())
        .extracting(NodeCondition::type, NodeCondition::status, NodeCondition::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "MemoryPressure", "False", "KubeletHasSufficientMemory"),
            org.assertj.core.groups.Tuple.tuple(
                "DiskPressure", "False", "KubeletHasNoDiskPressure"),
            org.assertj.core.groups.Tuple.tuple("PIDPressure", "False", "KubeletHasSufficientPID"),
            org.assertj.core.groups.Tuple.tuple("Ready", "True", "KubeletReady"));
    assertThat(s.condition(NodeCondition.READY).message())
        .isEqualTo("kubelet is posting ready status");
    assertThat(s.addresses())
        .containsExactly(
            new NodeAddress("InternalIP", "192.168.0.11"),
            new NodeAddress("Hostname", "hdss7-22.host.com"));
    assertThat(s.nodeInfo().kubeletVersion()).isEqualTo("v1.30.0");
    assertThat(s.nodeInfo().containerRuntimeVersion()).isEqualTo("kubemu://1.0");
    assertThat(s.nodeInfo().operatingSystem()).isEqualTo("linux");
    assertThat(s.nodeInfo().architecture()).isEqualTo("amd64");
    assertThat(h.api.list(Event.class, "default"))
        .filteredOn(e -> e.involvedObject().name().equals("hdss7-22.host.com"))
        .extracting(Event::reason)
        .containsExactlyInAnyOrder(
            "Starting",
            "NodeAllocatableEnforced",
            "NodeHasSufficientMemory",
            "NodeHasNoDiskPressure",
            "NodeHasSufficientPID",
            "NodeReady");
  }

  @Test
  void whatTheNodeStatesIsKeptAndItsImagesArePresent() {
    Harness h = Harness.start();
    Node given =
        new Node(
            ObjectMeta.named("big"),
            null,
            NodeStatus.EMPTY
                .withCapacity(
                    Map.of("cpu", Quantity.parse("32"), "memory", Quantity.parse("128Gi")))
                .withAddresses(List.of(new NodeAddress("InternalIP", "10.0.0.5")))
                .withImages(List.of(new ContainerImage(List.of("busybox:1.36"), 4_300_000L))));
    h.api.create(given);
    h.api.updateStatus(h.api.get(Node.class, null, "big").withStatus(given.status()));
    h.loop.runDue();
    NodeStatus s = h.api.get(Node.class, null, "big").status();
    assertThat(s.capacity().get("cpu")).isEqualTo(Quantity.parse("32"));
    assertThat(s.allocatable()).isEqualTo(s.capacity());
    assertThat(s.addresses()).contains(new NodeAddress("InternalIP", "10.0.0.5"));
    Kubelet k = h.kubelets.kubelet("big").orElseThrow();
    assertThat(k.hostIP()).isEqualTo("10.0.0.5");
    assertThat(k.runtime().images().present("busybox:1.36")).isTrue();
  }

  @Test
  void aDeletedNodesKubeletStops() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.loop.runUntilIdle();
    Kubelet k = h.kubelets.kubelet(Harness.NODE).orElseThrow();
    h.api.delete(Node.class, null, Harness.NODE);
    h.loop.runDue();
    assertThat(h.kubelets.kubelet(Harness.NODE)).isEmpty();
    assertThat(k.stopped()).isTrue();
    assertThat(k.runtime().sandboxes().get(0).running()).isEmpty();
  }
}
