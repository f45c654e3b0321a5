package io.kubemu.junit;

import static io.kubemu.junit.Fixtures.START;
import static io.kubemu.junit.Fixtures.ownedPod;
import static io.kubemu.junit.Fixtures.replicaSetRevision;
import static io.kubemu.junit.Fixtures.running;
import static io.kubemu.junit.Fixtures.terminating;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.dsl.Kubemu;
import io.kubemu.engine.api.Verb;
import io.kubemu.junit.PodHistory.Lane;
import io.kubemu.junit.PodHistory.Point;
import io.kubemu.junit.PodHistory.Segment;
import io.kubemu.junit.PodHistory.Series;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodHistoryTest {

  /**
   * A rolling update by hand: revision 1 has two pods, Ready at +5s; revision 2's pod is created at
   * +10s, Ready at +12s; one old pod terminates at +13s and is gone at +15s.
   */
  static TimelineSnapshot rollout() {
    Pod a1 = ownedPod("web-a-1", "web-a");
    Pod a2 = ownedPod("web-a-2", "web-a");
    Pod b1 = ownedPod("web-b-1", "web-b");
    return new Fixtures.TimelineBuilder()
        .write(0, Verb.CREATE, replicaSetRevision("web-a", 1))
        .write(0, Verb.CREATE, a1)
        .write(0, Verb.CREATE, a2)
        .write(2, Verb.UPDATE_STATUS, running(a1, false))
        .write(2, Verb.UPDATE_STATUS, running(a2, false))
        .write(5, Verb.UPDATE_STATUS, running(a1, true))
        .write(5, Verb.UPDATE_STATUS, running(a2, true))
        .write(10, Verb.CREATE, replicaSetRevision("web-b", 2))
        .write(10, Verb.CREATE, b1)
        .write(12, Verb.UPDATE_STATUS, running(b1, true))
        .write(13, Verb.DELETE, terminating(running(a1, true), START.plusSeconds(13)))
        .write(15, Verb.DELETED_FINAL, terminating(running(a1, true), START.plusSeconds(13)))
        .write(
            16,
            Verb.CREATE,
            Kubemu.pod("standalone").container(Kubemu.container("c").image("busybox")).build())
        .snapshot(20);
  }

  private static Instant at(long second) {
    return START.plusSeconds(second);
  }

  @Test
  void counts_pods_and_ready_pods_per_replica_set_revision_over_time() {
    PodHistory history = PodHistory.of(rollout());

    assertThat(history.series())
        .containsExactly(
            new Series(
                "ReplicaSet default/web-a (revision 1)",
                List.of(
                    new Point(at(0), 2, 0),
                    new Point(at(5), 2, 2),
                    new Point(at(13), 2, 1),
                    new Point(at(15), 1, 1))),
            new Series(
                "ReplicaSet default/web-b (revision 2)",
                List.of(new Point(at(10), 1, 0), new Point(at(12), 1, 1))),
            new Series(PodHistory.NO_OWNER, List.of(new Point(at(16), 1, 0))));
  }

  @Test
  void records_each_pod_state_until_it_is_deleted_or_the_snapshot_ends() {
    PodHistory history = PodHistory.of(rollout());

    assertThat(history.lanes())
        .extracting(Lane::pod)
        .containsExactly(
            "default/web-a-1", "default/web-a-2", "default/web-b-1", "default/standalone");
    assertThat(history.lanes().get(0).segments())
        .containsExactly(
            new Segment(at(0), at(2), "Pending"),
            new Segment(at(2), at(5), "Running"),
            new Segment(at(5), at(13), "Ready"),
            new Segment(at(13), at(15), "Terminating"));
    assertThat(history.lanes().get(0).finalState(at(20))).isNull();
    assertThat(history.lanes().get(1).finalState(at(20))).isEqualTo("Ready");
    assertThat(history.lanes().get(2).segments())
        .containsExactly(
            new Segment(at(10), at(12), "Pending"), new Segment(at(12), at(20), "Ready"));
  }

  @Test
  void groups_stateful_set_pods_by_controller_revision() {
    Pod pod =
        Kubemu.pod("web-0")
            .namespace("app")
            .label("controller-revision-hash", "web-6b7c8d")
            .ownerReference(
                new io.kubemu.model.meta.OwnerReference(
                    "apps/v1", "StatefulSet", "web", null, true, true))
            .build();

    assertThat(PodHistory.owner(pod, java.util.Map.of()))
        .isEqualTo("StatefulSet app/web (web-6b7c8d)");
  }
}
