package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.DeploymentStrategy;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upstream's deployment_util_test.go: fenceposts, new RS replicas, max/min availability, fractions.
 */
class FencepostsTest {

  /** TestResolveFenceposts. */
  @ParameterizedTest(name = "{0}/{1} of {2} -> {3}:{4}")
  @CsvSource({
    "0%, 0%, 0, 0, 1, false",
    "39%, 39%, 10, 4, 3, false",
    "oops, 39%, 10, 0, 0, true",
    "55%, urg, 10, 0, 0, true",
    ", 39%, 10, 0, 3, false",
    "39%, , 10, 4, 0, false",
    ", , 10, 0, 1, false"
  })
  void resolveFenceposts(
      String maxSurge,
      String maxUnavailable,
      int desired,
      int surge,
      int unavailable,
      boolean err) {
    IntOrString s = maxSurge == null ? null : IntOrString.of(maxSurge);
    IntOrString u = maxUnavailable == null ? null : IntOrString.of(maxUnavailable);
    if (err) {
      assertThatThrownBy(() -> Fenceposts.resolveFenceposts(s, u, desired))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("invalid value for IntOrString");
      return;
    }
    assertThat(Fenceposts.resolveFenceposts(s, u, desired))
        .isEqualTo(new Fenceposts.Bounds(surge, unavailable));
  }

  static Deployment rolling(int replicas, IntOrString maxSurge, IntOrString maxUnavailable) {
    Deployment d = DeploymentUtilTest.generateDeployment("nginx");
    return d.withSpec(
        d.spec()
            .withReplicas(replicas)
            .withStrategy(DeploymentStrategy.rollingUpdate(maxUnavailable, maxSurge)));
  }

  /** TestNewRSNewReplicas. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "can not scale up - to newRSReplicas, RollingUpdate, 1, 5, 1, 5",
    "scale up - to depReplicas, RollingUpdate, 6, 2, 10, 6",
    "recreate - to depReplicas, Recreate, 3, 1, 1, 3"
  })
  void newRSNewReplicas(
      String name, String type, int depReplicas, int newRSReplicas, int maxSurge, int expected) {
    Deployment d = rolling(depReplicas, IntOrString.of(maxSurge), IntOrString.of(1));
    d =
        d.withSpec(
            d.spec()
                .withStrategy(new DeploymentStrategy(type, d.spec().strategy().rollingUpdate())));
    ReplicaSet newRC = DeploymentUtilTest.generateRS(d, "new", null, null, newRSReplicas);
    ReplicaSet rs5 = DeploymentUtilTest.generateRS(d, "rs5", null, null, 5);
    assertThat(Fenceposts.newRSNewReplicas(d, List.of(rs5), newRC)).isEqualTo(expected);
  }

  /** TestMaxUnavailable. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "maxUnavailable less than replicas, 10, 5, 5",
    "maxUnavailable equal replicas, 10, 10, 10",
    "maxUnavailable greater than replicas, 5, 10, 5",
    "maxUnavailable with replicas is 0, 0, 10, 0",
    "maxUnavailable less than replicas with percents, 10, 50%, 5",
    "maxUnavailable equal replicas with percents, 10, 100%, 10",
    "maxUnavailable greater than replicas with percents, 5, 100%, 5"
  })
  void maxUnavailable(String name, int replicas, String maxUnavailable, int expected) {
    assertThat(
            Fenceposts.maxUnavailable(
                rolling(replicas, IntOrString.of(1), IntOrString.parse(maxUnavailable))))
        .isEqualTo(expected);
  }

  @Test
  void maxUnavailableWithRecreateDeploymentStrategy() {
    Deployment d =
        new Deployment(
            ObjectMeta.EMPTY,
            DeploymentSpec.EMPTY.withStrategy(DeploymentStrategy.recreate()),
            null);
    assertThat(Fenceposts.maxUnavailable(d)).isZero();
  }

  /** TestMinAvailable. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "replicas greater than maxUnavailable, 10, 5, 5",
    "replicas equal maxUnavailable, 10, 10, 0",
    "replicas less than maxUnavailable, 5, 10, 0",
    "replicas is 0, 0, 10, 0",
    "replicas greater than maxUnavailable with percents, 10, 60%, 4",
    "replicas equal maxUnavailable with percents, 10, 100%, 0",
    "replicas less than maxUnavailable with percents, 5, 100%, 0"
  })
  void minAvailable(String name, int replicas, String maxUnavailable, int expected) {
    assertThat(
            Fenceposts.minAvailable(
                rolling(replicas, IntOrString.of(1), IntOrString.parse(maxUnavailable))))
        .isEqualTo(expected);
  }

  @Test
  void minAvailableWithRecreateDeploymentStrategy() {
    Deployment d =
        new Deployment(
            ObjectMeta.EMPTY,
            DeploymentSpec.EMPTY.withReplicas(10).withStrategy(DeploymentStrategy.recreate()),
            null);
    assertThat(Fenceposts.minAvailable(d)).isZero();
  }

  /** TestGetReplicaSetFraction. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty deployment always scales to 0, 0, 0, 0, 10, , -10",
    "unsynced deployment does not scale when max-replicas annotation is missing, 10, 0, 0, 5, , 0",
    "unsynced deployment does not scale when max-replicas annotation is 0, 10, 0, 0, 5, 0, 0",
    "scale up by 1/5 when max-replicas annotation is missing, 120, 100, 0, 50, , 10",
    "scale up by 1/5 when max-replicas annotation is 0, 120, 100, 0, 50, 0, 10",
    "scale up by 1/5 should increase RS replicas by 1/5, 120, 0, 0, 50, 100, 10",
    "scale up with maxSurge by 1/5 should increase RS replicas approximately by 1/5, 120, 0, 10,"
        + " 50, 110, 9",
    "scale down by 1/6 should decrease RS replicas by 1/6, 10, 0, 0, 6, 12, -1",
    "scale down with maxSurge by 1/6 should decrease RS replicas approximately by 1/6, 100, 0, 10,"
        + " 50, 130, -8"
  })
  void replicaSetFraction(
      String name,
      int replicas,
      int statusReplicas,
      int maxSurge,
      int rsReplicas,
      String maxReplicasAnnotation,
      int expected) {
    Deployment d =
        rolling(replicas, IntOrString.of(maxSurge), IntOrString.of(1))
            .withStatus(
                new DeploymentStatus(
                    null, statusReplicas, null, null, null, null, null, null, null));
    Map<String, String> a =
        maxReplicasAnnotation == null
            ? Map.of()
            : Map.of(DeploymentUtil.MAX_REPLICAS_ANNOTATION, maxReplicasAnnotation);
    ReplicaSet rs = DeploymentUtilTest.generateRS(d, "rs", null, null, rsReplicas);
    rs = rs.withMetadata(rs.metadata().withAnnotations(a));
    assertThat(Fenceposts.getReplicaSetFraction(rs, d)).isEqualTo(expected);
  }
}
