package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetSpec;
import io.kubemu.model.policy.PodDisruptionBudgetStatus;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link PodDisruptionBudget}: {@code pdb("web").minAvailable(2).selector("app", "web")}.
 * Adds no defaults. Mutable, not thread-safe.
 */
public final class PodDisruptionBudgetBuilder
    extends AbstractObjectBuilder<PodDisruptionBudget, PodDisruptionBudgetBuilder> {

  private static final PodDisruptionBudgetSpec UNSET =
      new PodDisruptionBudgetSpec(null, null, null, null);

  private IntOrString minAvailable;
  private LabelSelector selector;
  private IntOrString maxUnavailable;
  private String unhealthyPodEvictionPolicy;
  private PodDisruptionBudgetStatus status;

  PodDisruptionBudgetBuilder() {}

  /** {@return a builder holding every field of {@code budget}, status included} */
  public static PodDisruptionBudgetBuilder from(PodDisruptionBudget budget) {
    PodDisruptionBudgetBuilder b = new PodDisruptionBudgetBuilder().metadata(budget.metadata());
    b.load(budget.spec());
    b.status = budget.status();
    return b;
  }

  /** {@code spec.minAvailable}, absolute. */
  public PodDisruptionBudgetBuilder minAvailable(int minAvailable) {
    this.minAvailable = IntOrString.of(minAvailable);
    return this;
  }

  /** {@code spec.minAvailable}, a percentage such as {@code "50%"}. */
  public PodDisruptionBudgetBuilder minAvailable(String minAvailable) {
    this.minAvailable = IntOrString.of(minAvailable);
    return this;
  }

  /** {@code spec.maxUnavailable}, absolute. */
  public PodDisruptionBudgetBuilder maxUnavailable(int maxUnavailable) {
    this.maxUnavailable = IntOrString.of(maxUnavailable);
    return this;
  }

  /** {@code spec.maxUnavailable}, a percentage such as {@code "25%"}. */
  public PodDisruptionBudgetBuilder maxUnavailable(String maxUnavailable) {
    this.maxUnavailable = IntOrString.of(maxUnavailable);
    return this;
  }

  /** {@code spec.selector.matchLabels}, as key-value pairs; replaces the selector. */
  public PodDisruptionBudgetBuilder selector(String... matchLabels) {
    this.selector = LabelSelector.of(Pairs.map(matchLabels));
    return this;
  }

  /** {@code spec.selector}; replaces it. */
  public PodDisruptionBudgetBuilder selector(LabelSelectorBuilder selector) {
    this.selector = selector.build();
    return this;
  }

  /** {@code spec.unhealthyPodEvictionPolicy}: IfHealthyBudget (the default) or AlwaysAllow. */
  public PodDisruptionBudgetBuilder unhealthyPodEvictionPolicy(String policy) {
    this.unhealthyPodEvictionPolicy = policy;
    return this;
  }

  /** {@code status} (normally written by the disruption controller). */
  public PodDisruptionBudgetBuilder status(PodDisruptionBudgetStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed with every field null). */
  public PodDisruptionBudgetBuilder spec(UnaryOperator<PodDisruptionBudgetSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public PodDisruptionBudget build() {
    return new PodDisruptionBudget(meta(), present(spec(), UNSET), status);
  }

  private PodDisruptionBudgetSpec spec() {
    return new PodDisruptionBudgetSpec(
        minAvailable, selector, maxUnavailable, unhealthyPodEvictionPolicy);
  }

  private void load(PodDisruptionBudgetSpec s) {
    specGiven(s != null);
    if (s == null) s = UNSET;
    minAvailable = s.minAvailable();
    selector = s.selector();
    maxUnavailable = s.maxUnavailable();
    unhealthyPodEvictionPolicy = s.unhealthyPodEvictionPolicy();
  }
}
