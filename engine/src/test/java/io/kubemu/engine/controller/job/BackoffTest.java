package io.kubemu.engine.controller.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** upstream pkg/controller/job/backoff_utils_test.go (v1.30), row for row. */
class BackoffTest {

  static final Instant T = Instant.parse("2009-11-10T23:00:00Z"); // defaultTestTime

  static Instant ms(long millis) {
    return T.plusMillis(millis);
  }

  static Pod finishedAt(String phase, Instant finishedAt) {
    ContainerStatus cs =
        new ContainerStatus(
            null,
            ContainerState.terminated(
                new ContainerStateTerminated(null, null, null, null, null, finishedAt, null)),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Pod(
        ObjectMeta.EMPTY,
        null,
        PodStatus.EMPTY.withPhase(phase).withContainerStatuses(List.of(cs)));
  }

  // TestNewBackoffRecord
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newBackoffRecord(
      String name,
      Backoff.Record stored,
      List<Instant> succeeded,
      List<Instant> failed,
      Backoff.Record want) {
    Backoff store = new Backoff();
    if (stored != null) store.update(stored);
    Backoff.Record got =
        store.newRecord(
            "key",
            succeeded.stream().map(t -> finishedAt(Pod.PHASE_SUCCEEDED, t)).toList(),
            failed.stream().map(t -> finishedAt(Pod.PHASE_FAILED, t)).toList());
    assertThat(got).isEqualTo(want);
  }

  static Stream<Arguments> newBackoffRecord() {
    return Stream.of(
        Arguments.of(
            "Empty backoff store and one new failure",
            null,
            List.of(),
            List.of(T),
            new Backoff.Record("key", 1, T)),
        Arguments.of(
            "Empty backoff store and two new failures",
            null,
            List.of(),
            List.of(T, ms(-1)),
            new Backoff.Record("key", 2, T)),
        Arguments.of(
            "Empty backoff store, two failures followed by success",
            null,
            List.of(T),
            List.of(ms(-2), ms(-1)),
            new Backoff.Record("key", 0, null)),
        Arguments.of(
            "Empty backoff store, two failures, one success and two more failures",
            null,
            List.of(ms(-2)),
            List.of(T, ms(-4), ms(-3), ms(-1)),
            new Backoff.Record("key", 2, T)),
        Arguments.of(
            "Backoff store having failure count 2 and one new failure",
            new Backoff.Record("key", 2, null),
            List.of(),
            List.of(T),
            new Backoff.Record("key", 3, T)),
        Arguments.of(
            "Empty backoff store with success and failure at same timestamp",
            null,
            List.of(T),
            List.of(T),
            new Backoff.Record("key", 0, null)),
        Arguments.of(
            "Empty backoff store with no success/failure",
            null,
            List.of(),
            List.of(),
            new Backoff.Record("key", 0, null)),
        Arguments.of(
            "Empty backoff store with one success",
            null,
            List.of(T),
            List.of(),
            new Backoff.Record("key", 0, null)));
  }

  static ContainerStatus terminatedAt(String name, Instant t) {
    return new ContainerStatus(
        name,
        ContainerState.terminated(
            new ContainerStateTerminated(null, null, null, null, null, t, null)),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static ContainerStatus runningStatus() {
    return new ContainerStatus(
        null, ContainerState.running(null), null, null, null, null, null, null, null);
  }

  static PodCondition ready(String status, Instant t) {
    return new PodCondition(PodCondition.READY, status, null, t, "PodFailed", null);
  }

  // TestGetFinishedTime
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void getFinishedTime(String name, Pod pod, Instant want) {
    assertThat(Backoff.finishedTime(pod)).isEqualTo(want);
  }

  static Stream<Arguments> getFinishedTime() {
    Instant minus30s = T.minusSeconds(30);
    ContainerStatus noFinish = terminatedAt(null, null);
    return Stream.of(
        Arguments.of(
            "Pod with multiple containers and all containers terminated",
            pod(
                null,
                null,
                List.of(
                    terminatedAt(null, T.minusSeconds(1)),
                    terminatedAt(null, T),
                    terminatedAt(null, T.minusSeconds(2))),
                List.of(),
                List.of()),
            T),
        Arguments.of(
            "Pod with multiple containers; two containers in terminated state and one in"
                + " running state; fallback to deletionTimestamp",
            pod(
                T,
                null,
                List.of(
                    terminatedAt(null, T.minusSeconds(1)),
                    runningStatus(),
                    terminatedAt(null, T.minusSeconds(2))),
                List.of(),
                List.of()),
            T),
        Arguments.of(
            "fallback to deletionTimestamp",
            pod(T, null, List.of(runningStatus()), List.of(), List.of()),
            T),
        Arguments.of(
            "fallback to deletionTimestamp, decremented by grace period",
            pod(T, 30L, List.of(runningStatus()), List.of(), List.of()),
            minus30s),
        Arguments.of(
            "fallback to PodReady.LastTransitionTime when status of the condition is False",
            pod(null, null, List.of(noFinish), List.of(ready(ConditionStatus.FALSE, T)), List.of()),
            T),
        Arguments.of(
            "skip fallback to PodReady.LastTransitionTime when status of the condition is"
                + " True",
            pod(
                T,
                null,
                List.of(noFinish),
                List.of(ready(ConditionStatus.TRUE, minus30s)),
                List.of()),
            T),
        Arguments.of(
            "fallback to creationTimestamp",
            new Pod(
                ObjectMeta.EMPTY.withCreationTimestamp(T),
                null,
                PodStatus.EMPTY.withContainerStatuses(List.of(noFinish))),
            T),
        Arguments.of(
            "Pod with sidecar container and all containers terminated",
            new Pod(
                ObjectMeta.EMPTY,
                PodSpec.EMPTY.withInitContainers(List.of(sidecar("sidecar"))),
                PodStatus.EMPTY
                    .withContainerStatuses(List.of(terminatedAt(null, T.minusSeconds(1))))
                    .withInitContainerStatuses(List.of(terminatedAt("sidecar", T)))),
            T));
  }

  static Container sidecar(String name) {
    return new Container(
        name, null, null, null, null, null, null, null, null, null, null, null, "Always", null,
        null, null, null, null, null, null, null, null, null);
  }

  static Pod pod(
      Instant deletion,
      Long grace,
      List<ContainerStatus> statuses,
      List<PodCondition> conditions,
      List<ContainerStatus> init) {
    return new Pod(
        ObjectMeta.EMPTY.withDeletion(deletion, grace),
        null,
        PodStatus.EMPTY
            .withContainerStatuses(statuses)
            .withConditions(conditions)
            .withInitContainerStatuses(init));
  }

  // TestGetRemainingBackoffTime (defaultBackoff 5 s, maxBackoff 700 s)
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void getRemainingBackoffTime(
      String name, int failures, Instant lastFailure, Instant now, long wantSeconds) {
    Backoff.Record r = new Backoff.Record("key", failures, lastFailure);
    Duration d = r.remainingTime(now, Duration.ofSeconds(5), Duration.ofSeconds(700));
    assertThat(d).isEqualTo(Duration.ofSeconds(wantSeconds));
  }

  static Stream<Arguments> getRemainingBackoffTime() {
    return Stream.of(
        Arguments.of("no failures", 0, null, T, 0),
        Arguments.of("one failure; current time and failure time are same", 1, T, T, 5),
        Arguments.of(
            "one failure; current time == 1 second + failure time", 1, T, T.plusSeconds(1), 4),
        Arguments.of(
            "one failure; current time == expected backoff time", 1, T, T.plusSeconds(5), 0),
        Arguments.of(
            "one failure; current time == expected backoff time + 1 Second",
            1,
            T,
            T.plusSeconds(6),
            0),
        Arguments.of("three failures; current time and failure time are same", 3, T, T, 20),
        Arguments.of(
            "eight failures; current time and failure time are same; backoff not"
                + " exceeding maxBackoff",
            8,
            T,
            T,
            640),
        Arguments.of(
            "nine failures; current time and failure time are same; backoff exceeding"
                + " maxBackoff",
            9,
            T,
            T,
            700));
  }

  /** The v1.30 defaults: 10 s doubling, capped at 10 minutes (600 s) from the seventh failure. */
  @ParameterizedTest(name = "{0} failures: {1} s")
  @MethodSource
  void defaultJobPodFailureBackOff(int failures, long seconds) {
    Backoff.Record r = new Backoff.Record("key", failures, T);
    assertThat(r.remainingTime(T, Backoff.DEFAULT_BACKOFF, Backoff.MAX_BACKOFF))
        .isEqualTo(Duration.ofSeconds(seconds));
  }

  static Stream<Arguments> defaultJobPodFailureBackOff() {
    return Stream.of(
        Arguments.of(1, 10),
        Arguments.of(2, 20),
        Arguments.of(3, 40),
        Arguments.of(4, 80),
        Arguments.of(5, 160),
        Arguments.of(6, 320),
        Arguments.of(7, 600),
        Arguments.of(10, 600));
  }
}
