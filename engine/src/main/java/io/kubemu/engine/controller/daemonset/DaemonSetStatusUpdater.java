package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The DaemonSet status (daemon_controller.go's updateDaemonSetStatus and storeDaemonSetStatus,
 * v1.30): per node that should run the pod, whether one is scheduled, whether the oldest is ready,
 * available and updated; pods on nodes that should not run it are misscheduled. As the API writes
 * them, updatedNumberScheduled, numberAvailable and numberUnavailable are omitted when zero.
 */
final class DaemonSetStatusUpdater {
  private DaemonSetStatusUpdater() {}

  /** The counters of one computation. */
  record Counts(
      int desired, int current, int misscheduled, int ready, int updated, int available) {}

  static Counts count(DaemonSetSync s) {
    DaemonSetPods.NodesToDaemonPods nodeToDaemonPods = s.nodeToDaemonPods();
    Long generation = DaemonSetUtil.templateGeneration(s.ds);
    int desired = 0;
    int current = 0;
    int misscheduled = 0;
    int ready = 0;
    int updated = 0;
    int available = 0;
    for (Node node : s.nodeList) {
      boolean shouldRun = s.shouldRun(node).shouldRun();
      List<Pod> pods = nodeToDaemonPods.get(node.metadata().name());
      boolean scheduled = pods != null && !pods.isEmpty();
      if (!shouldRun) {
        if (scheduled) misscheduled++;
        continue;
      }
      desired++;
      if (!scheduled) continue;
      current++;
      Pod pod = pods.get(0); // the oldest
      if (pods.size() > 1) {
        List<Pod> sorted = new ArrayList<>(pods);
        sorted.sort(DaemonSetPods.BY_CREATION_TIMESTAMP_AND_PHASE);
        pod = sorted.get(0);
      }
      if (PodUtils.isPodReady(pod)) {
        ready++;
        if (PodUtils.isPodAvailable(pod, s.minReadySeconds(), s.now)) available++;
      }
      if (DaemonSetUtil.isPodUpdated(pod, s.hash, generation)) updated++;
    }
    return new Counts(desired, current, misscheduled, ready, updated, available);
  }

  /** updateDaemonSetStatus. */
  static void updateDaemonSetStatus(DaemonSetController dsc, DaemonSetSync s, boolean observe) {
    Counts c = count(s);
    storeDaemonSetStatus(dsc, s.ds, c, observe);
    // resync after minReadySeconds as a last line of defence against clock skew
    int minReady = s.minReadySeconds();
    if (minReady > 0 && c.ready() != c.available()) {
      dsc.enqueueAfter(s.ds, Duration.ofSeconds(minReady));
    }
  }

  // storeDaemonSetStatus: skipped when nothing changed; one retry on a conflict
  private static void storeDaemonSetStatus(
      DaemonSetController dsc, DaemonSet ds, Counts c, boolean observe) {
    DaemonSetStatus st = ds.status();
    long gen = ds.metadata().generation() == null ? 0 : ds.metadata().generation();
    if (st != null
        && DaemonSetPods.orZero(st.desiredNumberScheduled()) == c.desired()
        && DaemonSetPods.orZero(st.currentNumberScheduled()) == c.current()
        && DaemonSetPods.orZero(st.numberMisscheduled()) == c.misscheduled()
        && DaemonSetPods.orZero(st.numberReady()) == c.ready()
        && DaemonSetPods.orZero(st.updatedNumberScheduled()) == c.updated()
        && DaemonSetPods.orZero(st.numberAvailable()) == c.available()
        && DaemonSetPods.orZero(st.numberUnavailable()) == c.desired() - c.available()
        && st.observedGeneration() != null
        && st.observedGeneration() >= gen) {
      return;
    }
    DaemonSet toUpdate = ds;
    for (int i = 0; ; i++) {
      try {
        dsc.api().updateStatus(toUpdate.withStatus(status(toUpdate.status(), ds, c, observe)));
        return;
      } catch (ApiException.Conflict e) {
        if (i >= 1) throw e; // StatusUpdateRetries: requeued with the rate limit
        toUpdate = dsc.api().get(DaemonSet.class, ds.metadata().namespace(), ds.metadata().name());
      }
    }
  }

  private static DaemonSetStatus status(
      DaemonSetStatus old, DaemonSet ds, Counts c, boolean observe) {
    Long observed = old == null ? null : old.observedGeneration();
    if (observe) observed = ds.metadata().generation();
    int unavailable = c.desired() - c.available();
    return new DaemonSetStatus(
        c.current(),
        c.misscheduled(),
        c.desired(),
        c.ready(),
        observed,
        nonZero(c.updated()),
        nonZero(c.available()),
        nonZero(unavailable),
        old == null ? null : old.collisionCount(),
        old == null ? List.of() : old.conditions());
  }

  private static Integer nonZero(int i) {
    return i == 0 ? null : i;
  }
}
