package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.ControlHarness.newStatefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.RollingUpdateStatefulSetStrategy;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream's update-strategy cases: RollingUpdate, partitions, OnDelete, history, rollback. */
class StatefulSetUpdateTest {

  static StatefulSet image(StatefulSet s, String image) {
    return s.withImage("nginx", image);
  }

  /** Syncs until no call is made, marking new pods ready; {@return the deleted pods in order} */
  static List<String> rollToCompletion(ControlHarness h) {
    List<String> deleted = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      h.sync();
      List<String> calls = h.om.drainCalls();
      calls.stream()
          .filter(c -> c.startsWith("delete Pod "))
          .forEach(c -> deleted.add(c.substring(11)));
      boolean changed = h.readyAll();
      if (calls.isEmpty() && !changed) {
        h.sync();
        return deleted;
      }
    }
    throw new AssertionError("no convergence");
  }

  @Test
  void rollingUpdateReplacesPodsInReverseOrdinalOrderKeepingTheirNames() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    String v1 = h.set.status().currentRevision();
    h.edit(s -> image(s, "nginx:1.26"));

    h.sync();
    String v2 = h.set.status().updateRevision();
    assertThat(v2).isNotEqualTo(v1);
    assertThat(h.set.status().currentRevision()).isEqualTo(v1);
    assertThat(h.om.drainCalls()).containsExactly("delete Pod web-2");
    assertThat(h.set.status().currentReplicas()).isEqualTo(2); // decremented for the deletion

    h.sync(); // web-2 recreated from the update revision
    assertThat(h.om.drainCalls()).containsExactly("create Pod web-2");
    assertThat(h.revisionOf("web-2")).isEqualTo(v2);
    assertThat(h.om.pod("web-2").spec().containers().get(0).image()).isEqualTo("nginx:1.26");
    h.sync(); // waits for web-2 to be ready before touching web-1
    assertThat(h.om.drainCalls()).isEmpty();

    assertThat(rollToCompletion(h)).containsExactly("web-1", "web-0");
    assertThat(h.podNames()).containsExactly("web-0", "web-1", "web-2");
    assertThat(h.set.status().currentRevision()).isEqualTo(v2);
    assertThat(h.set.status().updatedReplicas()).isEqualTo(3);
    assertThat(h.set.status().currentReplicas()).isEqualTo(3);
  }

  @Test
  void aPartitionKeepsLowerOrdinalsAtTheCurrentRevision() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 5));
    h.syncUntilReady();
    String v1 = h.set.status().currentRevision();
    h.edit(s -> image(s, "nginx:1.26").withPartition(3));

    assertThat(rollToCompletion(h)).containsExactly("web-4", "web-3");
    String v2 = h.set.status().updateRevision();
    assertThat(h.revisionOf("web-4")).isEqualTo(v2);
    assertThat(h.revisionOf("web-3")).isEqualTo(v2);
    for (String p : List.of("web-0", "web-1", "web-2")) assertThat(h.revisionOf(p)).isEqualTo(v1);
    assertThat(h.set.status().currentRevision()).isEqualTo(v1);
    assertThat(h.set.status().updatedReplicas()).isEqualTo(2);
    assertThat(h.set.status().currentReplicas()).isEqualTo(3);

    h.edit(s -> s.withPartition(0));
    assertThat(rollToCompletion(h)).containsExactly("web-2", "web-1", "web-0");
    assertThat(h.set.status().currentRevision()).isEqualTo(v2);
  }

  @Test
  void aDeletedPodBelowThePartitionComesBackAtTheCurrentRevision() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    String v1 = h.set.status().currentRevision();
    h.edit(s -> image(s, "nginx:1.26").withPartition(2));
    rollToCompletion(h);
    h.om.finishDeletion("web-0");
    h.sync();
    assertThat(h.revisionOf("web-0")).isEqualTo(v1);
    assertThat(h.om.pod("web-0").spec().containers().get(0).image()).isEqualTo("nginx:1.25");
  }

  @Test
  void onDeleteUpdatesOnlyPodsSomeoneDeleted() {
    StatefulSet sts = newStatefulSet("web", 3);
    ControlHarness h =
        new ControlHarness(
            sts.withSpec(
                sts.spec()
                    .withUpdateStrategy(
                        new StatefulSetUpdateStrategy(StatefulSetUpdateStrategy.ON_DELETE, null))));
    h.syncUntilReady();
    String v1 = h.set.status().currentRevision();
    h.edit(s -> image(s, "nginx:1.26"));
    h.sync();
    h.sync();
    assertThat(h.om.drainCalls()).isEmpty();
    String v2 = h.set.status().updateRevision();
    assertThat(v2).isNotEqualTo(v1);

    h.om.finishDeletion("web-1"); // a user deleted it
    h.sync();
    assertThat(h.om.drainCalls()).containsExactly("create Pod web-1");
    assertThat(h.revisionOf("web-1")).isEqualTo(v2);
    assertThat(h.revisionOf("web-2")).isEqualTo(v1);
    h.readyAll();
    h.sync();
    assertThat(h.set.status().currentRevision()).isEqualTo(v1); // OnDelete never completes it
    assertThat(h.set.status().updatedReplicas()).isEqualTo(1);
  }

  @Test
  void revisionHistoryIsTruncatedToTheLimitKeepingLiveRevisions() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 2)); // revisionHistoryLimit 2
    h.syncUntilReady();
    for (int i = 0; i < 5; i++) {
      int n = i;
      h.edit(s -> image(s, "nginx:1." + (30 + n)));
      rollToCompletion(h);
    }
    h.sync();
    List<ControllerRevision> revs = h.revisions();
    // the live revision (current = update) plus at most 2 old ones, the newest kept
    assertThat(revs).hasSize(3);
    assertThat(revs).extracting(ControllerRevision::revision).containsExactlyInAnyOrder(4L, 5L, 6L);
  }

  @Test
  void rollingBackReusesTheEqualRevisionWithTheNextNumber() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 1));
    h.syncUntilReady();
    String v1 = h.set.status().currentRevision();
    h.edit(s -> image(s, "nginx:1.26"));
    rollToCompletion(h);
    h.edit(s -> image(s, "nginx:1.25"));
    rollToCompletion(h);

    assertThat(h.set.status().currentRevision()).isEqualTo(v1); // the same name: no new object
    ControllerRevision r1 =
        h.revisions().stream()
            .filter(r -> r.metadata().name().equals(v1))
            .findFirst()
            .orElseThrow();
    assertThat(r1.revision()).isEqualTo(3L);
    assertThat(h.revisions()).hasSize(2);
  }

  @Test
  void maxUnavailableReplacesSeveralPodsAtOnceWhenTheGateIsOn() {
    StatefulSet sts = newStatefulSet("web", 5);
    sts =
        sts.withSpec(
            sts.spec()
                .withUpdateStrategy(
                    new StatefulSetUpdateStrategy(
                        StatefulSetUpdateStrategy.ROLLING_UPDATE,
                        new RollingUpdateStatefulSetStrategy(0, IntOrString.of(2)))));
    ControlHarness on = new ControlHarness(sts, new StatefulSetControl.Options(true));
    on.syncUntilReady();
    on.om.drainCalls();
    on.edit(s -> image(s, "nginx:1.26"));
    on.sync();
    assertThat(on.om.drainCalls()).containsExactly("delete Pod web-4", "delete Pod web-3");

    ControlHarness off = new ControlHarness(sts); // v1.30 default: the alpha gate is off
    off.syncUntilReady();
    off.om.drainCalls();
    off.edit(s -> image(s, "nginx:1.26"));
    off.sync();
    assertThat(off.om.drainCalls()).containsExactly("delete Pod web-4");
  }

  @Test
  void theStatusReportsBothRevisionsDuringARollout() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 3));
    h.syncUntilReady();
    h.edit(s -> image(s, "nginx:1.26"));
    h.sync();
    h.sync();
    h.readyAll();
    h.sync(); // web-1 deleted now
    var s = h.set.status();
    assertThat(s.observedGeneration()).isEqualTo(2);
    assertThat(s.updatedReplicas()).isEqualTo(1);
    assertThat(s.currentReplicas()).isEqualTo(1);
    assertThat(s.replicas()).isEqualTo(3);
    assertThat(s.currentRevision()).isNotEqualTo(s.updateRevision());
  }
}
