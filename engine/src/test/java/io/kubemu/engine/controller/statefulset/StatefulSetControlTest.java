package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.ControlHarness.newStatefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream's stateful_set_control_test.go ordering cases, on {@link ControlHarness}. */
class StatefulSetControlTest {

  @Test
  void orderedReadyCreatesOnePodPerSyncAndWaitsForItToBeReady() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));

    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Claim datadir-web-0", "create Pod web-0");
    h.sync(); // web-0 Pending: nothing more
    assertThat(h.om.drainCalls()).isEmpty();
    h.om.setPhase("web-0", Pod.PHASE_RUNNING); // running but not ready: still waiting
    h.sync();
    assertThat(h.om.drainCalls()).isEmpty();
    h.om.setRunningReady("web-0", h.loop.now());
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Claim datadir-web-1", "create Pod web-1");
    h.syncUntilReady();

    assertThat(h.podNames()).containsExactly("web-0", "web-1", "web-2");
    StatefulSetStatus s = h.set.status();
    assertThat(s.replicas()).isEqualTo(3);
    assertThat(s.readyReplicas()).isEqualTo(3);
    assertThat(s.availableReplicas()).isEqualTo(3);
    assertThat(s.currentReplicas()).isEqualTo(3);
    assertThat(s.updatedReplicas()).isEqualTo(3);
    assertThat(s.currentRevision()).isEqualTo(s.updateRevision()).startsWith("web-");
    assertThat(s.observedGeneration()).isEqualTo(1);
    assertThat(s.collisionCount()).isZero();
  }

  @Test
  void eventsNameThePodsAndClaimsAsUpstream() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 1));
    h.sync();
    assertThat(h.eventMessages())
        .containsExactly(
            "SuccessfulCreate create Claim datadir-web-0 Pod web-0 in StatefulSet web success",
            "SuccessfulCreate create Pod web-0 in StatefulSet web successful");
  }

  @Test
  void newPodsHaveTheirIdentityAndStorage() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 1));
    h.sync();
    Pod pod = h.om.pod("web-0");
    assertThat(pod.metadata().labels())
        .containsEntry("app", "foo")
        .containsEntry("statefulset.kubernetes.io/pod-name", "web-0")
        .containsEntry("apps.kubernetes.io/pod-index", "0")
        .containsEntry("controller-revision-hash", h.set.status().updateRevision());
    assertThat(pod.spec().hostname()).isEqualTo("web-0");
    assertThat(pod.spec().subdomain()).isEqualTo("governingsvc");
    assertThat(pod.spec().volumes()).hasSize(1);
    assertThat(pod.spec().volumes().get(0).persistentVolumeClaim().claimName())
        .isEqualTo("datadir-web-0");
    assertThat(pod.metadata().controllerRef().uid()).isEqualTo(h.set.metadata().uid());
    assertThat(h.om.claims.get("datadir-web-0").metadata().labels()).containsEntry("app", "foo");
  }

  @Test
  void orderedReadyHaltsWhileAPodIsUnhealthy() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    h.om.drainCalls();
    h.om.setRunningNotReady("web-1");
    h.edit(s -> s.withReplicas(5));

    h.sync();
    h.sync();
    assertThat(h.om.drainCalls()).isEmpty(); // no web-3 while web-1 is not ready
    h.om.setRunningReady("web-1", h.loop.now());
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Claim datadir-web-3", "create Pod web-3");
  }

  @Test
  void aFailedPodIsDeletedThenRecreatedWithItsNameAndClaims() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    h.om.drainCalls();
    h.om.setPhase("web-1", Pod.PHASE_FAILED);

    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-1");
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Pod web-1"); // its claim is still there
    assertThat(h.om.pod("web-1").spec().volumes().get(0).persistentVolumeClaim().claimName())
        .isEqualTo("datadir-web-1");
  }

  @Test
  void scaleDownTerminatesFromTheHighestOrdinalEachAfterThePreviousIsGone() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 4));
    h.syncUntilReady();
    h.om.drainCalls();
    h.om.graceful = true;
    h.edit(s -> s.withReplicas(1));

    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-3");
    h.sync(); // web-3 terminating: wait
    assertThat(h.om.drainCalls()).isEmpty();
    h.om.finishDeletion("web-3");
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-2");
    h.om.finishDeletion("web-2");
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-1");
    h.om.finishDeletion("web-1");
    h.sync();
    assertThat(h.podNames()).containsExactly("web-0");
    assertThat(h.om.claims).containsKeys("datadir-web-1", "datadir-web-2", "datadir-web-3");
  }

  @Test
  void scaleDownWaitsForAnUnhealthyPredecessorUnlessItIsTheFirstUnhealthy() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    h.om.drainCalls();
    h.edit(s -> s.withReplicas(1));
    h.om.setRunningNotReady("web-0"); // a replica below is unhealthy: condemned pods wait

    h.sync();
    assertThat(h.om.drainCalls()).isEmpty();
    h.om.setRunningReady("web-0", h.loop.now());
    h.om.setRunningNotReady("web-2"); // the first unhealthy pod itself may go
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-2");
  }

  @Test
  void parallelCreatesAndDeletesWithoutWaiting() {
    ControlHarness h =
        new ControlHarness(
            newStatefulSet("web", 3)
                .withSpec(withPolicy(newStatefulSet("web", 3).spec(), StatefulSetSpec.PARALLEL)));
    h.sync();
    assertThat(h.om.drainCalls())
        .containsExactly(
            "create Claim datadir-web-0",
            "create Pod web-0",
            "create Claim datadir-web-1",
            "create Pod web-1",
            "create Claim datadir-web-2",
            "create Pod web-2");
    h.edit(s -> s.withReplicas(0));
    h.sync();
    assertThat(h.om.drainCalls())
        .containsExactly("delete Pod web-2", "delete Pod web-1", "delete Pod web-0");
  }

  static StatefulSetSpec withPolicy(StatefulSetSpec s, String policy) {
    return new StatefulSetSpec(
        s.replicas(),
        s.selector(),
        s.template(),
        s.volumeClaimTemplates(),
        s.serviceName(),
        policy,
        s.updateStrategy(),
        s.revisionHistoryLimit(),
        s.minReadySeconds(),
        s.persistentVolumeClaimRetentionPolicy(),
        s.ordinals());
  }

  @Test
  void minReadySecondsHoldsTheNextPodUntilThePreviousIsAvailable() {
    StatefulSet sts = newStatefulSet("web", 2);
    StatefulSetSpec s = sts.spec();
    ControlHarness h =
        new ControlHarness(
            sts.withSpec(
                new StatefulSetSpec(
                    s.replicas(),
                    s.selector(),
                    s.template(),
                    s.volumeClaimTemplates(),
                    s.serviceName(),
                    s.podManagementPolicy(),
                    s.updateStrategy(),
                    s.revisionHistoryLimit(),
                    10,
                    s.persistentVolumeClaimRetentionPolicy(),
                    s.ordinals())));
    h.sync();
    h.om.setRunningReady("web-0", h.loop.now());
    h.om.drainCalls();
    h.advance(Duration.ofSeconds(10));
    h.sync(); // ready for exactly 10s: not yet available (strictly more is needed)
    assertThat(h.om.drainCalls()).isEmpty();
    assertThat(h.set.status().readyReplicas()).isEqualTo(1);
    assertThat(h.set.status().availableReplicas()).isZero();
    h.advance(Duration.ofSeconds(1));
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Claim datadir-web-1", "create Pod web-1");
    assertThat(h.set.status().availableReplicas()).isEqualTo(1);
  }

  @Test
  void podsOfOtherOrdinalsAndForeignPodsAreIgnored() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 1));
    h.syncUntilReady();
    List<Pod> pods = h.om.podList();
    assertThat(pods).extracting(p -> p.metadata().name()).containsExactly("web-0");
  }

  static StatefulSet withRetention(StatefulSet sts, String whenScaled, String whenDeleted) {
    StatefulSetSpec s = sts.spec();
    return sts.withSpec(
        new StatefulSetSpec(
            s.replicas(),
            s.selector(),
            s.template(),
            s.volumeClaimTemplates(),
            s.serviceName(),
            s.podManagementPolicy(),
            s.updateStrategy(),
            s.revisionHistoryLimit(),
            s.minReadySeconds(),
            new StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted, whenScaled),
            s.ordinals()));
  }

  @Test
  void whenDeletedDeleteMakesTheSetControlTheClaims() {
    ControlHarness h =
        new ControlHarness(withRetention(newStatefulSet("web", 1), "Retain", "Delete"));
    h.sync();
    assertThat(h.om.drainCalls())
        .containsExactly(
            "create Claim datadir-web-0", "create Pod web-0", "update Claim datadir-web-0");
    OwnerReference ref = h.om.claims.get("datadir-web-0").metadata().controllerRef();
    assertThat(ref.kind()).isEqualTo("StatefulSet");
    assertThat(ref.uid()).isEqualTo(h.set.metadata().uid());
  }

  @Test
  void whenScaledDeleteHandsACondemnedPodsClaimsToThePodBeforeDeletingIt() {
    ControlHarness h =
        new ControlHarness(withRetention(newStatefulSet("web", 2), "Delete", "Retain"));
    h.syncUntilReady();
    assertThat(h.om.claims.get("datadir-web-1").metadata().ownerReferences()).isEmpty();
    h.edit(s -> s.withReplicas(1));
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("update Claim datadir-web-1", "delete Pod web-1");
    OwnerReference ref = h.om.claims.get("datadir-web-1").metadata().controllerRef();
    assertThat(ref.kind()).isEqualTo("Pod");
    assertThat(ref.uid()).isEqualTo("web-1-uid"); // the garbage collector deletes it with the pod
    assertThat(h.om.claims.get("datadir-web-0").metadata().ownerReferences()).isEmpty();
  }

  @Test
  void aStaleClaimOfAScaledDownOrdinalBlocksItsRecreation() {
    ControlHarness h =
        new ControlHarness(withRetention(newStatefulSet("web", 2), "Delete", "Retain"));
    h.syncUntilReady();
    h.edit(s -> s.withReplicas(1));
    h.sync(); // web-1 deleted, its claim owned by the old web-1
    h.om.drainCalls();
    h.edit(s -> s.withReplicas(2)); // before the garbage collector removed the claim
    h.sync();
    h.sync();
    assertThat(h.om.drainCalls()).isEmpty();
    h.om.claims.remove("datadir-web-1"); // the garbage collector's work
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Claim datadir-web-1", "create Pod web-1");
  }
}
