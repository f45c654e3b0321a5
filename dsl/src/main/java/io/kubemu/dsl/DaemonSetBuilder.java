package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetSpec;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.apps.RollingUpdateDaemonSet;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link DaemonSet}. Adds no defaults (the API server defaults updateStrategy to
 * RollingUpdate with maxUnavailable 1, maxSurge 0). Mutable, not thread-safe.
 */
public final class DaemonSetBuilder extends AbstractWorkloadBuilder<DaemonSet, DaemonSetBuilder> {

  private static final DaemonSetSpec UNSET = new DaemonSetSpec(null, null, null, null, null);

  private DaemonSetUpdateStrategy updateStrategy;
  private Integer minReadySeconds;
  private Integer revisionHistoryLimit;
  private DaemonSetStatus status;

  DaemonSetBuilder() {}

  /** {@return a builder holding every field of {@code daemonSet}, status included} */
  public static DaemonSetBuilder from(DaemonSet daemonSet) {
    DaemonSetBuilder b = new DaemonSetBuilder().metadata(daemonSet.metadata());
    b.load(daemonSet.spec());
    b.status = daemonSet.status();
    return b;
  }

  /**
   * {@code spec.updateStrategy.rollingUpdate.maxUnavailable}: {@code
   * rollingUpdate(maxUnavailable(1))}. A bound set before and not given here is kept; {@code
   * updateStrategy.type} is left as it is (unset means RollingUpdate).
   */
  public DaemonSetBuilder rollingUpdate(MaxUnavailable maxUnavailable) {
    return rollingUpdate(maxUnavailable.value(), null);
  }

  /**
   * {@code spec.updateStrategy.rollingUpdate.maxSurge}; see {@link #rollingUpdate(MaxUnavailable)}.
   */
  public DaemonSetBuilder rollingUpdate(MaxSurge maxSurge) {
    return rollingUpdate(null, maxSurge.value());
  }

  /** Both bounds of {@code spec.updateStrategy.rollingUpdate}. */
  public DaemonSetBuilder rollingUpdate(MaxSurge maxSurge, MaxUnavailable maxUnavailable) {
    return rollingUpdate(maxUnavailable.value(), maxSurge.value());
  }

  /** Both bounds of {@code spec.updateStrategy.rollingUpdate}. */
  public DaemonSetBuilder rollingUpdate(MaxUnavailable maxUnavailable, MaxSurge maxSurge) {
    return rollingUpdate(maxUnavailable.value(), maxSurge.value());
  }

  /** {@code spec.updateStrategy: {type: OnDelete}}: pods are replaced only when deleted. */
  public DaemonSetBuilder onDelete() {
    updateStrategy = new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null);
    return this;
  }

  /** {@code spec.updateStrategy}; replaces it. */
  public DaemonSetBuilder updateStrategy(DaemonSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return this;
  }

  /** {@code spec.minReadySeconds} (unset means 0). */
  public DaemonSetBuilder minReadySeconds(int seconds) {
    this.minReadySeconds = seconds;
    return this;
  }

  /** {@code spec.revisionHistoryLimit} (unset means 10). */
  public DaemonSetBuilder revisionHistoryLimit(int limit) {
    this.revisionHistoryLimit = limit;
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public DaemonSetBuilder status(DaemonSetStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed with every field null). */
  public DaemonSetBuilder spec(UnaryOperator<DaemonSetSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public DaemonSet build() {
    return new DaemonSet(meta(), present(spec(), UNSET), status);
  }

  private DaemonSetBuilder rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    DaemonSetUpdateStrategy s = updateStrategy;
    RollingUpdateDaemonSet old =
        s == null || s.rollingUpdate() == null
            ? new RollingUpdateDaemonSet(null, null)
            : s.rollingUpdate();
    updateStrategy =
        new DaemonSetUpdateStrategy(
            s == null ? null : s.type(),
            new RollingUpdateDaemonSet(
                maxUnavailable != null ? maxUnavailable : old.maxUnavailable(),
                maxSurge != null ? maxSurge : old.maxSurge()));
    return this;
  }

  private DaemonSetSpec spec() {
    return new DaemonSetSpec(
        selector, template, updateStrategy, minReadySeconds, revisionHistoryLimit);
  }

  private void load(DaemonSetSpec s) {
    specGiven(s != null);
    if (s == null) s = UNSET;
    selector = s.selector();
    template = s.template();
    updateStrategy = s.updateStrategy();
    minReadySeconds = s.minReadySeconds();
    revisionHistoryLimit = s.revisionHistoryLimit();
  }
}
