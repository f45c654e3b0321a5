package io.kubemu.model.apps;

import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;

/**
 * The desired state of a ReplicaSet (apps/v1 ReplicaSetSpec).
 *
 * @param replicas desired pods; defaults to 1
 * @param minReadySeconds seconds a new pod must be ready to count as available; defaults to 0
 * @param selector label selector of the pods; required, must match the template's labels
 * @param template the pod template
 */
public record ReplicaSetSpec(
    Integer replicas, Integer minReadySeconds, LabelSelector selector, PodTemplateSpec template) {

  /** A spec with every field unset. */
  public static final ReplicaSetSpec EMPTY = new ReplicaSetSpec(null, null, null, null);

  public ReplicaSetSpec withReplicas(Integer replicas) {
    return new ReplicaSetSpec(replicas, minReadySeconds, selector, template);
  }

  public ReplicaSetSpec withTemplate(PodTemplateSpec template) {
    return new ReplicaSetSpec(replicas, minReadySeconds, selector, template);
  }
}
