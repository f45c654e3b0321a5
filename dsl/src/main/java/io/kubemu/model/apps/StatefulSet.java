package io.kubemu.model.apps;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A StatefulSet (apps/v1): pods with stable names, ordinals and storage.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record StatefulSet(ObjectMeta metadata, StatefulSetSpec spec, StatefulSetStatus status)
    implements HasStatus<StatefulSetStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "apps/v1";

  /** The kind {@value}. */
  public static final String KIND = "StatefulSet";

  /** Label holding the ControllerRevision name a pod was made from. */
  public static final String REVISION_LABEL = "controller-revision-hash";

  /** Label holding a StatefulSet pod's name. */
  public static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";

  /** Label holding a StatefulSet pod's ordinal. */
  public static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

  public StatefulSet {
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
  public StatefulSet withMetadata(ObjectMeta metadata) {
    return new StatefulSet(metadata, spec, status);
  }

  public StatefulSet withSpec(StatefulSetSpec spec) {
    return new StatefulSet(metadata, spec, status);
  }

  @Override
  public StatefulSet withStatus(StatefulSetStatus status) {
    return new StatefulSet(metadata, spec, status);
  }

  /** {@return a copy with {@code spec.replicas} set} */
  public StatefulSet withReplicas(int replicas) {
    return withSpec(specOrEmpty().withReplicas(replicas));
  }

  /**
   * {@return a copy whose template runs {@code image} in the container named {@code container}}
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  public StatefulSet withImage(String container, String image) {
    StatefulSetSpec s = specOrEmpty();
    return withSpec(s.withTemplate(PodTemplates.withImage(s.template(), container, image)));
  }

  /**
   * {@return a copy with a RollingUpdate strategy partitioned at {@code partition}, keeping any
   * maxUnavailable already set}
   */
  public StatefulSet withPartition(int partition) {
    StatefulSetSpec s = specOrEmpty();
    StatefulSetUpdateStrategy u = s.updateStrategy();
    RollingUpdateStatefulSetStrategy r = u == null ? null : u.rollingUpdate();
    return withSpec(
        s.withUpdateStrategy(
            new StatefulSetUpdateStrategy(
                StatefulSetUpdateStrategy.ROLLING_UPDATE,
                new RollingUpdateStatefulSetStrategy(
                    partition, r == null ? null : r.maxUnavailable()))));
  }

  private StatefulSetSpec specOrEmpty() {
    return spec == null ? StatefulSetSpec.EMPTY : spec;
  }
}
