package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.util.ControllerRefManager;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon pods of a DaemonSet by node (daemon_controller.go's getDaemonPods and
 * getNodesToDaemonPods), their order, the status record's helpers and the failed-pod back-off.
 */
final class DaemonSetPods {
  private DaemonSetPods() {}

  /** getDaemonPods: the namespace's pods, claimed (adopted or released) by selector. */
  static List<Pod> getDaemonPods(ApiServer api, DaemonSet ds) {
    Selector selector = Selector.from(ds.spec().selector());
    List<Pod> pods = api.list(Pod.class, ds.metadata().namespace());
    return new ControllerRefManager(api, ds, selector).claim(pods);
  }

  /**
   * getNodesToDaemonPods through the index: the same claim over the namespace's orphans and the
   * DaemonSet's own pods, in name order (pods other controllers own are never claimed; an owned pod
   * the selector matches is claimed without a write), then the claimed pods by target node
   * (spec.nodeName or the node affinity), in name order per node; terminal pods being deleted are
   * left out unless {@code includeDeletedTerminal}.
   *
   * @param selector the DaemonSet's selector
   */
  static NodesToDaemonPods getNodesToDaemonPods(
      DaemonSetIndex index,
      ApiServer api,
      DaemonSet ds,
      Selector selector,
      boolean includeDeletedTerminal) {
    NodesToDaemonPods out = new NodesToDaemonPods();
    ControllerRefManager claimer = new ControllerRefManager(api, ds, selector);
    ApiException first = null;
    String ns = ds.metadata().namespace();
    for (DaemonSetIndex.PodEntry e : index.claimable(ns, ds.metadata().uid())) {
      if (!e.owned || !e.matches(selector)) {
        try {
          if (claimer.claim(List.of(e.pod)).isEmpty()) continue;
        } catch (ApiException ex) {
          if (first == null) first = ex; // ClaimPods tries every pod, then fails with the first
          continue;
        }
      }
      if (!includeDeletedTerminal && e.terminalAndDeleted) {
        continue; // the kubelet or the pod GC is removing it: nothing left to do
      }
      if (e.targetNode == null) continue;
      out.byNode.computeIfAbsent(e.targetNode, n -> new ArrayList<>(1)).add(e.pod);
    }
    if (first != null) throw first;
    return out;
  }

  /** getNodesToDaemonPods' map: looked up by node; only its keys without a node are iterated. */
  static final class NodesToDaemonPods {
    private final Map<String, List<Pod>> byNode = new HashMap<>(); // lookups only

    /** {@return the pods targeting the node, or null when none} */
    List<Pod> get(String node) {
      return byNode.get(node);
    }

    /** {@return the target nodes that are not in the index, sorted by name} */
    List<String> missingNodes(DaemonSetIndex index) {
      List<String> out = new ArrayList<>();
      for (String n : byNode.keySet()) if (index.node(n) == null) out.add(n);
      out.sort(null);
      return out;
    }
  }

  static boolean isPodTerminal(Pod p) {
    String phase = PodUtils.phase(p);
    return Pod.PHASE_SUCCEEDED.equals(phase) || Pod.PHASE_FAILED.equals(phase);
  }

  /** podByCreationTimestampAndPhase: scheduled first, then oldest, then by name. */
  static final Comparator<Pod> BY_CREATION_TIMESTAMP_AND_PHASE =
      (a, b) -> {
        boolean sa = !PodUtils.nodeName(a).isEmpty();
        boolean sb = !PodUtils.nodeName(b).isEmpty();
        if (sa != sb) return sa ? -1 : 1;
        Instant ta = a.metadata().creationTimestamp();
        Instant tb = b.metadata().creationTimestamp();
        if (ta.equals(tb)) return a.metadata().name().compareTo(b.metadata().name());
        return ta.compareTo(tb);
      };

  /** {@return the status with another collisionCount} */
  static DaemonSetStatus withCollisionCount(DaemonSetStatus s, int collisionCount) {
    if (s == null) {
      return new DaemonSetStatus(0, 0, 0, 0, null, null, null, null, collisionCount, null);
    }
    return new DaemonSetStatus(
        s.currentNumberScheduled(),
        s.numberMisscheduled(),
        s.desiredNumberScheduled(),
        s.numberReady(),
        s.observedGeneration(),
        s.updatedNumberScheduled(),
        s.numberAvailable(),
        s.numberUnavailable(),
        collisionCount,
        s.conditions());
  }

  static int orZero(Integer i) {
    return i == null ? 0 : i;
  }

  /**
   * The failed-pod back-off (client-go flowcontrol.Backoff as kube-controller-manager creates it: 1
   * s doubling to 15 min, no jitter; an entry idle for twice the maximum starts over).
   */
  static final class FailedPodsBackoff {
    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(15);

    private record Entry(Duration backoff, Instant lastUpdate) {}

    private final Map<String, Entry> entries = new HashMap<>(); // lookups only

    /** IsInBackOffSinceUpdate. */
    boolean isInBackOffSinceUpdate(String id, Instant now) {
      Entry e = entries.get(id);
      if (e == null || hasExpired(now, e.lastUpdate())) return false;
      return Duration.between(e.lastUpdate(), now).compareTo(e.backoff()) < 0;
    }

    /** Next: starts at 1 s or doubles, capped at 15 min. */
    void next(String id, Instant now) {
      Entry e = entries.get(id);
      Duration d;
      if (e == null || hasExpired(now, e.lastUpdate())) {
        d = INITIAL;
      } else {
        d = e.backoff().multipliedBy(2);
        if (d.compareTo(MAX) > 0) d = MAX;
      }
      entries.put(id, new Entry(d, now));
    }

    /** Get: the current delay. */
    Duration get(String id) {
      Entry e = entries.get(id);
      return e == null ? Duration.ZERO : e.backoff();
    }

    private static boolean hasExpired(Instant now, Instant lastUpdate) {
      return Duration.between(lastUpdate, now).compareTo(MAX.multipliedBy(2)) > 0;
    }
  }
}
