package io.kubemu.engine.controller.deployment;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSetCondition;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The Deployment conditions and the rollout predicates built on them (upstream
 * pkg/controller/deployment/util/deployment_util.go). Pure functions; statuses are records, so
 * setters return the new status.
 */
public final class DeploymentConditions {
  private DeploymentConditions() {}

  // Progressing reasons
  /** A ReplicaSet of the Deployment was scaled as part of the rollout. */
  public static final String REPLICA_SET_UPDATED_REASON = "ReplicaSetUpdated";

  /** The new ReplicaSet could not be created. */
  public static final String FAILED_RS_CREATE_REASON = "ReplicaSetCreateError";

  /** The controller created the new ReplicaSet. */
  public static final String NEW_REPLICA_SET_REASON = "NewReplicaSetCreated";

  /** The controller found an existing new ReplicaSet. */
  public static final String FOUND_NEW_RS_REASON = "FoundNewReplicaSet";

  /** The new ReplicaSet is fully available: the rollout is complete. */
  public static final String NEW_RS_AVAILABLE_REASON = "NewReplicaSetAvailable";

  /** No progress within progressDeadlineSeconds. */
  public static final String TIMED_OUT_REASON = "ProgressDeadlineExceeded";

  /** The Deployment is paused: progress is not estimated. */
  public static final String PAUSED_DEPLOY_REASON = "DeploymentPaused";

  /** The Deployment was resumed. */
  public static final String RESUMED_DEPLOY_REASON = "DeploymentResumed";

  // Available reasons
  /** At least replicas - maxUnavailable pods are available. */
  public static final String MINIMUM_REPLICAS_AVAILABLE = "MinimumReplicasAvailable";

  /** Fewer than replicas - maxUnavailable pods are available. */
  public static final String MINIMUM_REPLICAS_UNAVAILABLE = "MinimumReplicasUnavailable";

  /**
   * {@return a condition whose update and transition times are {@code now}, to the second as the
   * API stores them} (NewDeploymentCondition)
   */
  public static DeploymentCondition newCondition(
      String type, String status, String reason, String message, Instant now) {
    Instant t = now.truncatedTo(ChronoUnit.SECONDS);
    return new DeploymentCondition(type, status, t, t, reason, message);
  }

  /** {@return the condition of this type, or null} (GetDeploymentCondition) */
  public static DeploymentCondition get(DeploymentStatus status, String type) {
    if (status == null) return null;
    for (DeploymentCondition c : status.conditions()) if (c.type().equals(type)) return c;
    return null;
  }

  /**
   * SetDeploymentCondition: nothing changes when a condition of the type has the same status and
   * reason; otherwise it replaces it (moved to the end), keeping lastTransitionTime when only the
   * reason changed.
   */
  public static DeploymentStatus set(DeploymentStatus status, DeploymentCondition condition) {
    DeploymentStatus s = orEmpty(status);
    DeploymentCondition cur = get(s, condition.type());
    if (cur != null
        && cur.status().equals(condition.status())
        && java.util.Objects.equals(cur.reason(), condition.reason())) {
      return s;
    }
    DeploymentCondition c = condition;
    if (cur != null && cur.status().equals(condition.status())) {
      c =
          new DeploymentCondition(
              c.type(),
              c.status(),
              c.lastUpdateTime(),
              cur.lastTransitionTime(),
              c.reason(),
              c.message());
    }
    List<DeploymentCondition> list = filterOut(s.conditions(), condition.type());
    list.add(c);
    return withConditions(s, list);
  }

  /** {@return the status without conditions of the type} (RemoveDeploymentCondition) */
  public static DeploymentStatus remove(DeploymentStatus status, String type) {
    DeploymentStatus s = orEmpty(status);
    return withConditions(s, filterOut(s.conditions(), type));
  }

  /** {@return a ReplicaSet failure as a Deployment condition} (ReplicaSetToDeploymentCondition) */
  static DeploymentCondition fromReplicaSet(ReplicaSetCondition c) {
    return new DeploymentCondition(
        c.type(),
        c.status(),
        c.lastTransitionTime(),
        c.lastTransitionTime(),
        c.reason(),
        c.message());
  }

  private static List<DeploymentCondition> filterOut(List<DeploymentCondition> cs, String type) {
    List<DeploymentCondition> out = new ArrayList<>();
    for (DeploymentCondition c : cs) if (!c.type().equals(type)) out.add(c);
    return out;
  }

  static DeploymentStatus orEmpty(DeploymentStatus s) {
    return s != null
        ? s
        : new DeploymentStatus(null, null, null, null, null, null, null, null, null);
  }

  static DeploymentStatus withConditions(DeploymentStatus s, List<DeploymentCondition> cs) {
    return new DeploymentStatus(
        s.observedGeneration(),
        s.replicas(),
        s.updatedReplicas(),
        s.readyReplicas(),
        s.availableReplicas(),
        s.unavailableReplicas(),
        s.terminatingReplicas(),
        cs,
        s.collisionCount());
  }

  // ---------------------------------------------------------------- predicates

  /** {@return whether a deadline applies: set and not MaxInt32} (HasProgressDeadline) */
  public static boolean hasProgressDeadline(Deployment d) {
    Integer p = d.spec() == null ? null : d.spec().progressDeadlineSeconds();
    return p != null && p != Integer.MAX_VALUE;
  }

  /**
   * {@return whether all replicas are updated and available and the latest generation is observed}
   * (DeploymentComplete)
   */
  public static boolean deploymentComplete(Deployment d, DeploymentStatus s) {
    int replicas = DeploymentUtil.replicas(d);
    return n(s.updatedReplicas()) == replicas
        && n(s.replicas()) == replicas
        && n(s.availableReplicas()) == replicas
        && l(s.observedGeneration()) >= l(d.metadata().generation());
  }

  /**
   * {@return whether the new status shows progress over the Deployment's: more updated, fewer old,
   * more ready or more available pods} (DeploymentProgressing)
   */
  public static boolean deploymentProgressing(Deployment d, DeploymentStatus newStatus) {
    DeploymentStatus old = orEmpty(d.status());
    int oldOld = n(old.replicas()) - n(old.updatedReplicas());
    int newOld = n(newStatus.replicas()) - n(newStatus.updatedReplicas());
    return n(newStatus.updatedReplicas()) > n(old.updatedReplicas())
        || newOld < oldOld
        || n(newStatus.readyReplicas()) > n(old.readyReplicas())
        || n(newStatus.availableReplicas()) > n(old.availableReplicas());
  }

  /**
   * {@return whether the Progressing condition's lastUpdateTime plus progressDeadlineSeconds lies
   * strictly before {@code now}} (DeploymentTimedOut): with a 10 s deadline, progress last seen at
   * 00:01:09 has timed out at 00:01:20 (11 s), progress at 00:01:11 has not (9 s). A completed
   * rollout never times out; one already timed out stays so.
   */
  public static boolean deploymentTimedOut(Deployment d, DeploymentStatus newStatus, Instant now) {
    if (!hasProgressDeadline(d)) return false;
    DeploymentCondition c = get(newStatus, DeploymentCondition.PROGRESSING);
    if (c == null) return false;
    if (NEW_RS_AVAILABLE_REASON.equals(c.reason())) return false;
    if (TIMED_OUT_REASON.equals(c.reason())) return true;
    Instant from = c.lastUpdateTime();
    if (from == null) return true; // Go's zero time is long past
    return from.plus(Duration.ofSeconds(d.spec().progressDeadlineSeconds())).isBefore(now);
  }

  static int n(Integer v) {
    return v == null ? 0 : v;
  }

  static long l(Long v) {
    return v == null ? 0 : v;
  }

  /** reflect.DeepEqual of two statuses, unset counts being 0 as on the wire. */
  static boolean statusEquals(DeploymentStatus a, DeploymentStatus b) {
    return normalize(a).equals(normalize(b));
  }

  private static DeploymentStatus normalize(DeploymentStatus s) {
    DeploymentStatus x = orEmpty(s);
    return new DeploymentStatus(
        l(x.observedGeneration()),
        DeploymentUtil.i(x.replicas()),
        DeploymentUtil.i(x.updatedReplicas()),
        DeploymentUtil.i(x.readyReplicas()),
        DeploymentUtil.i(x.availableReplicas()),
        DeploymentUtil.i(x.unavailableReplicas()),
        x.terminatingReplicas(),
        x.conditions(),
        x.collisionCount());
  }

  static DeploymentStatus withObservedGeneration(DeploymentStatus s, long generation) {
    return new DeploymentStatus(
        generation,
        s.replicas(),
        s.updatedReplicas(),
        s.readyReplicas(),
        s.availableReplicas(),
        s.unavailableReplicas(),
        s.terminatingReplicas(),
        s.conditions(),
        s.collisionCount());
  }
}
