package io.kubemu.engine.scheduler.plugins.defaultpreemption;

/**
 * DefaultPreemption's configuration. Mirrors config.DefaultPreemptionArgs (v1.30).
 *
 * @param minCandidateNodesPercentage dry-run at least this share of the nodes; default 10
 * @param minCandidateNodesAbsolute and at least this many; default 100
 */
public record DefaultPreemptionArgs(
    int minCandidateNodesPercentage, int minCandidateNodesAbsolute) {

  /** The defaults: 10% and 100. */
  public static final DefaultPreemptionArgs DEFAULT = new DefaultPreemptionArgs(10, 100);
}
