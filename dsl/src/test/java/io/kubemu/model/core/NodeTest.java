package io.kubemu.model.core;

import static io.kubemu.model.core.PodTest.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTest {

  @Test
  void readsTheSeedNodesWithTaintsAndLabels() {
    List<Node> nodes =
        CoreYaml.docs("seed/manifests/nodes-centos7.yaml").stream()
            .map(d -> CoreYaml.bind(d, Node.class))
            .toList();

    assertThat(nodes)
        .extracting(n -> n.metadata().name())
        .containsExactly(
            "centos-7-51",
            "centos-7-52",
            "centos-7-53",
            "centos-7-54",
            "centos-7-55",
            "centos-7-56");
    assertThat(nodes.get(0).metadata().labels())
        .containsExactly(entry("node-role.kubernetes.io/master", ""));
    assertThat(nodes.get(0).spec().taints())
        .containsExactly(Taint.of("node-role.kubernetes.io/master", Taint.EFFECT_NO_SCHEDULE));
    assertThat(nodes.get(3).spec()).as("no spec in the manifest").isNull();
    assertThat(nodes.get(3).metadata().labels())
        .containsExactly(entry("ssd", "true"), entry("cpu", "high"));
    assertThat(nodes).allSatisfy(n -> assertThat(n.metadata().namespace()).isNull());
  }

  @Test
  void readsStatus() {
    Node node = CoreYaml.read("io/kubemu/model/core/node-full.yaml", Node.class);
    NodeStatus status = node.status();

    assertThat(node.spec().unschedulable()).isTrue();
    assertThat(node.spec().taints().get(0).timeAdded())
        .isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
    assertThat(status.capacity())
        .containsExactly(
            entry("cpu", q("4")),
            entry("memory", q("8Gi")),
            entry("pods", q("110")),
            entry("ephemeral-storage", q("100Gi")));
    assertThat(status.allocatable().get("cpu")).isEqualTo(q("3800m"));
    assertThat(status.condition(NodeCondition.READY).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(status.condition(NodeCondition.MEMORY_PRESSURE).reason())
        .isEqualTo("KubeletHasSufficientMemory");
    assertThat(status.condition(NodeCondition.DISK_PRESSURE)).isNull();
    assertThat(status.addresses())
        .containsExactly(
            new NodeAddress(NodeAddress.INTERNAL_IP, "192.168.0.11"),
            new NodeAddress(NodeAddress.HOSTNAME, "node-1"));
    assertThat(status.nodeInfo().kubeletVersion()).isEqualTo("v1.30.0");
    assertThat(status.images().get(0).sizeBytes()).isEqualTo(70_000_000L);
  }

  @Test
  void withersKeepTheRest() {
    Node node = CoreYaml.read("io/kubemu/model/core/node-full.yaml", Node.class);

    Node cordoned = node.withSpec(node.spec().withUnschedulable(false).withTaints(List.of()));

    assertThat(cordoned.spec().unschedulable()).isFalse();
    assertThat(cordoned.spec().taints()).isEmpty();
    assertThat(cordoned.spec().podCIDRs()).isEqualTo(node.spec().podCIDRs());
    assertThat(cordoned.status()).isSameAs(node.status());
    assertThat(node.withStatus(null).status()).isNull();
  }
}
