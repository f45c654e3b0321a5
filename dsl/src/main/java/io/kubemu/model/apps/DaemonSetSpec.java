package io.kubemu.model.apps;

import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;

/**
 * The desired state of a DaemonSet (apps/v1 DaemonSetSpec).
 *
 * @param selector label selector of the pods; required, must match the template's labels
 * @param template the pod template, run on every eligible node; restartPolicy must be Always
 * @param updateStrategy how to replace pods; defaults to RollingUpdate with maxUnavailable 1
 * @param minReadySeconds seconds a new pod must be ready to count as available; defaults to 0
 * @param revisionHistoryLimit old ControllerRevisions kept for rollback; defaults to 10
 */
public record DaemonSetSpec(
    LabelSelector selector,
    PodTemplateSpec template,
    DaemonSetUpdateStrategy updateStrategy,
    Integer minReadySeconds,
    Integer revisionHistoryLimit) {

  /** A spec with every field unset. */
  public static final DaemonSetSpec EMPTY = new DaemonSetSpec(null, null, null, null, null);

  public DaemonSetSpec withTemplate(PodTemplateSpec template) {
    return new DaemonSetSpec(
        selector, template, updateStrategy, minReadySeconds, revisionHistoryLimit);
  }

  public DaemonSetSpec withUpdateStrategy(DaemonSetUpdateStrategy updateStrategy) {
    return new DaemonSetSpec(
        selector, template, updateStrategy, minReadySeconds, revisionHistoryLimit);
  }
}
