package io.kubemu.engine.controller.deployment;

import static io.kubemu.engine.controller.deployment.Fixture.newDeployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's rolling_test.go, row for row. */
class RollingTest {

  /** TestDeploymentController_reconcileNewReplicaSet. */
  @ParameterizedTest(name = "replicas {0}, maxSurge {1}, old {2}, new {3} -> {5}")
  @CsvSource({
    "10, 0, 10, 0, false, ", // should not scale up
    "10, 2, 10, 0, true, 2",
    "10, 2, 5, 0, true, 7",
    "10, 2, 10, 2, false, ",
    "10, 2, 2, 11, true, 10" // should scale down
  })
  void reconcileNewReplicaSet(
      int deploymentReplicas,
      int maxSurge,
      int oldReplicas,
      int newReplicas,
      boolean scaleExpected,
      Integer expectedNewReplicas) {
    Fixture f = new Fixture();
    ReplicaSet newRS = f.rs("foo-v2", newReplicas, null);
    ReplicaSet oldRS = f.rs("foo-v1", oldReplicas, null);
    Deployment d =
        newDeployment(
            "foo",
            deploymentReplicas,
            null,
            IntOrString.of(maxSurge),
            IntOrString.of(0),
            Map.of("foo", "bar"));

    boolean scaled = f.dc.rolling.reconcileNewReplicaSet(List.of(newRS, oldRS), newRS, d);

    assertThat(scaled).isEqualTo(scaleExpected);
    ReplicaSet after = f.get("foo-v2");
    if (!scaleExpected) {
      assertThat(after.metadata().resourceVersion()).isEqualTo(newRS.metadata().resourceVersion());
    } else {
      assertThat(Fixture.replicas(after)).isEqualTo(expectedNewReplicas);
    }
  }

  /** TestDeploymentController_reconcileOldReplicaSets. */
  @ParameterizedTest(name = "replicas {0}, maxUnavailable {1}, old {2}/{4} ready, new {3}/{5}")
  @CsvSource({
    "10, 0, 10, 0, 10, 0, true, 9",
    "10, 2, 10, 0, 10, 0, true, 8",
    "10, 2, 10, 0, 8, 0, true, 8", // unhealthy replicas of old sets are cleaned up
    "10, 2, 10, 0, 9, 0, true, 8", // 1 unhealthy cleaned up, 1 ready scaled down
    "10, 2, 8, 2, 8, 0, false, 8" // unavailable new pods keep old sets from going further
  })
  void reconcileOldReplicaSets(
      int deploymentReplicas,
      int maxUnavailable,
      int oldReplicas,
      int newReplicas,
      int readyPodsFromOldRS,
      int readyPodsFromNewRS,
      boolean scaleExpected,
      int expectedOldReplicas) {
    Fixture f = new Fixture();
    Map<String, String> newSelector = Map.of("foo", "new");
    ReplicaSet newRS = f.rs("foo-new", newReplicas, newSelector);
    newRS = f.withStatus(newRS, newReplicas, readyPodsFromNewRS);
    ReplicaSet oldRS = f.rs("foo-old", oldReplicas, Map.of("foo", "old"));
    oldRS = f.withStatus(oldRS, oldReplicas, readyPodsFromOldRS);
    Deployment d =
        newDeployment(
            "foo",
            deploymentReplicas,
            null,
            IntOrString.of(0),
            IntOrString.of(maxUnavailable),
            newSelector);

    boolean scaled =
        f.dc.rolling.reconcileOldReplicaSets(List.of(oldRS, newRS), List.of(oldRS), newRS, d);

    assertThat(scaled).isEqualTo(scaleExpected);
    assertThat(Fixture.replicas(f.get("foo-old"))).isEqualTo(expectedOldReplicas);
  }

  /** TestDeploymentController_cleanupUnhealthyReplicas. */
  @ParameterizedTest(name = "old {0}, ready {1}, unhealthy {2}, max cleanup {3} -> {4}")
  @CsvSource({"10, 8, 2, 1, 1", "10, 8, 2, 3, 2", "10, 8, 2, 0, 0", "10, 10, 0, 3, 0"})
  void cleanupUnhealthyReplicas(
      int oldReplicas, int readyPods, int unHealthyPods, int maxCleanupCount, int expected) {
    Fixture f = new Fixture();
    ReplicaSet oldRS = f.withStatus(f.rs("foo-v2", oldReplicas, null), oldReplicas, readyPods);
    Deployment d = newDeployment("foo", 10, null, IntOrString.of(2), IntOrString.of(2), null);

    Rolling.Cleanup c = f.dc.rolling.cleanupUnhealthyReplicas(List.of(oldRS), d, maxCleanupCount);

    assertThat(c.cleanupCount()).isEqualTo(expected);
    assertThat(Fixture.replicas(f.get("foo-v2"))).isEqualTo(oldReplicas - expected);
    assertThat(unHealthyPods).isEqualTo(oldReplicas - readyPods);
  }

  /** TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate. */
  @ParameterizedTest(name = "replicas {0}, maxUnavailable {1}, ready {2}, old {3}")
  @CsvSource({
    "10, 0, 10, 10, true, 9",
    "10, 2, 10, 10, true, 8",
    "10, 2, 8, 10, false, ",
    "10, 2, 10, 0, false, ",
    "10, 2, 1, 10, false, "
  })
  void scaleDownOldReplicaSetsForRollingUpdate(
      int deploymentReplicas,
      int maxUnavailable,
      int readyPods,
      int oldReplicas,
      boolean scaleExpected,
      Integer expectedOldReplicas) {
    Fixture f = new Fixture();
    ReplicaSet oldRS = f.withStatus(f.rs("foo-v2", oldReplicas, null), oldReplicas, readyPods);
    Deployment d =
        newDeployment(
            "foo",
            deploymentReplicas,
            null,
            IntOrString.of(0),
            IntOrString.of(maxUnavailable),
            Map.of("foo", "bar"));

    int scaled =
        f.dc.rolling.scaleDownOldReplicaSetsForRollingUpdate(List.of(oldRS), List.of(oldRS), d);

    ReplicaSet after = f.get("foo-v2");
    if (!scaleExpected) {
      assertThat(scaled).isZero();
      assertThat(after.metadata().resourceVersion()).isEqualTo(oldRS.metadata().resourceVersion());
    } else {
      assertThat(scaled).isPositive();
      assertThat(Fixture.replicas(after)).isEqualTo(expectedOldReplicas);
    }
  }
}
