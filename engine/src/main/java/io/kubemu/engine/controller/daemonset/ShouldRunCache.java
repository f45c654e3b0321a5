package io.kubemu.engine.controller.daemonset;

import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PodTemplateSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * NodeShouldRunDaemonPod's answers kept across syncs: per DaemonSet, per node, each valid while the
 * DaemonSet's template equals the one it was computed for and the node is the same stored object
 * (records are immutable; a node write stores a new one). Entries of deleted nodes are dropped when
 * the node table grows past twice the cluster's size. Not thread-safe: runs on the event loop.
 */
final class ShouldRunCache {

  private record NodeResult(Node node, DaemonSetUtil.ShouldRun result) {}

  /** The answers for one template. */
  static final class ForTemplate {
    private final PodTemplateSpec template;
    private final DaemonSetUtil.DaemonPodPredicate predicate;
    private final Map<String, NodeResult> nodes = new HashMap<>(); // lookups only

    private ForTemplate(DaemonSet ds) {
      this.template = ds.spec().template();
      this.predicate = DaemonSetUtil.DaemonPodPredicate.of(ds);
    }

    /** NodeShouldRunDaemonPod for the node. */
    DaemonSetUtil.ShouldRun shouldRun(Node node) {
      String name = node.metadata().name();
      NodeResult r = nodes.get(name);
      if (r != null && r.node() == node) return r.result();
      DaemonSetUtil.ShouldRun result = predicate.test(node);
      nodes.put(name, new NodeResult(node, result));
      return result;
    }
  }

  private final Map<String, ForTemplate> byDaemonSet = new HashMap<>(); // lookups only

  /** {@return the answers for the DaemonSet's current template} */
  ForTemplate of(DaemonSet ds, int clusterSize) {
    ForTemplate f = byDaemonSet.get(ds.key());
    PodTemplateSpec t = ds.spec().template();
    if (f == null
        || (f.template != t && !f.template.equals(t))
        || f.nodes.size() > 2 * clusterSize + 16) {
      f = new ForTemplate(ds);
      byDaemonSet.put(ds.key(), f);
    }
    return f;
  }

  /** Forgets a DaemonSet. */
  void forget(String key) {
    byDaemonSet.remove(key);
  }
}
