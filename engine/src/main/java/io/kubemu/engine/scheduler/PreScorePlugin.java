package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * Runs once before Score with the feasible nodes; answering Skip skips the plugin's Score. Mirrors
 * framework.PreScorePlugin (v1.30).
 */
public interface PreScorePlugin extends Plugin {

  /** {@return Success, Skip or Error} */
  Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes);
}
