package io.kubemu.model.policy;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A PodDisruptionBudget (policy/v1; read from policy/v1beta1 too): limits voluntary disruptions
 * (evictions) of a set of pods.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state, or null
 * @param status the observed state, or null before the controller wrote one
 */
public record PodDisruptionBudget(
    ObjectMeta metadata, PodDisruptionBudgetSpec spec, PodDisruptionBudgetStatus status)
    implements HasStatus<PodDisruptionBudgetStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "policy/v1";

  /** The kind {@value}. */
  public static final String KIND = "PodDisruptionBudget";

  public PodDisruptionBudget {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public PodDisruptionBudget withMetadata(ObjectMeta metadata) {
    return new PodDisruptionBudget(metadata, spec, status);
  }

  public PodDisruptionBudget withSpec(PodDisruptionBudgetSpec spec) {
    return new PodDisruptionBudget(metadata, spec, status);
  }

  @Override
  public PodDisruptionBudget withStatus(PodDisruptionBudgetStatus status) {
    return new PodDisruptionBudget(metadata, spec, status);
  }
}
