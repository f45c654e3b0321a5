package io.kubemu.engine.scheduler;

/**
 * A processed preferred (anti-)affinity term. Mirrors framework.WeightedAffinityTerm (v1.30).
 *
 * @param term the term
 * @param weight 1-100
 */
public record WeightedAffinityTerm(AffinityTerm term, int weight) {

  /** {@return this term with another affinity term} */
  public WeightedAffinityTerm withTerm(AffinityTerm term) {
    return new WeightedAffinityTerm(term, weight);
  }
}
