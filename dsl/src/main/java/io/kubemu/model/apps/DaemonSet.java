package io.kubemu.model.apps;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A DaemonSet (apps/v1): runs a copy of a pod on every eligible node.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record DaemonSet(ObjectMeta metadata, DaemonSetSpec spec, DaemonSetStatus status)
    implements HasStatus<DaemonSetStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "apps/v1";

  /** The kind {@value}. */
  public static final String KIND = "DaemonSet";

  /** Deprecated annotation holding the template generation on DaemonSet pods. */
  public static final String DEPRECATED_TEMPLATE_GENERATION =
      "deprecated.daemonset.template.generation";

  public DaemonSet {
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
  public DaemonSet withMetadata(ObjectMeta metadata) {
    return new DaemonSet(metadata, spec, status);
  }

  public DaemonSet withSpec(DaemonSetSpec spec) {
    return new DaemonSet(metadata, spec, status);
  }

  @Override
  public DaemonSet withStatus(DaemonSetStatus status) {
    return new DaemonSet(metadata, spec, status);
  }

  /**
   * {@return a copy whose template runs {@code image} in the container named {@code container}}
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  public DaemonSet withImage(String container, String image) {
    DaemonSetSpec s = spec == null ? DaemonSetSpec.EMPTY : spec;
    return withSpec(s.withTemplate(PodTemplates.withImage(s.template(), container, image)));
  }
}
