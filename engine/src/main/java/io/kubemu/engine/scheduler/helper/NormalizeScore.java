package io.kubemu.engine.scheduler.helper;

import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.Status;

/** Mirrors pkg/scheduler/framework/plugins/helper/normalize_score.go (v1.30). */
public final class NormalizeScore {

  private NormalizeScore() {}

  /**
   * Scales the scores so that the highest becomes {@code maxPriority} (integer arithmetic), and
   * with {@code reverse} subtracts them from it; when every score is 0 they stay 0, or all become
   * {@code maxPriority} with {@code reverse} (upstream DefaultNormalizeScore).
   */
  public static Status defaultNormalizeScore(
      long maxPriority, boolean reverse, NodeScoreList scores) {
    long maxCount = 0;
    for (int i = 0; i < scores.size(); i++) {
      maxCount = Math.max(maxCount, scores.score(i));
    }
    if (maxCount == 0) {
      if (reverse) {
        for (int i = 0; i < scores.size(); i++) {
          scores.set(i, maxPriority);
        }
      }
      return Status.SUCCESS;
    }
    for (int i = 0; i < scores.size(); i++) {
      long score = maxPriority * scores.score(i) / maxCount;
      if (reverse) {
        score = maxPriority - score;
      }
      scores.set(i, score);
    }
    return Status.SUCCESS;
  }
}
