package io.kubemu.model.apps;

import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;

/**
 * The desired state of a Deployment (apps/v1 DeploymentSpec). Null means unset; the API server's
 * defaulting fills in the defaults stated here.
 *
 * @param replicas desired pods; defaults to 1
 * @param selector label selector of the pods; required, must match the template's labels and is
 *     immutable
 * @param template the pod template; required
 * @param strategy how to replace pods; defaults to RollingUpdate with 25%/25%
 * @param minReadySeconds seconds a new pod must be ready to count as available; defaults to 0
 * @param revisionHistoryLimit old ReplicaSets kept for rollback; defaults to 10
 * @param paused whether the deployment is paused; defaults to false
 * @param progressDeadlineSeconds seconds before a stalled rollout is reported as failed (condition
 *     Progressing=False, reason ProgressDeadlineExceeded); defaults to 600
 */
public record DeploymentSpec(
    Integer replicas,
    LabelSelector selector,
    PodTemplateSpec template,
    DeploymentStrategy strategy,
    Integer minReadySeconds,
    Integer revisionHistoryLimit,
    Boolean paused,
    Integer progressDeadlineSeconds) {

  /** A spec with every field unset. */
  public static final DeploymentSpec EMPTY =
      new DeploymentSpec(null, null, null, null, null, null, null, null);

  public DeploymentSpec withReplicas(Integer replicas) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withSelector(LabelSelector selector) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withTemplate(PodTemplateSpec template) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withStrategy(DeploymentStrategy strategy) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }

  public DeploymentSpec withPaused(Boolean paused) {
    return new DeploymentSpec(
        replicas,
        selector,
        template,
        strategy,
        minReadySeconds,
        revisionHistoryLimit,
        paused,
        progressDeadlineSeconds);
  }
}
