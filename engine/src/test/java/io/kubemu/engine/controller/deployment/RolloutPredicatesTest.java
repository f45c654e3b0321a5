package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upstream's TestDeploymentComplete, TestDeploymentProgressing and TestDeploymentTimedOut. */
class RolloutPredicatesTest {

  /** TestDeploymentComplete. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "not complete: min but not all pods become available, 5, 5, 5, 4, 1, 0, false",
    "not complete: min availability is not honored, 5, 5, 5, 3, 1, 0, false",
    "complete, 5, 5, 5, 5, 0, 0, true",
    "not complete: all pods are available but not updated, 5, 5, 4, 5, 0, 0, false",
    "not complete: still running old pods, 1, 2, 1, 1, 0, 1, false",
    "not complete: one replica deployment never comes up, 1, 1, 1, 0, 1, 1, false"
  })
  void deploymentComplete(
      String name,
      int desired,
      int current,
      int updated,
      int available,
      int maxUnavailable,
      int maxSurge,
      boolean expected) {
    Deployment d =
        FencepostsTest.rolling(desired, IntOrString.of(maxSurge), IntOrString.of(maxUnavailable));
    DeploymentStatus s =
        new DeploymentStatus(null, current, updated, null, available, null, null, null, null);
    assertThat(DeploymentConditions.deploymentComplete(d.withStatus(s), s)).isEqualTo(expected);
  }

  static DeploymentStatus counts(int current, int updated, int ready, int available) {
    return new DeploymentStatus(null, current, updated, ready, available, null, null, null, null);
  }

  /** TestDeploymentProgressing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "progressing: updated pods, 10, 4, 4, 4, 10, 6, 4, 4, true",
    "not progressing, 10, 4, 4, 4, 10, 4, 4, 4, false",
    "progressing: old pods removed, 10, 4, 6, 6, 8, 4, 6, 6, true",
    "not progressing: less new pods, 10, 7, 3, 3, 10, 6, 3, 3, false",
    "progressing: less overall but more new pods, 10, 4, 7, 7, 8, 8, 5, 5, true",
    "progressing: more ready pods, 10, 10, 9, 8, 10, 10, 10, 8, true",
    "progressing: more available pods, 10, 10, 10, 9, 10, 10, 10, 10, true"
  })
  void deploymentProgressing(
      String name,
      int c0,
      int u0,
      int r0,
      int a0,
      int c1,
      int u1,
      int r1,
      int a1,
      boolean expected) {
    Deployment d =
        DeploymentUtilTest.generateDeployment("nginx").withStatus(counts(c0, u0, r0, a0));
    assertThat(DeploymentConditions.deploymentProgressing(d, counts(c1, u1, r1, a1)))
        .isEqualTo(expected);
  }

  static Instant time(int min, int sec) {
    return Instant.parse("2016-01-01T00:00:00Z").plusSeconds(min * 60L + sec);
  }

  /** TestDeploymentTimedOut. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "nil progressDeadlineSeconds specified - no timeout, '', , 1, 9, 1, 20, false",
    "infinite progressDeadlineSeconds specified - no timeout, '', 2147483647, 1, 9, 1, 20, false",
    "'progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:09 => 11s', '', 10, 1, 9, 1,"
        + " 20, true",
    "'progressDeadlineSeconds: 10s, now - started => 00:01:20 - 00:01:11 => 9s', '', 10, 1, 11, 1,"
        + " 20, false",
    "previous status was a complete deployment, NewReplicaSetAvailable, , , , 1, 20, false"
  })
  void deploymentTimedOut(
      String name,
      String reason,
      Integer pds,
      Integer fromMin,
      Integer fromSec,
      int nowMin,
      int nowSec,
      boolean expected) {
    Instant from = fromMin == null ? null : time(fromMin, fromSec);
    var cond =
        new io.kubemu.model.apps.DeploymentCondition(
            "Progressing", "True", from, null, reason, null);
    DeploymentStatus s =
        new DeploymentStatus(null, null, null, null, null, null, null, List.of(cond), null);
    Deployment d = new Deployment(ObjectMeta.EMPTY, DeploymentSpec.EMPTY.withReplicas(1), s);
    d = d.withSpec(new DeploymentSpec(1, null, null, null, null, null, null, pds));
    assertThat(DeploymentConditions.deploymentTimedOut(d, s, time(nowMin, nowSec)))
        .isEqualTo(expected);
  }
}
