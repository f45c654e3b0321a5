package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's runForAll and slowStartBatch: how a sync walks the replicas or the condemned pods.
 * Monotonic (OrderedReady) walks them in order and stops at the first step that says so; burst
 * (Parallel) runs every step, in slow-start batches of 1, 2, 4, ... at most {@value
 * #MAX_BATCH_SIZE}, and stops after a batch in which a step failed. Upstream runs a batch's steps
 * concurrently; kubemu runs them one after another, in index order. Stateless.
 */
final class RunForAll {
  private RunForAll() {}

  /** Upstream's MaxBatchSize for slowStartBatch. */
  static final int MAX_BATCH_SIZE = 500;

  /** One step, for index i. */
  @FunctionalInterface
  interface Step {
    /** {@return whether the walk must stop here (monotonic only)} */
    boolean apply(int i);
  }

  /**
   * {@return whether the walk stopped early}
   *
   * @throws ApiException the failures of a burst batch, aggregated; a monotonic step's own failure
   */
  static boolean run(int n, Step fn, boolean monotonic) {
    if (monotonic) {
      for (int i = 0; i < n; i++) if (fn.apply(i)) return true;
      return false;
    }
    int remaining = n;
    int j = 0;
    for (int batch = Math.min(remaining, 1);
        batch > 0;
        batch = Math.min(Math.min(2 * batch, remaining), MAX_BATCH_SIZE)) {
      List<String> errs = new ArrayList<>();
      for (int k = 0; k < batch; k++, j++) {
        try {
          fn.apply(j); // whether to stop is for monotonic walks only
        } catch (ApiException e) {
          errs.add(e.getMessage());
        }
      }
      if (!errs.isEmpty()) {
        throw StatefulPodControl.syncError(
            errs.size() == 1 ? errs.get(0) : "[" + String.join(", ", errs) + "]");
      }
      remaining -= batch;
    }
    return false;
  }
}
