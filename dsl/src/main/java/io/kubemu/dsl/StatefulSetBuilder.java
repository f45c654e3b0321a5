package io.kubemu.dsl;

import io.kubemu.model.apps.RollingUpdateStatefulSetStrategy;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetOrdinals;
import io.kubemu.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import io.kubemu.model.core.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link StatefulSet}. Adds no defaults (the API server defaults replicas 1,
 * podManagementPolicy OrderedReady, updateStrategy RollingUpdate with partition 0,
 * revisionHistoryLimit 10, retention policy Retain/Retain). Mutable, not thread-safe.
 */
public final class StatefulSetBuilder
    extends AbstractWorkloadBuilder<StatefulSet, StatefulSetBuilder> {

  private Integer replicas;
  private final List<PersistentVolumeClaim> volumeClaimTemplates = new ArrayList<>();
  private String serviceName;
  private String podManagementPolicy;
  private StatefulSetUpdateStrategy updateStrategy;
  private Integer revisionHistoryLimit;
  private Integer minReadySeconds;
  private StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy;
  private StatefulSetOrdinals ordinals;
  private StatefulSetStatus status;

  StatefulSetBuilder() {}

  /** {@return a builder holding every field of {@code statefulSet}, status included} */
  public static StatefulSetBuilder from(StatefulSet statefulSet) {
    StatefulSetBuilder b = new StatefulSetBuilder().metadata(statefulSet.metadata());
    b.load(statefulSet.spec());
    b.status = statefulSet.status();
    return b;
  }

  /** {@code spec.replicas}. */
  public StatefulSetBuilder replicas(int replicas) {
    this.replicas = replicas;
    return this;
  }

  /** {@code spec.serviceName}: the headless service giving pods their DNS names. */
  public StatefulSetBuilder serviceName(String serviceName) {
    this.serviceName = serviceName;
    return this;
  }

  /** Appends to {@code spec.volumeClaimTemplates}: {@code volumeClaimTemplate(pvc("data")...)}. */
  public StatefulSetBuilder volumeClaimTemplate(PersistentVolumeClaimBuilder claim) {
    return volumeClaimTemplate(claim.build());
  }

  /** Appends to {@code spec.volumeClaimTemplates}. */
  public StatefulSetBuilder volumeClaimTemplate(PersistentVolumeClaim claim) {
    volumeClaimTemplates.add(claim);
    return this;
  }

  /** {@code spec.podManagementPolicy}: OrderedReady (the default) or Parallel. */
  public StatefulSetBuilder podManagementPolicy(String policy) {
    this.podManagementPolicy = policy;
    return this;
  }

  /**
   * {@code spec.updateStrategy.rollingUpdate.partition}: only ordinals at or above it are updated.
   * Keeps {@code maxUnavailable} and {@code updateStrategy.type} as they are.
   */
  public StatefulSetBuilder partition(int partition) {
    RollingUpdateStatefulSetStrategy r = rollingUpdate();
    return rollingUpdate(new RollingUpdateStatefulSetStrategy(partition, r.maxUnavailable()));
  }

  /**
   * {@code spec.updateStrategy.rollingUpdate.maxUnavailable}. Keeps {@code partition} and {@code
   * updateStrategy.type} as they are.
   */
  public StatefulSetBuilder rollingUpdate(MaxUnavailable maxUnavailable) {
    RollingUpdateStatefulSetStrategy r = rollingUpdate();
    return rollingUpdate(
        new RollingUpdateStatefulSetStrategy(r.partition(), maxUnavailable.value()));
  }

  /** {@code spec.updateStrategy: {type: OnDelete}}: pods are replaced only when deleted. */
  public StatefulSetBuilder onDelete() {
    updateStrategy = new StatefulSetUpdateStrategy(StatefulSetUpdateStrategy.ON_DELETE, null);
    return this;
  }

  /** {@code spec.updateStrategy}; replaces it. */
  public StatefulSetBuilder updateStrategy(StatefulSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return this;
  }

  /** {@code spec.revisionHistoryLimit} (unset means 10). */
  public StatefulSetBuilder revisionHistoryLimit(int limit) {
    this.revisionHistoryLimit = limit;
    return this;
  }

  /** {@code spec.minReadySeconds} (unset means 0). */
  public StatefulSetBuilder minReadySeconds(int seconds) {
    this.minReadySeconds = seconds;
    return this;
  }

  /** {@code spec.persistentVolumeClaimRetentionPolicy}: Retain or Delete for each case. */
  public StatefulSetBuilder persistentVolumeClaimRetentionPolicy(
      String whenDeleted, String whenScaled) {
    this.persistentVolumeClaimRetentionPolicy =
        new StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted, whenScaled);
    return this;
  }

  /** {@code spec.ordinals.start}: the first ordinal (unset means 0). */
  public StatefulSetBuilder ordinalsStart(int start) {
    this.ordinals = new StatefulSetOrdinals(start);
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public StatefulSetBuilder status(StatefulSetStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code spec} as a record (unset is passed as {@link
   * StatefulSetSpec#EMPTY}).
   */
  public StatefulSetBuilder spec(UnaryOperator<StatefulSetSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public StatefulSet build() {
    return new StatefulSet(meta(), present(spec(), StatefulSetSpec.EMPTY), status);
  }

  private RollingUpdateStatefulSetStrategy rollingUpdate() {
    return updateStrategy == null || updateStrategy.rollingUpdate() == null
        ? new RollingUpdateStatefulSetStrategy(null, null)
        : updateStrategy.rollingUpdate();
  }

  private StatefulSetBuilder rollingUpdate(RollingUpdateStatefulSetStrategy rollingUpdate) {
    updateStrategy =
        new StatefulSetUpdateStrategy(
            updateStrategy == null ? null : updateStrategy.type(), rollingUpdate);
    return this;
  }

  private StatefulSetSpec spec() {
    return new StatefulSetSpec(
        replicas,
        selector,
        template,
        volumeClaimTemplates,
        serviceName,
        podManagementPolicy,
        updateStrategy,
        revisionHistoryLimit,
        minReadySeconds,
        persistentVolumeClaimRetentionPolicy,
        ordinals);
  }

  private void load(StatefulSetSpec s) {
    specGiven(s != null);
    if (s == null) s = StatefulSetSpec.EMPTY;
    replicas = s.replicas();
    selector = s.selector();
    template = s.template();
    volumeClaimTemplates.clear();
    volumeClaimTemplates.addAll(s.volumeClaimTemplates());
    serviceName = s.serviceName();
    podManagementPolicy = s.podManagementPolicy();
    updateStrategy = s.updateStrategy();
    revisionHistoryLimit = s.revisionHistoryLimit();
    minReadySeconds = s.minReadySeconds();
    persistentVolumeClaimRetentionPolicy = s.persistentVolumeClaimRetentionPolicy();
    ordinals = s.ordinals();
  }
}
