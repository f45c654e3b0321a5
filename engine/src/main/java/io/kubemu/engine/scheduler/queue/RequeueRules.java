package io.kubemu.engine.scheduler.queue;

import io.kubemu.engine.scheduler.AffinityTerm;
import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which unschedulable pods a cluster event may help: those rejected by a plugin that registered an
 * overlapping event. Mirrors scheduling_queue.go isPodWorthRequeuing (queueing hints off, so every
 * registered event's hint is Queue), isEventOfInterest, getUnschedulablePodsWithCrossTopologyTerm
 * and isPodUpdated (v1.30). Immutable.
 */
final class RequeueRules {

  private final Map<String, List<ClusterEvent>> pluginEvents;
  private final Function<String, Map<String, String>> namespaceLabels;

  RequeueRules(
      Map<String, List<ClusterEvent>> pluginEvents,
      Function<String, Map<String, String>> namespaceLabels) {
    this.pluginEvents = new LinkedHashMap<>(pluginEvents);
    this.namespaceLabels = namespaceLabels;
  }

  // upstream isPodUpdated: changes other than status, resourceVersion, generation, finalizers
  static boolean isPodUpdated(Pod oldPod, Pod newPod) {
    return !Objects.equals(strip(oldPod), strip(newPod));
  }

  private static Pod strip(Pod p) {
    var m = p.metadata().withResourceVersion(null).withGeneration(null).withFinalizers(List.of());
    return new Pod(m, p.spec(), null);
  }

  // upstream getUnschedulablePodsWithCrossTopologyTerm: pods whose required affinity matches the
  // pod, and pods PodTopologySpread rejected in its namespace
  List<QueuedPodInfo> unschedulablePodsWithCrossTopologyTerm(
      Collection<QueuedPodInfo> unschedulable, Pod pod) {
    Map<String, String> nsLabels = namespaceLabels.apply(pod.metadata().namespace());
    List<QueuedPodInfo> out = new ArrayList<>();
    for (QueuedPodInfo q : unschedulable) {
      if (q.unschedulablePlugins.contains(Names.POD_TOPOLOGY_SPREAD)
          && pod.metadata().namespace().equals(q.pod().metadata().namespace())) {
        out.add(q);
        continue;
      }
      for (AffinityTerm term : q.podInfo().requiredAffinityTerms()) {
        if (term.matches(pod, nsLabels)) {
          out.add(q);
          break;
        }
      }
    }
    return out;
  }

  // upstream isPodWorthRequeuing
  boolean isPodWorthRequeuing(QueuedPodInfo q, ClusterEvent event) {
    if (q.unschedulablePlugins.isEmpty() || event.isWildCard()) {
      return true;
    }
    for (String plugin : q.unschedulablePlugins) {
      List<ClusterEvent> registered = pluginEvents.get(plugin);
      if (registered == null) {
        continue;
      }
      for (ClusterEvent e : registered) {
        if (e.matches(event)) {
          return true;
        }
      }
    }
    return false;
  }

  // upstream isEventOfInterest: some plugin registered it
  boolean isEventOfInterest(ClusterEvent event) {
    if (event.isWildCard()) {
      return true;
    }
    for (List<ClusterEvent> registered : pluginEvents.values()) {
      for (ClusterEvent e : registered) {
        if (e.matches(event)) return true;
      }
    }
    return false;
  }
}
