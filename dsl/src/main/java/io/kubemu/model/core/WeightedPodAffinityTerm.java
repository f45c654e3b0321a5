package io.kubemu.model.core;

/**
 * A weighted pod (anti-)affinity preference.
 *
 * @param weight required, 1-100
 * @param podAffinityTerm required
 */
public record WeightedPodAffinityTerm(Integer weight, PodAffinityTerm podAffinityTerm) {}
