package io.kubemu.engine.scheduler.plugins.interpodaffinity;

/**
 * InterPodAffinity's configuration. Mirrors config.InterPodAffinityArgs (v1.30).
 *
 * @param hardPodAffinityWeight the score an existing pod's required affinity term adds for the
 *     incoming pod it matches; default 1
 * @param ignorePreferredTermsOfExistingPods skip existing pods' preferences when the incoming pod
 *     has none; default false
 */
public record InterPodAffinityArgs(
    int hardPodAffinityWeight, boolean ignorePreferredTermsOfExistingPods) {

  /** The defaults. */
  public static final InterPodAffinityArgs DEFAULT = new InterPodAffinityArgs(1, false);
}
