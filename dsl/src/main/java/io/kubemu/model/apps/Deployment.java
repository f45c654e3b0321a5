package io.kubemu.model.apps;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A Deployment (apps/v1): declarative updates for pods through ReplicaSets.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record Deployment(ObjectMeta metadata, DeploymentSpec spec, DeploymentStatus status)
    implements HasStatus<DeploymentStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "apps/v1";

  /** The kind {@value}. */
  public static final String KIND = "Deployment";

  /** Annotation holding the rollout revision on a Deployment and its ReplicaSets. */
  public static final String REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

  /** Annotation recording the command that caused a change (kubectl --record). */
  public static final String CHANGE_CAUSE_ANNOTATION = "kubernetes.io/change-cause";

  /** Label added to a ReplicaSet and its pods to tell templates apart. */
  public static final String POD_TEMPLATE_HASH_LABEL = "pod-template-hash";

  public Deployment {
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
  public Deployment withMetadata(ObjectMeta metadata) {
    return new Deployment(metadata, spec, status);
  }

  public Deployment withSpec(DeploymentSpec spec) {
    return new Deployment(metadata, spec, status);
  }

  @Override
  public Deployment withStatus(DeploymentStatus status) {
    return new Deployment(metadata, spec, status);
  }

  /** {@return a copy with {@code spec.replicas} set} */
  public Deployment withReplicas(int replicas) {
    return withSpec(specOrEmpty().withReplicas(replicas));
  }

  /** {@return a copy with {@code spec.paused} set} */
  public Deployment withPaused(boolean paused) {
    return withSpec(specOrEmpty().withPaused(paused));
  }

  /**
   * {@return a copy whose template runs {@code image} in the container (or init container) named
   * {@code container}, as {@code kubectl set image} does}
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  public Deployment withImage(String container, String image) {
    DeploymentSpec s = specOrEmpty();
    return withSpec(s.withTemplate(PodTemplates.withImage(s.template(), container, image)));
  }

  private DeploymentSpec specOrEmpty() {
    return spec == null ? DeploymentSpec.EMPTY : spec;
  }
}
