package io.kubemu.engine.scheduler;

import java.util.List;

/**
 * The outcome of one scheduling algorithm run (upstream ScheduleResult, or the FitError or error of
 * schedulePod). Exactly one of {@code suggestedHost}, {@code fitError} and {@code error} is set.
 *
 * @param suggestedHost the chosen node
 * @param evaluatedNodes nodes filtered (feasible plus rejected)
 * @param feasibleNodes how many passed the filters
 * @param feasible the nodes that passed, in evaluation order
 * @param scores the score table, or null when not scored (a single feasible node, or failure)
 * @param diagnosis the rejected nodes' statuses
 * @param fitError set when no node fits
 * @param error set on an internal error (or "no nodes available to schedule pods")
 */
public record ScheduleResult(
    String suggestedHost,
    int evaluatedNodes,
    int feasibleNodes,
    List<String> feasible,
    ScoreTable scores,
    Diagnosis diagnosis,
    FitError fitError,
    Status error) {

  /** The message when the cluster has no nodes (upstream ErrNoNodesAvailable). */
  public static final String NO_NODES_AVAILABLE = "no nodes available to schedule pods";

  /** {@return whether a node was chosen} */
  public boolean isSuccess() {
    return suggestedHost != null;
  }
}
