package io.kubemu.engine.controller.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's TestGetPodsToDelete (replica_set_test.go), row for row. */
class GetPodsToDeleteTest {

  static Pod pod(String name, String node, String phase, String ready) {
    List<PodCondition> conds =
        ready == null
            ? List.of()
            : List.of(new PodCondition(PodCondition.READY, ready, null, null, null, null));
    return new Pod(
        ObjectMeta.named(name).withUid(name),
        PodSpec.EMPTY.withNodeName(node),
        PodStatus.EMPTY.withPhase(phase).withConditions(conds));
  }

  static final Pod UNSCHEDULED_PENDING = pod("unscheduled-pending-pod", null, "Pending", null);
  static final Pod SCHEDULED_PENDING = pod("scheduled-pending-pod", "fake-node", "Pending", null);
  static final Pod NOT_READY =
      pod("scheduled-running-not-ready-pod", "fake-node", "Running", ConditionStatus.FALSE);
  static final Pod READY_NODE1 =
      pod("scheduled-running-ready-pod-on-node-1", "fake-node-1", "Running", ConditionStatus.TRUE);
  static final Pod READY_NODE2 =
      pod("scheduled-running-ready-pod-on-node-2", "fake-node-2", "Running", ConditionStatus.TRUE);

  static Stream<Arguments> cases() {
    List<Pod> various =
        List.of(
            READY_NODE1,
            READY_NODE1,
            READY_NODE2,
            NOT_READY,
            SCHEDULED_PENDING,
            UNSCHEDULED_PENDING);
    return Stream.of(
        Arguments.of("len(pods) = 0 (i.e., diff = 0 too)", List.of(), null, 0, List.of()),
        Arguments.of(
            "diff = len(pods)",
            List.of(NOT_READY, READY_NODE1),
            null,
            2,
            List.of(NOT_READY, READY_NODE1)),
        Arguments.of(
            "diff < len(pods)", List.of(READY_NODE1, NOT_READY), null, 1, List.of(NOT_READY)),
        Arguments.of(
            "various pod phases and conditions, diff = len(pods)", various, null, 6, various),
        Arguments.of(
            "various pod phases and conditions, diff = len(pods), relatedPods empty",
            various,
            List.of(),
            6,
            various),
        Arguments.of(
            "scheduled vs unscheduled, diff < len(pods)",
            List.of(SCHEDULED_PENDING, UNSCHEDULED_PENDING),
            null,
            1,
            List.of(UNSCHEDULED_PENDING)),
        Arguments.of(
            "ready vs not-ready, diff < len(pods)",
            List.of(READY_NODE1, NOT_READY, NOT_READY),
            null,
            2,
            List.of(NOT_READY, NOT_READY)),
        Arguments.of(
            "ready and colocated with another ready pod vs not colocated, diff < len(pods)",
            List.of(READY_NODE1, READY_NODE2),
            List.of(READY_NODE1, READY_NODE2, READY_NODE2),
            1,
            List.of(READY_NODE2)),
        Arguments.of(
            "pending vs running, diff < len(pods)",
            List.of(SCHEDULED_PENDING, NOT_READY),
            null,
            1,
            List.of(SCHEDULED_PENDING)),
        Arguments.of(
            "various pod phases and conditions, diff < len(pods)",
            List.of(READY_NODE1, READY_NODE2, NOT_READY, SCHEDULED_PENDING, UNSCHEDULED_PENDING),
            null,
            3,
            List.of(UNSCHEDULED_PENDING, SCHEDULED_PENDING, NOT_READY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void podsToDelete(String name, List<Pod> pods, List<Pod> related, int diff, List<Pod> expected) {
    List<Pod> got =
        PodsToDelete.getPodsToDelete(
            pods, related == null ? pods : related, diff, Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(got).containsExactlyElementsOf(expected);
  }

  static final Map<String, String> UNUSED = Map.of();
}
