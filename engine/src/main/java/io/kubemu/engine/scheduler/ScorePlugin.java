package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Ranks the feasible nodes. Raw scores may be in any range; after {@link #normalizeScore} (when the
 * plugin has one) they must be within [{@value #MIN_NODE_SCORE}, {@value #MAX_NODE_SCORE}], and the
 * framework multiplies them by the plugin's weight. Mirrors framework.ScorePlugin and
 * ScoreExtensions (v1.30).
 */
public interface ScorePlugin extends Plugin {

  /** The highest node score after normalization (framework.MaxNodeScore). */
  long MAX_NODE_SCORE = 100;

  /** The lowest node score after normalization (framework.MinNodeScore). */
  long MIN_NODE_SCORE = 0;

  /**
   * {@return the node's raw score}
   *
   * @throws SchedulingException when the plugin fails (upstream returns an Error status)
   */
  long score(CycleState state, Pod pod, NodeInfo nodeInfo);

  /** {@return whether {@link #normalizeScore} does anything (upstream ScoreExtensions != nil)} */
  default boolean hasNormalizeScore() {
    return false;
  }

  /** Rewrites the raw scores into [0, 100]; the default leaves them. */
  default Status normalizeScore(CycleState state, Pod pod, NodeScoreList scores) {
    return Status.SUCCESS;
  }
}
