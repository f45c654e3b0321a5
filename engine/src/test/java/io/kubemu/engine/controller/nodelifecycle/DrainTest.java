package io.kubemu.engine.controller.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrainTest {

  static final String RS =
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: {name: web, namespace: app}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: c, image: nginx}]}
      """;

  static final String DS =
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent, namespace: kube-system}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec: {containers: [{name: c, image: agent}]}
      """;

  static Pod ownedBy(Pod p, String kind, String name, String uid) {
    return p.withMetadata(
        p.metadata()
            .withOwnerReferences(
                List.of(new OwnerReference("apps/v1", kind, name, uid, true, true))));
  }

  static Pod withEmptyDir(Pod p) {
    return p.withSpec(p.spec().withVolumes(List.of(Volume.ofEmptyDir("scratch"))));
  }

  /**
   * n1 with a ReplicaSet pod, a DaemonSet pod, an emptyDir pod (of the ReplicaSet) and a bare pod.
   */
  static Cp cluster() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.node("n2");
    ReplicaSet rs = cp.create(RS, ReplicaSet.class);
    DaemonSet ds = cp.create(DS, DaemonSet.class);
    String rsUid = rs.metadata().uid();
    cp.pod("app", "web-1", "n1", p -> ownedBy(p, "ReplicaSet", "web", rsUid));
    cp.pod(
        "kube-system", "agent-1", "n1", p -> ownedBy(p, "DaemonSet", "agent", ds.metadata().uid()));
    cp.pod("app", "cache-1", "n1", p -> withEmptyDir(ownedBy(p, "ReplicaSet", "web", rsUid)));
    cp.pod("app", "bare", "n1", p -> p);
    cp.pod("app", "web-2", "n2", p -> ownedBy(p, "ReplicaSet", "web", rsUid));
    return cp;
  }

  @Test
  void withoutFlagsDrainFailsListingThePodsAsKubectl() {
    Cp cp = cluster();
    String err =
        "[cannot delete Pods that declare no controller (use --force to override): app/bare, cannot"
            + " delete Pods with local storage (use --delete-emptydir-data to override):"
            + " app/cache-1, cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to"
            + " ignore): kube-system/agent-1]";
    assertThatThrownBy(() -> cp.ops.drain("n1", DrainOptions.DEFAULT))
        .isInstanceOf(NodeOperationException.class)
        .hasMessage(err);
    assertThat(cp.getNode("n1").spec().unschedulable()).isTrue();
    assertThat(cp.pod("app", "web-1").metadata().deletionTimestamp()).isNull();
  }

  @Test
  void onlyTheDaemonSetFlagMissing() {
    Cp cp = cluster();
    Drain d =
        cp.ops.startDrain("n1", DrainOptions.DEFAULT.withDeleteEmptyDirData(true).withForce(true));
    assertThat(d.done()).isTrue();
    assertThat(d.output())
        .containsExactly(
            "node/n1 cordoned",
            "error: unable to drain node \"n1\" due to error: cannot delete DaemonSet-managed Pods"
                + " (use --ignore-daemonsets to ignore): kube-system/agent-1, continuing"
                + " command...",
            "There are pending nodes to be drained:",
            " n1",
            "error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore):"
                + " kube-system/agent-1");
  }

  @Test
  void withAllFlagsEvictsEverythingButTheDaemonSetPod() {
    Cp cp = cluster();
    List<String> out =
        cp.ops.drain(
            "n1",
            DrainOptions.DEFAULT
                .withIgnoreDaemonSets(true)
                .withDeleteEmptyDirData(true)
                .withForce(true));
    assertThat(out)
        .containsExactly(
            "node/n1 cordoned",
            "Warning: deleting Pods that declare no controller: app/bare; ignoring"
                + " DaemonSet-managed Pods: kube-system/agent-1",
            "evicting pod app/bare",
            "evicting pod app/cache-1",
            "evicting pod app/web-1",
            "pod/bare evicted",
            "pod/cache-1 evicted",
            "pod/web-1 evicted",
            "node/n1 drained");
    assertThat(cp.loop.now()).isEqualTo(cp.at(30));
    assertThat(cp.pod("kube-system", "agent-1")).isNotNull();
    assertThat(cp.pod("app", "web-2")).isNotNull();
  }

  @Test
  void aDisruptionBudgetBlocksTheEvictionUntilAReplacementIsReady() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.node("n2");
    String uid = cp.create(RS, ReplicaSet.class).metadata().uid();
    cp.pod("app", "web-1", "n1", p -> ownedBy(p, "ReplicaSet", "web", uid));
    cp.pod("app", "web-2", "n2", p -> ownedBy(p, "ReplicaSet", "web", uid));
    cp.create(
        """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web, namespace: app}
        spec: {minAvailable: 2, selector: {matchLabels: {app: web}}}
        """,
        PodDisruptionBudget.class);
    Drain d = cp.ops.startDrain("n1", DrainOptions.DEFAULT);
    String blocked =
        "error when evicting pods/\"web-1\" -n \"app\" (will retry after 5s): Cannot evict pod as"
            + " it would violate the pod's disruption budget.";
    assertThat(d.output()).containsExactly("node/n1 cordoned", "evicting pod app/web-1", blocked);

    cp.advanceTo(7); // a replacement comes up on n2
    cp.pod("app", "web-3", "n2", p -> ownedBy(p, "ReplicaSet", "web", uid));
    cp.loop.runUntil(d::done, java.time.Duration.ofMinutes(5));
    assertThat(d.output())
        .containsExactly(
            "node/n1 cordoned",
            "evicting pod app/web-1",
            blocked,
            "evicting pod app/web-1",
            blocked,
            "evicting pod app/web-1",
            "pod/web-1 evicted",
            "node/n1 drained");
    assertThat(cp.loop.now()).isEqualTo(cp.at(40));
    PodDisruptionBudget pdb = cp.api.get(PodDisruptionBudget.class, "app", "web");
    assertThat(pdb.status().currentHealthy()).isEqualTo(2);
  }

  @Test
  void aFailedDrainCarriesWhatKubectlPrintedBeforeItsError() {
    Cp cp = new Cp();
    cp.node("n1");
    cp.node("n2");
    String uid = cp.create(RS, ReplicaSet.class).metadata().uid();
    cp.pod("app", "web-1", "n1", p -> ownedBy(p, "ReplicaSet", "web", uid));
    cp.pod("app", "web-2", "n2", p -> ownedBy(p, "ReplicaSet", "web", uid));
    cp.create(
        """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web, namespace: app}
        spec: {minAvailable: 2, selector: {matchLabels: {app: web}}}
        """,
        PodDisruptionBudget.class);
    String blocked =
        "error when evicting pods/\"web-1\" -n \"app\" (will retry after 5s): Cannot evict pod as"
            + " it would violate the pod's disruption budget.";
    String timeout = "error when evicting pods/\"web-1\" -n \"app\": global timeout reached: 10s";
    assertThatThrownBy(
            () ->
                cp.ops.drain(
                    "n1", DrainOptions.DEFAULT.withTimeout(java.time.Duration.ofSeconds(10))))
        .isInstanceOfSatisfying(
            NodeOperationException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(timeout);
              assertThat(e.output())
                  .containsExactly(
                      "node/n1 cordoned",
                      "evicting pod app/web-1",
                      blocked,
                      "evicting pod app/web-1",
                      blocked,
                      "error: unable to drain node \"n1\" due to error: "
                          + timeout
                          + ", continuing command...",
                      "There are pending nodes to be drained:",
                      " n1");
            });
  }
}
