package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.RollingUpdateDeployment;
import java.util.List;

/**
 * The rolling-update arithmetic (upstream pkg/controller/deployment/util/deployment_util.go): surge
 * and unavailability bounds, the new ReplicaSet's next size, saturation and proportional scaling.
 * Pure functions.
 */
public final class Fenceposts {
  private Fenceposts() {}

  /** The resolved bounds: pods above desired, and pods below desired, allowed during a rollout. */
  public record Bounds(int maxSurge, int maxUnavailable) {}

  /**
   * ResolveFenceposts: surge rounds up, unavailable rounds down, both against {@code desired}; a
   * missing value counts as 0; when both come out 0, unavailable is 1 (else nothing could move).
   * With desired 10 and 39%/39%: surge ceil(3.9) = 4, unavailable floor(3.9) = 3.
   *
   * @throws IllegalArgumentException for a string that is not a percentage, in Kubernetes' words
   */
  public static Bounds resolveFenceposts(
      IntOrString maxSurge, IntOrString maxUnavailable, int desired) {
    int surge = (maxSurge == null ? IntOrString.of(0) : maxSurge).scaledValue(desired, true);
    int unavailable =
        (maxUnavailable == null ? IntOrString.of(0) : maxUnavailable).scaledValue(desired, false);
    if (surge == 0 && unavailable == 0) unavailable = 1;
    return new Bounds(surge, unavailable);
  }

  private static Bounds bounds(Deployment d) {
    RollingUpdateDeployment ru = d.spec().strategy().rollingUpdate();
    return resolveFenceposts(
        ru == null ? null : ru.maxSurge(),
        ru == null ? null : ru.maxUnavailable(),
        DeploymentUtil.replicas(d));
  }

  /** {@return the surge of a rolling Deployment, 0 for Recreate} (MaxSurge) */
  public static int maxSurge(Deployment d) {
    if (!DeploymentUtil.isRollingUpdate(d)) return 0;
    return bounds(d).maxSurge();
  }

  /**
   * {@return the unavailability of a rolling Deployment, at most replicas; 0 for Recreate or 0
   * replicas} (MaxUnavailable)
   */
  public static int maxUnavailable(Deployment d) {
    if (!DeploymentUtil.isRollingUpdate(d) || DeploymentUtil.replicas(d) == 0) return 0;
    return Math.min(bounds(d).maxUnavailable(), DeploymentUtil.replicas(d));
  }

  /** {@return replicas - maxUnavailable for a rolling Deployment, else 0} (MinAvailable) */
  public static int minAvailable(Deployment d) {
    if (!DeploymentUtil.isRollingUpdate(d)) return 0;
    return DeploymentUtil.replicas(d) - maxUnavailable(d);
  }

  /**
   * NewRSNewReplicas: for RollingUpdate, the new ReplicaSet grows into the room the surge leaves,
   * never beyond replicas: replicas 10, maxSurge 2, old sets at 10 and the new at 0 → 12 - 10 = 2
   * more; with the old at 5 → min(12 - 5, 10 - 0) = 7. For Recreate, replicas at once.
   */
  public static int newRSNewReplicas(Deployment d, List<ReplicaSet> allRSs, ReplicaSet newRS) {
    String type = d.spec().strategy() == null ? null : d.spec().strategy().type();
    int replicas = DeploymentUtil.replicas(d);
    int current = ControllerUtils.replicas(newRS);
    if ("RollingUpdate".equals(type)) {
      RollingUpdateDeployment ru = d.spec().strategy().rollingUpdate();
      IntOrString surge = ru == null ? null : ru.maxSurge();
      int maxSurge = surge == null ? 0 : surge.scaledValue(replicas, true);
      int currentPodCount = DeploymentUtil.replicaCount(allRSs);
      int maxTotalPods = replicas + maxSurge;
      if (currentPodCount >= maxTotalPods) return current; // cannot scale up
      int scaleUpCount = Math.min(maxTotalPods - currentPodCount, replicas - current);
      return current + scaleUpCount;
    }
    if ("Recreate".equals(type)) return replicas;
    throw new IllegalArgumentException("deployment type " + type + " isn't supported");
  }

  /**
   * {@return whether the ReplicaSet is the whole Deployment: replicas, desired-replicas and
   * available all equal {@code spec.replicas}} (IsSaturated)
   */
  public static boolean isSaturated(Deployment d, ReplicaSet rs) {
    if (rs == null) return false;
    Integer desired =
        ReplicaSetAnnotations.intAnnotation(rs, DeploymentUtil.DESIRED_REPLICAS_ANNOTATION);
    if (desired == null) return false;
    int replicas = DeploymentUtil.replicas(d);
    int available = rs.status() == null ? 0 : DeploymentUtil.i(rs.status().availableReplicas());
    return ControllerUtils.replicas(rs) == replicas && desired == replicas && available == replicas;
  }

  /**
   * GetProportion: the share of {@code deploymentReplicasToAdd} for one ReplicaSet, never beyond
   * what is left to add (or remove).
   */
  public static int getProportion(
      ReplicaSet rs, Deployment d, int deploymentReplicasToAdd, int deploymentReplicasAdded) {
    if (rs == null
        || ControllerUtils.replicas(rs) == 0
        || deploymentReplicasToAdd == 0
        || deploymentReplicasToAdd == deploymentReplicasAdded) {
      return 0;
    }
    int rsFraction = getReplicaSetFraction(rs, d);
    int allowed = deploymentReplicasToAdd - deploymentReplicasAdded;
    return deploymentReplicasToAdd > 0
        ? Math.min(rsFraction, allowed)
        : Math.max(rsFraction, allowed);
  }

  /**
   * getReplicaSetFraction: the ReplicaSet's size scaled from the max-replicas it was sized for to
   * the new replicas + maxSurge, minus its size. Scaling 120 (surge 10) with a set of 50 sized for
   * 110: round(50 * 130 / 110) - 50 = 59 - 50 = 9. Scaling to 0 removes the whole set. Without a
   * usable max-replicas annotation the Deployment's status.replicas is the base; with no base at
   * all, nothing changes (upstream divides by zero there before v1.33).
   */
  static int getReplicaSetFraction(ReplicaSet rs, Deployment d) {
    int replicas = DeploymentUtil.replicas(d);
    int rsReplicas = ControllerUtils.replicas(rs);
    if (replicas == 0) return -rsReplicas;
    int deploymentReplicas = replicas + maxSurge(d);
    Integer annotated =
        ReplicaSetAnnotations.intAnnotation(rs, DeploymentUtil.MAX_REPLICAS_ANNOTATION);
    if (annotated == null || annotated <= 0) {
      annotated = d.status() == null ? 0 : DeploymentUtil.i(d.status().replicas());
    }
    if (annotated == 0) return 0;
    double newRSsize = (double) (rsReplicas * deploymentReplicas) / annotated;
    return roundToInt32(newRSsize) - rsReplicas;
  }

  /** integer.RoundToInt32: half away from zero. */
  static int roundToInt32(double a) {
    return a < 0 ? (int) (a - 0.5) : (int) (a + 0.5);
  }
}
