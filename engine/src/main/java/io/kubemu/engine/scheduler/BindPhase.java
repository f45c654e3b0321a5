package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * The Reserve and Bind extension points of the {@link Framework}. Mirrors frameworkImpl
 * RunReservePluginsReserve, RunReservePluginsUnreserve and RunBindPlugins (v1.30).
 */
final class BindPhase {

  private BindPhase() {}

  /** Runs Reserve; on failure the caller runs Unreserve (upstream RunReservePluginsReserve). */
  static Status reserve(List<ReservePlugin> reserve, CycleState state, Pod pod, String nodeName) {
    for (ReservePlugin pl : reserve) {
      Status s = pl.reserve(state, pod, nodeName);
      if (!Status.isSuccess(s)) {
        if (s.isRejected()) {
          return s.withPlugin(pl.name());
        }
        return Status.error("running Reserve plugin \"" + pl.name() + "\": " + s.message())
            .withPlugin(pl.name());
      }
    }
    return Status.SUCCESS;
  }

  /** Runs Unreserve in reverse order (upstream RunReservePluginsUnreserve). */
  static void unreserve(List<ReservePlugin> reserve, CycleState state, Pod pod, String nodeName) {
    for (int i = reserve.size() - 1; i >= 0; i--) {
      reserve.get(i).unreserve(state, pod, nodeName);
    }
  }

  /** Runs the bind plugins until one does not Skip (upstream RunBindPlugins). */
  static Status bind(List<BindPlugin> bind, CycleState state, Pod pod, String nodeName) {
    if (bind.isEmpty()) {
      return Status.skip();
    }
    Status s = Status.skip();
    for (BindPlugin pl : bind) {
      try {
        s = pl.bind(state, pod, nodeName);
      } catch (RuntimeException e) {
        s = Status.error(e.getMessage());
      }
      if (s != null && s.isSkip()) continue;
      if (!Status.isSuccess(s)) {
        if (s.isRejected()) return s.withPlugin(pl.name());
        return Status.error("running Bind plugin \"" + pl.name() + "\": " + s.message())
            .withPlugin(pl.name());
      }
      return Status.SUCCESS;
    }
    return s;
  }
}
