package io.kubemu.engine.controller.util;

import static io.kubemu.engine.controller.util.TestPods.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.util.ActivePods.RankedPod;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's TestSortingActivePods and TestSortingActivePodsWithRanks (controller_utils_test). */
class ActivePodsTest {

  static final Instant NOW = Instant.parse("2024-05-20T12:00:00Z");
  static final Instant THEN = NOW.atZone(ZoneOffset.UTC).minusMonths(1).toInstant();

  private static Pod sortingPod(
      String name,
      String node,
      String phase,
      boolean ready,
      Instant since,
      Instant created,
      int... restarts) {
    List<PodCondition> conds =
        ready
            ? List.of(
                new PodCondition(PodCondition.READY, ConditionStatus.TRUE, null, since, null, null))
            : List.of();
    List<ContainerStatus> statuses = new ArrayList<>();
    for (int r : restarts) statuses.add(TestPods.containerStatus(r));
    return new Pod(
        ObjectMeta.named(name).withCreationTimestamp(created),
        PodSpec.EMPTY.withNodeName(node),
        PodStatus.EMPTY.withPhase(phase).withConditions(conds).withContainerStatuses(statuses));
  }

  @Test
  void sortsByActivePod() {
    List<Pod> pods =
        List.of(
            sortingPod("unscheduled", "", "Pending", false, null, null),
            sortingPod("scheduledButPending", "bar", "Pending", false, null, null),
            sortingPod("unknownPhase", "foo", "Unknown", false, null, null),
            sortingPod("runningButNotReady", "foo", "Running", false, null, null),
            sortingPod("runningNoLastTransitionTime", "foo", "Running", true, null, null, 3, 0),
            sortingPod("runningWithLastTransitionTime", "foo", "Running", true, NOW, null, 3, 0),
            sortingPod("runningLongerTime", "foo", "Running", true, THEN, null, 3, 0),
            sortingPod("lowerContainerRestartCount", "foo", "Running", true, THEN, NOW, 2, 1),
            sortingPod("oldest", "foo", "Running", true, THEN, THEN, 2, 1));
    List<String> want = pods.stream().map(p -> p.metadata().name()).toList();
    Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      List<Pod> shuffled = new ArrayList<>(pods);
      Collections.shuffle(shuffled, random);
      shuffled.sort(ActivePods.comparator());
      assertThat(shuffled).extracting(p -> p.metadata().name()).containsExactlyElementsOf(want);
    }
  }

  // the pods of TestSortingActivePodsWithRanks
  static final Instant H2 = NOW.minus(Duration.ofHours(2));
  static final Instant H5 = NOW.minus(Duration.ofHours(5));
  static final Instant H8 = NOW.minus(Duration.ofHours(8));
  static final String COST = ActivePods.POD_DELETION_COST;
  static final Pod UNSCHEDULED = pod("unscheduled", "", "Pending", false, 0, null, null, null);
  static final Pod SCHEDULED_PENDING =
      pod("pending", "node", "Pending", false, 0, null, null, null);
  static final Pod UNKNOWN_PHASE =
      pod("unknown-phase", "node", "Unknown", false, 0, null, null, null);
  static final Pod RUNNING_NOT_READY =
      pod("not-ready", "node", "Running", false, 0, null, null, null);
  static final Pod READY_NO_LTT =
      pod("ready-no-last-transition-time", "node", "Running", true, 0, null, null, null);
  static final Pod READY_NOW = pod("ready-now", "node", "Running", true, 0, NOW, NOW, null);
  static final Pod READY_THEN = pod("ready-then", "node", "Running", true, 0, THEN, THEN, null);
  static final Pod READY_NOW_HIGH_RESTARTS =
      pod("ready-high-restarts", "node", "Running", true, 9001, NOW, NOW, null);
  static final Pod READY_NOW_CREATED_THEN =
      pod("ready-now-created-then", "node", "Running", true, 0, NOW, THEN, null);
  static final Pod LOW_COST =
      pod("low-deletion-cost", "node", "Running", true, 0, NOW, THEN, Map.of(COST, "10"));
  static final Pod HIGH_COST =
      pod("high-deletion-cost", "node", "Running", true, 0, NOW, THEN, Map.of(COST, "100"));
  static final Pod UNSCHEDULED_5H =
      pod("unscheduled-5-hours", "", "Pending", false, 0, H5, H5, null);
  static final Pod UNSCHEDULED_8H =
      pod("unscheduled-10-hours", "", "Pending", false, 0, H8, H8, null);
  static final Pod READY_2H = pod("ready-2-hours", "", "Running", true, 0, H2, THEN, null);
  static final Pod READY_5H = pod("ready-5-hours", "", "Running", true, 0, H5, THEN, null);
  static final Pod READY_10H = pod("ready-10-hours", "", "Running", true, 0, H8, THEN, null);

  static Stream<Arguments> equalityTests() {
    return Stream.of(
        Arguments.of(UNSCHEDULED, UNSCHEDULED),
        Arguments.of(SCHEDULED_PENDING, SCHEDULED_PENDING),
        Arguments.of(UNKNOWN_PHASE, UNKNOWN_PHASE),
        Arguments.of(RUNNING_NOT_READY, RUNNING_NOT_READY),
        Arguments.of(READY_NOW_CREATED_THEN, READY_NOW_CREATED_THEN),
        Arguments.of(READY_NOW, READY_NOW),
        Arguments.of(READY_THEN, READY_THEN),
        Arguments.of(READY_NOW_HIGH_RESTARTS, READY_NOW_HIGH_RESTARTS),
        Arguments.of(READY_NOW_CREATED_THEN, READY_NOW_CREATED_THEN),
        Arguments.of(UNSCHEDULED_5H, UNSCHEDULED_8H),
        Arguments.of(READY_5H, READY_10H));
  }

  @ParameterizedTest
  @MethodSource("equalityTests")
  void equivalentPods(Pod p1, Pod p2) {
    Comparator<RankedPod> c = ActivePods.withRanks(NOW);
    assertThat(c.compare(new RankedPod(p1, 1), new RankedPod(p2, 1))).isZero();
    assertThat(c.compare(new RankedPod(p2, 1), new RankedPod(p1, 1))).isZero();
  }

  static Stream<Arguments> inequalityTests() {
    return Stream.of(
        Arguments.of(UNSCHEDULED, 1, SCHEDULED_PENDING, 2, true),
        Arguments.of(UNSCHEDULED, 2, SCHEDULED_PENDING, 1, true),
        Arguments.of(SCHEDULED_PENDING, 1, UNKNOWN_PHASE, 2, true),
        Arguments.of(UNKNOWN_PHASE, 1, RUNNING_NOT_READY, 2, true),
        Arguments.of(RUNNING_NOT_READY, 1, READY_NO_LTT, 1, true),
        Arguments.of(READY_NO_LTT, 1, READY_NOW, 1, true),
        Arguments.of(READY_NOW, 2, READY_NO_LTT, 1, true),
        Arguments.of(READY_NOW, 1, READY_THEN, 1, true),
        Arguments.of(READY_NOW, 2, READY_THEN, 1, true),
        Arguments.of(READY_NOW_HIGH_RESTARTS, 1, READY_NOW, 1, true),
        Arguments.of(READY_NOW, 2, READY_NOW_HIGH_RESTARTS, 1, true),
        Arguments.of(READY_NOW, 1, READY_NOW_CREATED_THEN, 1, true),
        Arguments.of(READY_NOW_CREATED_THEN, 2, READY_NOW, 1, true),
        Arguments.of(LOW_COST, 2, HIGH_COST, 1, true),
        Arguments.of(HIGH_COST, 2, LOW_COST, 1, false),
        Arguments.of(READY_2H, 1, READY_5H, 1, true));
  }

  @ParameterizedTest
  @MethodSource("inequalityTests")
  void lesserPodComesFirst(
      Pod lesser, int lesserRank, Pod greater, int greaterRank, boolean podDeletionCost) {
    Comparator<RankedPod> c = ActivePods.withRanks(NOW, podDeletionCost, true);
    RankedPod l = new RankedPod(lesser, lesserRank);
    RankedPod g = new RankedPod(greater, greaterRank);
    assertThat(c.compare(l, g))
        .as("%s < %s", lesser.metadata().name(), greater.metadata().name())
        .isNegative();
    assertThat(c.compare(g, l)).isPositive();
  }

  @Test
  void log2BucketsOfAges() {
    // 2 h is about 2^42.7 ns and 5 h about 2^44.0: different buckets; 5 h and 8 h share 2^44.
    assertThat(ActivePods.logarithmicRankDiff(H2, H5, NOW)).isEqualTo(42 - 44);
    assertThat(ActivePods.logarithmicRankDiff(H5, H8, NOW)).isZero();
    assertThat(ActivePods.logarithmicRankDiff(NOW, H5, NOW)).isEqualTo(-1 - 44);
  }

  @Test
  void invalidDeletionCostCountsAsZero() {
    assertThat(
            ActivePods.deletionCost(pod("p", "n", "Running", true, 0, NOW, NOW, Map.of(COST, "x"))))
        .isZero();
    assertThat(ActivePods.deletionCost(LOW_COST)).isEqualTo(10);
  }
}
