package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's TestGetCondition, TestSetCondition and TestRemoveCondition. */
class DeploymentConditionsTest {

  static final DeploymentCondition PROGRESSING =
      new DeploymentCondition("Progressing", "False", null, null, "ForSomeReason", null);
  static final DeploymentCondition PROGRESSING_2 =
      new DeploymentCondition("Progressing", "True", null, null, "BecauseItIs", null);
  static final DeploymentCondition AVAILABLE =
      new DeploymentCondition("Available", "True", null, null, "AwesomeController", null);

  static DeploymentStatus status(DeploymentCondition... conditions) {
    return new DeploymentStatus(
        null, null, null, null, null, null, null, List.of(conditions), null);
  }

  static DeploymentCondition named(String name) {
    return switch (name) {
      case "progressing" -> PROGRESSING;
      case "progressing2" -> PROGRESSING_2;
      case "available" -> AVAILABLE;
      default -> throw new IllegalArgumentException(name);
    };
  }

  static DeploymentStatus statusOf(String names) {
    if (names == null) return status();
    return status(
        List.of(names.split(",")).stream()
            .map(DeploymentConditionsTest::named)
            .toArray(DeploymentCondition[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "condition exists, Available, true",
    "condition does not exist, ReplicaFailure, false"
  })
  void getCondition(String name, String type, boolean expected) {
    assertThat(DeploymentConditions.get(statusOf("progressing,available"), type) != null)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "set for the first time, , available, available",
    "simple set, progressing, available, 'progressing,available'",
    "overwrite, progressing, progressing2, progressing2"
  })
  void setCondition(String name, String status, String cond, String expected) {
    assertThat(DeploymentConditions.set(statusOf(status), named(cond)))
        .isEqualTo(statusOf(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "remove from empty status, , Progressing, ",
    "simple remove, progressing, Progressing, ",
    "doesn't remove anything, 'progressing,available', ReplicaFailure, 'progressing,available'"
  })
  void removeCondition(String name, String status, String type, String expected) {
    assertThat(DeploymentConditions.remove(statusOf(status), type)).isEqualTo(statusOf(expected));
  }

  @org.junit.jupiter.api.Test
  void aNewReasonWithTheSameStatusKeepsTheTransitionTime() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    DeploymentCondition first =
        DeploymentConditions.newCondition("Progressing", "True", "NewReplicaSetCreated", "a", t0);
    DeploymentCondition second =
        DeploymentConditions.newCondition(
            "Progressing", "True", "ReplicaSetUpdated", "b", t0.plusMillis(61_500));
    DeploymentCondition got =
        DeploymentConditions.set(status(first), second).condition("Progressing");
    assertThat(got.lastTransitionTime()).isEqualTo(t0);
    assertThat(got.lastUpdateTime()).isEqualTo(Instant.parse("2024-01-01T00:01:01Z"));
    assertThat(got.reason()).isEqualTo("ReplicaSetUpdated");
  }
}
