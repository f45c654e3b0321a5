package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.DeploymentStrategy;
import io.kubemu.model.apps.RollingUpdateDeployment;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Deployment}. Adds no defaults: what is not set stays unset until the API server
 * defaults it (replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds
 * 600). Mutable, not thread-safe.
 */
public final class DeploymentBuilder
    extends AbstractWorkloadBuilder<Deployment, DeploymentBuilder> {

  private Integer replicas;
  private DeploymentStrategy strategy;
  private Integer minReadySeconds;
  private Integer revisionHistoryLimit;
  private Boolean paused;
  private Integer progressDeadlineSeconds;
  private DeploymentStatus status;

  DeploymentBuilder() {}

  /** {@return a builder holding every field of {@code deployment}, status included} */
  public static DeploymentBuilder from(Deployment deployment) {
    DeploymentBuilder b = new DeploymentBuilder().metadata(deployment.metadata());
    b.load(deployment.spec());
    b.status = deployment.status();
    return b;
  }

  /** {@code spec.replicas}. */
  public DeploymentBuilder replicas(int replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * {@code spec.strategy.rollingUpdate}: {@code rollingUpdate(maxSurge(1), maxUnavailable(0))}. The
   * given bounds replace those set before, the others are kept; {@code strategy.type} is left as it
   * is (unset means RollingUpdate).
   */
  public DeploymentBuilder rollingUpdate(MaxSurge maxSurge, MaxUnavailable maxUnavailable) {
    return rollingUpdate(maxUnavailable.value(), maxSurge.value());
  }

  /** As {@link #rollingUpdate(MaxSurge, MaxUnavailable)}, in the other order. */
  public DeploymentBuilder rollingUpdate(MaxUnavailable maxUnavailable, MaxSurge maxSurge) {
    return rollingUpdate(maxUnavailable.value(), maxSurge.value());
  }

  /**
   * {@code spec.strategy.rollingUpdate.maxSurge}; see {@link #rollingUpdate(MaxSurge,
   * MaxUnavailable)}.
   */
  public DeploymentBuilder rollingUpdate(MaxSurge maxSurge) {
    return rollingUpdate(null, maxSurge.value());
  }

  /**
   * {@code spec.strategy.rollingUpdate.maxUnavailable}; see {@link #rollingUpdate(MaxSurge,
   * MaxUnavailable)}.
   */
  public DeploymentBuilder rollingUpdate(MaxUnavailable maxUnavailable) {
    return rollingUpdate(maxUnavailable.value(), null);
  }

  /** {@code spec.strategy: {type: Recreate}}: kill all old pods before creating new ones. */
  public DeploymentBuilder recreate() {
    strategy = DeploymentStrategy.recreate();
    return this;
  }

  /** {@code spec.strategy}; replaces it. */
  public DeploymentBuilder strategy(DeploymentStrategy strategy) {
    this.strategy = strategy;
    return this;
  }

  /** {@code spec.minReadySeconds} (unset means 0). */
  public DeploymentBuilder minReadySeconds(int seconds) {
    this.minReadySeconds = seconds;
    return this;
  }

  /** {@code spec.revisionHistoryLimit} (unset means 10). */
  public DeploymentBuilder revisionHistoryLimit(int limit) {
    this.revisionHistoryLimit = limit;
    return this;
  }

  /** {@code spec.paused}. */
  public DeploymentBuilder paused(boolean paused) {
    this.paused = paused;
    return this;
  }

  /** {@code spec.progressDeadlineSeconds} (unset means 600). */
  public DeploymentBuilder progressDeadlineSeconds(int seconds) {
    this.progressDeadlineSeconds = seconds;
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public DeploymentBuilder status(DeploymentStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code spec} as a record (unset is passed as {@link DeploymentSpec#EMPTY}).
   */
  public DeploymentBuilder spec(UnaryOperator<DeploymentSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public Deployment build() {
    return new Deployment(meta(), present(spec(), DeploymentSpec.EMPTY), status);
  }

  private DeploymentBuilder rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    RollingUpdateDeployment old =
        strategy == null || strategy.rollingUpdate() == null
            ? new RollingUpdateDeployment(null, null)
            : strategy.rollingUpdate();
    strategy =
        new DeploymentStrategy(
            strategy == null ? null : strategy.type(),
            new RollingUpdateDeployment(
                maxUnavailable != null ? maxUnavailable : old.maxUnavailable(),
                maxSurge != null ? maxSurge : old.maxSurge()));
    return this;
  }

  private DeploymentSpec spec() {
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

  private void load(DeploymentSpec s) {
    specGiven(s != null);
    if (s == null) s = DeploymentSpec.EMPTY;
    replicas = s.replicas();
    selector = s.selector();
    template = s.template();
    strategy = s.strategy();
    minReadySeconds = s.minReadySeconds();
    revisionHistoryLimit = s.revisionHistoryLimit();
    paused = s.paused();
    progressDeadlineSeconds = s.progressDeadlineSeconds();
  }
}
