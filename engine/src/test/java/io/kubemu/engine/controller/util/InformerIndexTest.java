package io.kubemu.engine.controller.util;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pod index by controller uid of {@link Informer} and {@link ControllerUtils#ownedOrOrphaned}.
 */
class InformerIndexTest {

  static final OwnerReference A =
      new OwnerReference("apps/v1", "ReplicaSet", "a", "uid-a", true, true);
  static final OwnerReference B =
      new OwnerReference("apps/v1", "ReplicaSet", "b", "uid-b", true, true);

  static Pod pod(String ns, String name, OwnerReference owner) {
    Pod p =
        Manifests.readOne(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: %s
              namespace: %s
            spec:
              containers:
              - name: web
                image: nginx:1.25
            """
                .formatted(name, ns),
            Pod.class);
    return p.withMetadata(
        p.metadata().withOwnerReferences(owner == null ? List.of() : List.of(owner)));
  }

  static List<String> names(List<Pod> pods) {
    return pods.stream().map(p -> p.metadata().namespace() + "/" + p.metadata().name()).toList();
  }

  @Test
  void indexFollowsCreationsOwnerChangesAndDeletions() {
    Harness h = new Harness(1, false);
    Informer<Pod> pods =
        new Informer<>(h.api, Pod.class)
            .addIndex(
                ControllerUtils.POD_CONTROLLER_UID_INDEX, ControllerUtils::controllerUidIndex);
    pods.start();
    h.api.create(pod("app", "p3", A));
    h.api.create(pod("app", "p1", A));
    h.api.create(pod("app", "p2", null));
    h.api.create(pod("app", "p0", B));
    h.api.create(pod("other", "p4", A));
    h.api.create(pod("other", "p5", null));
    h.loop.runDue();

    String idx = ControllerUtils.POD_CONTROLLER_UID_INDEX;
    assertThat(names(pods.byIndex(idx, "uid-a"))).containsExactly("app/p1", "app/p3", "other/p4");
    assertThat(names(pods.byIndex(idx, ControllerUtils.orphanIndexKey("app"))))
        .containsExactly("app/p2");
    assertThat(pods.byIndexCount(idx, ControllerUtils.orphanIndexKey("other"))).isEqualTo(1);
    assertThat(pods.byIndexCount(idx, "uid-none")).isZero();
    // owned by A or orphaned, in app, by name: B's pod and the other namespace's are left out
    assertThat(names(ControllerUtils.ownedOrOrphaned(pods, "app", "uid-a")))
        .containsExactly("app/p1", "app/p2", "app/p3");

    Pod p1 = h.api.get(Pod.class, "app", "p1");
    h.api.update(p1.withMetadata(p1.metadata().withOwnerReferences(List.of(B))));
    h.api.delete(Pod.class, "app", "p2", io.kubemu.engine.api.DeleteOptions.gracePeriod(0));
    h.loop.runDue();
    assertThat(names(pods.byIndex(idx, "uid-a"))).containsExactly("app/p3", "other/p4");
    assertThat(names(pods.byIndex(idx, "uid-b"))).containsExactly("app/p0", "app/p1");
    assertThat(pods.byIndexCount(idx, ControllerUtils.orphanIndexKey("app"))).isZero();
    assertThat(names(ControllerUtils.ownedOrOrphaned(pods, "app", "uid-b")))
        .containsExactly("app/p0", "app/p1");
  }
}
