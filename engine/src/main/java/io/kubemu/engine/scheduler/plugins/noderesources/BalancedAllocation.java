package io.kubemu.engine.scheduler.plugins.noderesources;

import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * Prefers nodes whose resources would be used in balanced proportions with the pod on them: score =
 * (1 - standard deviation of the requested/allocatable fractions) * 100, with the actual requests.
 * With two resources the deviation is |f1 - f2| / 2: fractions 0.5 and 0.3 score 90. Mirrors
 * pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go (v1.30).
 */
public final class BalancedAllocation implements PreScorePlugin, ScorePlugin {

  private static final String PRE_SCORE_STATE_KEY =
      "PreScore" + Names.NODE_RESOURCES_BALANCED_ALLOCATION;

  private record PreScoreState(long[] podRequests) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  private final ResourceAllocationScorer scorer;

  /** A plugin with the given arguments (null for the defaults). */
  public BalancedAllocation(BalancedAllocationArgs args) {
    BalancedAllocationArgs a = args == null ? BalancedAllocationArgs.DEFAULT : args;
    this.scorer =
        new ResourceAllocationScorer(
            true, a.resources(), BalancedAllocation::balancedResourceScorer);
  }

  @Override
  public String name() {
    return Names.NODE_RESOURCES_BALANCED_ALLOCATION;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
    state.write(PRE_SCORE_STATE_KEY, new PreScoreState(scorer.podRequests(pod)));
    return Status.SUCCESS;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    long[] podRequests = s == null ? scorer.podRequests(pod) : s.podRequests();
    return scorer.score(nodeInfo, podRequests);
  }

  // upstream balancedResourceScorer
  static long balancedResourceScorer(long[] requested, long[] allocatable) {
    double[] fractions = new double[requested.length];
    int n = 0;
    double totalFraction = 0;
    for (int i = 0; i < requested.length; i++) {
      if (allocatable[i] == 0) continue;
      double fraction = (double) requested[i] / (double) allocatable[i];
      if (fraction > 1) fraction = 1;
      totalFraction += fraction;
      fractions[n++] = fraction;
    }
    double std = 0;
    if (n == 2) {
      std = Math.abs((fractions[0] - fractions[1]) / 2);
    } else if (n > 2) {
      double mean = totalFraction / n;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += (fractions[i] - mean) * (fractions[i] - mean);
      }
      std = Math.sqrt(sum / n);
    }
    return (long) ((1 - std) * (double) MAX_NODE_SCORE);
  }
}
