package io.kubemu.engine.controller.daemonset;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller's write-fed index agrees with the API server's lists at every instant. */
class DaemonSetIndexTest {

  private final Cluster cluster =
      Cluster.builder().controllers(false).scheduler(false).kubelets(false).build();
  private final ApiServer api = cluster.api();

  @AfterEach
  void close() {
    cluster.close();
  }

  private static Pod daemonPod(String name, String ownerUid) {
    Pod p = pod(name).namespace("kube-system").container(container("c").image("pause")).build();
    if (ownerUid == null) return p;
    OwnerReference ref = new OwnerReference("apps/v1", "DaemonSet", "ds", ownerUid, true, true);
    return p.withMetadata(p.metadata().withOwnerReferences(List.of(ref)));
  }

  private List<String> claimable(DaemonSetIndex index, String uid) {
    return index.claimable("kube-system", uid).stream().map(e -> e.pod.metadata().name()).toList();
  }

  @Test
  void orphansAndOwnPodsMergedInNameOrderWithoutOtherControllersPods() {
    api.create(daemonPod("b-mine", "uid-1"));
    api.create(daemonPod("a-orphan", null));
    DaemonSetIndex index = new DaemonSetIndex(api); // loads what is stored
    api.create(daemonPod("c-other", "uid-2"));
    api.create(daemonPod("d-orphan", null));
    api.create(daemonPod("a-mine", "uid-1"));
    Pod elsewhere = daemonPod("x", null);
    api.create(elsewhere.withMetadata(elsewhere.metadata().withNamespace("default")));

    assertThat(claimable(index, "uid-1"))
        .containsExactly("a-mine", "a-orphan", "b-mine", "d-orphan");
    assertThat(claimable(index, "uid-2")).containsExactly("a-orphan", "c-other", "d-orphan");
    assertThat(claimable(index, "uid-3")).containsExactly("a-orphan", "d-orphan");
  }

  @Test
  void followsAdoptionReleaseAndDeletion() {
    DaemonSetIndex index = new DaemonSetIndex(api);
    Pod orphan = api.create(daemonPod("p", null));
    assertThat(claimable(index, "uid-1")).containsExactly("p");

    Pod adopted =
        api.update(
            orphan.withMetadata(
                orphan
                    .metadata()
                    .withOwnerReferences(daemonPod("p", "uid-2").metadata().ownerReferences())));
    assertThat(claimable(index, "uid-1")).isEmpty();
    assertThat(index.claimable("kube-system", "uid-2").get(0).pod).isEqualTo(adopted);
    assertThat(index.claimable("kube-system", "uid-2").get(0).owned).isTrue();

    api.delete(Pod.class, "kube-system", "p");
    for (int i = 0; i < 10 && api.find(Pod.class, "kube-system", "p").isPresent(); i++) {
      cluster.advance(Duration.ofSeconds(10));
    }
    assertThat(api.find(Pod.class, "kube-system", "p")).isEmpty();
    assertThat(claimable(index, "uid-2")).isEmpty();
  }

  @Test
  void nodesSortedAsTheApiListsThem() {
    DaemonSetIndex index = new DaemonSetIndex(api);
    for (String n : List.of("node-10", "node-2", "node-1")) api.create(node(n).build());
    assertThat(index.nodes()).isEqualTo(api.list(Node.class));
    assertThat(index.node("node-2")).isEqualTo(api.get(Node.class, null, "node-2"));

    api.delete(Node.class, null, "node-2");
    assertThat(index.nodes()).isEqualTo(api.list(Node.class));
    assertThat(index.node("node-2")).isNull();
  }
}
