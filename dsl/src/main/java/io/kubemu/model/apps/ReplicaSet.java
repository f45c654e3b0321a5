package io.kubemu.model.apps;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A ReplicaSet (apps/v1): keeps a number of identical pods running.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record ReplicaSet(ObjectMeta metadata, ReplicaSetSpec spec, ReplicaSetStatus status)
    implements HasStatus<ReplicaSetStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "apps/v1";

  /** The kind {@value}. */
  public static final String KIND = "ReplicaSet";

  public ReplicaSet {
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
  public ReplicaSet withMetadata(ObjectMeta metadata) {
    return new ReplicaSet(metadata, spec, status);
  }

  public ReplicaSet withSpec(ReplicaSetSpec spec) {
    return new ReplicaSet(metadata, spec, status);
  }

  @Override
  public ReplicaSet withStatus(ReplicaSetStatus status) {
    return new ReplicaSet(metadata, spec, status);
  }

  /** {@return a copy with {@code spec.replicas} set} */
  public ReplicaSet withReplicas(int replicas) {
    return withSpec(specOrEmpty().withReplicas(replicas));
  }

  /**
   * {@return a copy whose template runs {@code image} in the container named {@code container}}
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  public ReplicaSet withImage(String container, String image) {
    ReplicaSetSpec s = specOrEmpty();
    return withSpec(s.withTemplate(PodTemplates.withImage(s.template(), container, image)));
  }

  private ReplicaSetSpec specOrEmpty() {
    return spec == null ? ReplicaSetSpec.EMPTY : spec;
  }
}
