package io.kubemu.engine.controller.garbagecollector;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cascading deletion over a hand-made Deployment → ReplicaSet → Pods tree. */
class GarbageCollectorTest {

  final EventLoop loop = new EventLoop(Instant.parse("2026-01-01T00:00:00Z"), 1);
  final Timeline timeline = new Timeline();
  final ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);

  GarbageCollectorTest() {
    DefaultAdmission.install(api);
    new GarbageCollector(new ControllerContext(api, loop, new EventRecorder(api))).start();
    loop.runDue();
  }

  static OwnerReference ref(KubernetesObject owner, boolean block) {
    return new OwnerReference(
        owner.apiVersion(),
        owner.kind(),
        owner.metadata().name(),
        owner.metadata().uid(),
        true,
        block);
  }

  /** A reference that is not the controller's (an object has at most one controller). */
  static OwnerReference plain(KubernetesObject owner) {
    return new OwnerReference(
        owner.apiVersion(),
        owner.kind(),
        owner.metadata().name(),
        owner.metadata().uid(),
        null,
        null);
  }

  static final String TEMPLATE =
      """
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: c, image: nginx}]
      """;

  Deployment deployment() {
    return api.create(
        Manifests.readOne(
            "apiVersion: apps/v1\n"
                + "kind: Deployment\n"
                + "metadata: {name: web, namespace: default}\n"
                + "spec:\n"
                + TEMPLATE,
            Deployment.class));
  }

  ReplicaSet replicaSet(String name, KubernetesObject owner) {
    ReplicaSet rs =
        Manifests.readOne(
            "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: "
                + name
                + ", namespace: default}\nspec:\n"
                + TEMPLATE,
            ReplicaSet.class);
    return api.create(
        rs.withMetadata(rs.metadata().withOwnerReferences(List.of(ref(owner, true)))));
  }

  Pod pod(String name, OwnerReference... owners) {
    return pod(name, null, owners);
  }

  /** A pod; bound to a node (so deleted gracefully, in 30 s) when {@code node} is not null. */
  Pod pod(String name, String node, OwnerReference... owners) {
    Pod p =
        Manifests.readOne(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: "
                + name
                + ", namespace: default, labels: {app: web}}\n"
                + "spec:\n  containers: [{name: c, image: nginx}]\n",
            Pod.class);
    if (node != null) p = p.withNodeName(node);
    return api.create(p.withMetadata(p.metadata().withOwnerReferences(List.of(owners))));
  }

  boolean exists(Class<? extends KubernetesObject> type, String name) {
    return api.find(type, "default", name).isPresent();
  }

  /** {@return the names removed for good, in order} */
  List<String> removals() {
    return timeline.withVerb(Verb.DELETED_FINAL).stream().map(e -> e.key()).toList();
  }

  @Test
  void backgroundDeletesTheTreeAfterTheOwnerIsGone() {
    Deployment d = deployment();
    ReplicaSet rs = replicaSet("web-1", d);
    pod("web-1-a", ref(rs, true));
    pod("web-1-b", ref(rs, true));
    loop.runDue();

    api.delete(Deployment.class, "default", "web"); // background by default
    assertThat(exists(ReplicaSet.class, "web-1")).isTrue(); // nothing happens before the GC runs
    loop.runDue();
    assertThat(exists(ReplicaSet.class, "web-1")).isFalse();
    assertThat(exists(Pod.class, "web-1-a")).isFalse();
    assertThat(exists(Pod.class, "web-1-b")).isFalse();
    assertThat(removals())
        .containsExactly("default/web", "default/web-1", "default/web-1-a", "default/web-1-b");
  }

  @Test
  void foregroundRemovesTheOwnerLast() {
    Deployment d = deployment();
    ReplicaSet rs = replicaSet("web-1", d);
    pod("web-1-a", ref(rs, true));
    pod("web-1-b", ref(rs, true));
    loop.runDue();

    api.delete(
        Deployment.class,
        "default",
        "web",
        DeleteOptions.propagation(PropagationPolicy.FOREGROUND));
    Deployment held = api.get(Deployment.class, "default", "web");
    assertThat(held.metadata().deletionTimestamp()).isNotNull();
    assertThat(held.metadata().finalizers()).containsExactly("foregroundDeletion");
    loop.runDue();
    assertThat(exists(Deployment.class, "web")).isFalse();
    assertThat(removals())
        .containsExactly("default/web-1-a", "default/web-1-b", "default/web-1", "default/web");
  }

  @Test
  void foregroundWaitsOnlyForBlockingDependents() {
    ConfigMap owner =
        api.create(
            Manifests.readOne(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: owner, namespace: default}\n",
                ConfigMap.class));
    pod("blocking", "node-1", ref(owner, true));
    pod("free", "node-1", ref(owner, false));
    loop.runDue();
    api.delete(
        ConfigMap.class,
        "default",
        "owner",
        DeleteOptions.propagation(PropagationPolicy.FOREGROUND));
    loop.runDue();
    // the pods terminate for their 30 s grace period; the owner waits for the blocking one
    assertThat(api.get(Pod.class, "default", "blocking").metadata().deletionTimestamp())
        .isNotNull();
    assertThat(exists(ConfigMap.class, "owner")).isTrue();
    loop.advance(java.time.Duration.ofSeconds(31));
    assertThat(exists(ConfigMap.class, "owner")).isFalse();
    assertThat(exists(Pod.class, "blocking")).isFalse();
    assertThat(exists(Pod.class, "free")).isFalse();
    assertThat(removals().indexOf("default/blocking"))
        .isLessThan(removals().indexOf("default/owner"));
  }

  @Test
  void orphanKeepsDependentsAndDropsTheirReferences() {
    Deployment d = deployment();
    ReplicaSet rs = replicaSet("web-1", d);
    pod("web-1-a", ref(rs, true));
    loop.runDue();

    api.delete(
        Deployment.class, "default", "web", DeleteOptions.propagation(PropagationPolicy.ORPHAN));
    assertThat(api.get(Deployment.class, "default", "web").metadata().finalizers())
        .containsExactly("orphan");
    loop.runDue();
    assertThat(exists(Deployment.class, "web")).isFalse();
    ReplicaSet kept = api.get(ReplicaSet.class, "default", "web-1");
    assertThat(kept.metadata().ownerReferences()).isEmpty();
    assertThat(api.get(Pod.class, "default", "web-1-a").metadata().ownerReferences())
        .containsExactly(ref(rs, true));
  }

  @Test
  void aDependentWithAnotherLiveOwnerOnlyLosesTheReference() {
    ConfigMap a =
        api.create(
            Manifests.readOne(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: default}\n",
                ConfigMap.class));
    ConfigMap b =
        api.create(
            Manifests.readOne(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: default}\n",
                ConfigMap.class));
    pod("shared", plain(a), plain(b));
    loop.runDue();

    api.delete(ConfigMap.class, "default", "a");
    loop.runDue();
    assertThat(api.get(Pod.class, "default", "shared").metadata().ownerReferences())
        .containsExactly(plain(b));

    api.delete(ConfigMap.class, "default", "b");
    loop.runDue();
    assertThat(exists(Pod.class, "shared")).isFalse();
  }

  @Test
  void danglingReferencesCountAsAbsentOwners() {
    OwnerReference ghost =
        new OwnerReference("apps/v1", "ReplicaSet", "ghost", "no-such-uid", true, true);
    pod("orphaned", ghost);
    loop.runDue();
    assertThat(exists(Pod.class, "orphaned")).isFalse();

    // a live owner of that name but another uid is absent too
    Deployment d = deployment();
    pod(
        "stale",
        new OwnerReference("apps/v1", "Deployment", "web", "old-uid", null, null),
        plain(d));
    loop.runDue();
    assertThat(api.get(Pod.class, "default", "stale").metadata().ownerReferences())
        .containsExactly(plain(d));
  }
}
