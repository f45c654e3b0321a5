package io.kubemu.assertions.internal;

import io.kubemu.engine.Cluster;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A short account of a cluster's state for timeout messages. */
public final class ClusterState {
  private ClusterState() {}

  /** Pods listed by name in a summary. */
  public static final int MAX_PODS = 10;

  /**
   * {@return lines: objects per kind ({@code deployments.apps=1 pods=3}), pods per phase, then up
   * to {@value #MAX_PODS} pods as {@code pod/web-1 (Running, n1)}}
   */
  public static List<String> summary(Cluster cluster) {
    List<String> lines = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Kind kind : Kinds.all()) {
      if (kind.type() == Event.class) continue;
      int n = cluster.list(kind.type()).size();
      if (n > 0) counts.add(kind.qualifiedResource() + "=" + n);
    }
    lines.add(counts.isEmpty() ? "no objects" : String.join(" ", counts));
    List<Pod> pods = cluster.list(Pod.class);
    if (pods.isEmpty()) return lines;
    Map<String, Integer> phases = new TreeMap<>();
    for (Pod p : pods) {
      String phase = PodStates.phase(p) == null ? "<none>" : PodStates.phase(p);
      phases.merge(phase, 1, Integer::sum);
    }
    lines.add("pods by phase " + phases);
    for (int i = 0; i < Math.min(MAX_PODS, pods.size()); i++) {
      Pod p = pods.get(i);
      lines.add(Refs.describe(p) + (PodStates.isReady(p) ? " ready" : ""));
    }
    if (pods.size() > MAX_PODS) lines.add("... " + (pods.size() - MAX_PODS) + " more pods");
    return lines;
  }
}
