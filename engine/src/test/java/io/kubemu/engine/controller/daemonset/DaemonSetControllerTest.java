package io.kubemu.engine.controller.daemonset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.controller.job.ControllerHarness;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DaemonSet controller on the seed's proxy manifests and the two hdss7 nodes ({@link
 * ProxyFixture}): one pod per node, RollingUpdate with maxUnavailable 1, history and undo, nodes
 * added and removed, failed pods, taints.
 */
class DaemonSetControllerTest {

  static final String KEY = ProxyFixture.KEY;
  static final String N21 = ProxyFixture.N21;
  static final String N22 = ProxyFixture.N22;

  ProxyFixture f;
  ControllerHarness h;
  DaemonSetRollouts rollouts;

  @BeforeEach
  void setUp() {
    f = new ProxyFixture();
    h = f.h;
    rollouts = f.rollouts;
  }

  DaemonSet ds() {
    return f.ds();
  }

  DaemonSet apply(String file) {
    return f.apply(file);
  }

  List<Pod> pods() {
    return f.pods();
  }

  int availableNodes() {
    return f.availableNodes();
  }

  static String image(Pod p) {
    return ProxyFixture.image(p);
  }

  @Test
  void seedProxyRunsOnePodPerNodeThenRollsToV113OneNodeAtATime() {
    apply("proxy-v1.12.yaml");
    List<Pod> pods = pods();
    assertThat(pods).hasSize(2);
    assertThat(pods)
        .extracting(DaemonSetUtil::getTargetNodeName)
        .containsExactlyInAnyOrder(N21, N22);
    Pod p = pods.get(0);
    assertThat(p.metadata().name()).matches("proxy-daemonset-[a-z0-9]{5}");
    assertThat(
            p.spec()
                .affinity()
                .nodeAffinity()
                .requiredDuringSchedulingIgnoredDuringExecution()
                .nodeSelectorTerms()
                .get(0)
                .matchFields()
                .get(0)
                .key())
        .isEqualTo("metadata.name");
    assertThat(p.spec().tolerations())
        .extracting(Taint -> Taint.key())
        .contains(Taint.NOT_READY, Taint.UNREACHABLE, Taint.UNSCHEDULABLE);
    h.advance(Duration.ofSeconds(10));
    DaemonSetStatus s = ds().status();
    assertThat(
            List.of(
                s.desiredNumberScheduled(),
                s.currentNumberScheduled(),
                s.numberReady(),
                s.numberAvailable(),
                s.updatedNumberScheduled(),
                s.numberMisscheduled()))
        .containsExactly(2, 2, 2, 2, 2, 0);
    assertThat(s.numberUnavailable()).isNull();
    assertThat(s.observedGeneration()).isEqualTo(1L);
    List<ControllerRevision> revs = rollouts.revisions(KEY);
    assertThat(revs).hasSize(1);
    String hash1 = revs.get(0).metadata().label(DaemonSetUtil.REVISION_HASH_LABEL);
    assertThat(revs.get(0).metadata().name()).isEqualTo("proxy-daemonset-" + hash1);
    assertThat(revs.get(0).revision()).isEqualTo(1L);
    assertThat(pods())
        .allMatch(x -> hash1.equals(x.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL)));
    assertThat(rollouts.status(KEY))
        .containsExactly("daemon set \"proxy-daemonset\" successfully rolled out");

    int[] maxUnavailable = {0};
    h.api.watch(
        Pod.class,
        null,
        e -> maxUnavailable[0] = Math.max(maxUnavailable[0], 2 - availableNodes()));
    apply("proxy-v1.13.yaml");
    // the update returns once the controller reacted: one old pod is already going
    List<String> lines = rollouts.status(KEY);
    assertThat(lines.get(0))
        .isEqualTo(
            "Waiting for daemon set \"proxy-daemonset\" rollout to finish: 0 out of 2 new pods have"
                + " been updated...");
    assertThat(lines)
        .contains(
            "Waiting for daemon set \"proxy-daemonset\" rollout to finish: 1 out of 2 new pods have"
                + " been updated...",
            "Waiting for daemon set \"proxy-daemonset\" rollout to finish: 1 of 2 updated pods are"
                + " available...")
        .last()
        .isEqualTo("daemon set \"proxy-daemonset\" successfully rolled out");
    assertThat(maxUnavailable[0]).isEqualTo(1); // maxUnavailable: 1
    assertThat(pods()).hasSize(2).allMatch(x -> image(x).endsWith("nginx:v1.13"));
    assertThat(rollouts.history(KEY))
        .isEqualTo(
            "daemonset.apps/proxy-daemonset \nREVISION  CHANGE-CAUSE\n1         <none>\n"
                + "2         <none>\n\n");
    assertThat(h.events(ds())).filteredOn(e -> e.startsWith("Normal SuccessfulDelete")).hasSize(2);

    // undo: revision 1's template comes back as revision 3
    assertThat(rollouts.undo(KEY)).isEqualTo("daemonset.apps/proxy-daemonset rolled back");
    assertThat(rollouts.status(KEY))
        .last()
        .isEqualTo("daemon set \"proxy-daemonset\" successfully rolled out");
    assertThat(rollouts.revisions(KEY))
        .extracting(ControllerRevision::revision)
        .containsExactly(2L, 3L);
    assertThat(pods()).allMatch(x -> image(x).endsWith("nginx:v1.12"));
    assertThat(rollouts.undo(KEY, 3))
        .isEqualTo(
            "daemonset.apps/proxy-daemonset skipped rollback (current template already matches"
                + " revision 3)");
    assertThatThrownBy(() -> rollouts.undo(KEY, 9))
        .hasMessage("unable to find specified revision 9 in history");
  }

  @Test
  void addedNodeGetsAPodAndRemovedNodesLoseTheirs() {
    apply("proxy-v1.12.yaml");
    h.advance(Duration.ofSeconds(10));
    h.create(new Node(ObjectMeta.named("hdss7-23.host.com"), null, null));
    assertThat(pods())
        .extracting(DaemonSetUtil::getTargetNodeName)
        .containsExactlyInAnyOrder(N21, N22, "hdss7-23.host.com");
    h.advance(Duration.ofSeconds(10));
    assertThat(ds().status().desiredNumberScheduled()).isEqualTo(3);
    assertThat(ds().status().numberAvailable()).isEqualTo(3);

    // the pod of a removed node is the pod GC's (played here); the DaemonSet does not replace it
    h.api.delete(Node.class, null, "hdss7-23.host.com");
    Pod orphaned =
        pods().stream()
            .filter(p -> "hdss7-23.host.com".equals(p.spec().nodeName()))
            .findFirst()
            .get();
    h.api.delete(Pod.class, "app", orphaned.metadata().name());
    h.advance(Duration.ofSeconds(5));
    assertThat(pods()).hasSize(2);
    assertThat(ds().status().desiredNumberScheduled()).isEqualTo(2);

    // an unscheduled pod whose node was removed is deleted by the DaemonSet controller itself
    h.create(
        new Node(
            ObjectMeta.named("hdss7-24.host.com").withLabel("scheduling", "pending"), null, null));
    assertThat(pods()).hasSize(3);
    h.api.delete(Node.class, null, "hdss7-24.host.com");
    h.api.update(ds().withMetadata(ds().metadata().withAnnotation("touch", "1"))); // any sync
    h.advance(Duration.ofSeconds(1));
    assertThat(pods())
        .extracting(DaemonSetUtil::getTargetNodeName)
        .containsExactlyInAnyOrder(N21, N22);
  }

  @Test
  void failedDaemonPodIsReplaced() {
    apply("proxy-v1.12.yaml");
    h.advance(Duration.ofSeconds(10));
    Pod victim = pods().stream().filter(p -> N22.equals(p.spec().nodeName())).findFirst().get();
    h.terminated(victim, 137);
    h.loop.runDue();
    assertThat(h.events(ds()))
        .contains(
            "Warning FailedDaemonPod Found failed daemon pod app/"
                + victim.metadata().name()
                + " on node "
                + N22
                + ", will try to kill it");
    List<Pod> now = pods();
    assertThat(now).hasSize(2).noneMatch(p -> p.metadata().name().equals(victim.metadata().name()));
    assertThat(now)
        .extracting(DaemonSetUtil::getTargetNodeName)
        .containsExactlyInAnyOrder(N21, N22);
  }

  @Test
  void taintsDecideWhereTheDaemonRuns() {
    apply("proxy-v1.12.yaml");
    h.advance(Duration.ofSeconds(10));
    Node n22 = h.api.get(Node.class, null, N22);
    // NoSchedule: the running pod stays but no longer counts as desired (misscheduled)
    h.api.update(
        n22.withSpec(
            NodeSpec.EMPTY.withTaints(
                List.of(new Taint("dedicated", "db", Taint.EFFECT_NO_SCHEDULE, null)))));
    h.advance(Duration.ofSeconds(1));
    assertThat(pods()).hasSize(2);
    assertThat(ds().status().desiredNumberScheduled()).isEqualTo(1);
    assertThat(ds().status().numberMisscheduled()).isEqualTo(1);
    // NoExecute not tolerated: the pod goes
    n22 = h.api.get(Node.class, null, N22);
    h.api.update(
        n22.withSpec(
            NodeSpec.EMPTY.withTaints(
                List.of(new Taint("dedicated", "db", Taint.EFFECT_NO_EXECUTE, null)))));
    h.advance(Duration.ofSeconds(2));
    assertThat(pods()).extracting(DaemonSetUtil::getTargetNodeName).containsExactly(N21);
    assertThat(ds().status().numberMisscheduled()).isZero();
    // a not-ready node keeps its daemon pod: the automatic tolerations
    Node n21 = h.api.get(Node.class, null, N21);
    h.api.update(
        n21.withSpec(
            NodeSpec.EMPTY.withTaints(
                List.of(Taint.of(Taint.NOT_READY, Taint.EFFECT_NO_EXECUTE)))));
    h.advance(Duration.ofSeconds(2));
    assertThat(pods()).extracting(DaemonSetUtil::getTargetNodeName).containsExactly(N21);
  }
}
