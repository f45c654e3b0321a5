package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Mirrors pkg/scheduler/framework/plugins/podtopologyspread/common.go (v1.30). */
final class Common {

  private Common() {}

  /**
   * {@return the constraints with this whenUnsatisfiable, parsed; matchLabelKeys' values from the
   * pod's labels are ANDed into the selector} (upstream filterTopologySpreadConstraints)
   */
  static List<SpreadConstraint> filterTopologySpreadConstraints(
      List<TopologySpreadConstraint> constraints, Map<String, String> podLabels, String action) {
    List<SpreadConstraint> out = new ArrayList<>();
    for (TopologySpreadConstraint c : constraints) {
      if (!action.equals(c.whenUnsatisfiable())) {
        continue;
      }
      Selector selector = Selector.from(c.labelSelector());
      if (!c.matchLabelKeys().isEmpty()) {
        List<Selector.Requirement> extra = new ArrayList<>();
        for (String key : c.matchLabelKeys()) {
          String v = podLabels.get(key);
          if (v != null) {
            extra.add(new Selector.Requirement(key, Selector.Operator.EQUALS, List.of(v)));
          }
        }
        if (!extra.isEmpty()) {
          selector = selector.add(extra.toArray(Selector.Requirement[]::new));
        }
      }
      out.add(
          new SpreadConstraint(
              c.maxSkew() == null ? 0 : c.maxSkew(),
              c.topologyKey(),
              selector,
              c.minDomains() == null ? 1 : c.minDomains(),
              c.nodeAffinityPolicy() == null
                  ? TopologySpreadConstraint.POLICY_HONOR
                  : c.nodeAffinityPolicy(),
              c.nodeTaintsPolicy() == null
                  ? TopologySpreadConstraint.POLICY_IGNORE
                  : c.nodeTaintsPolicy()));
    }
    return out;
  }

  /** {@return whether the node has every constraint's topology key} */
  static boolean nodeLabelsMatchSpreadConstraints(
      Map<String, String> nodeLabels, List<SpreadConstraint> constraints) {
    for (SpreadConstraint c : constraints) {
      if (!nodeLabels.containsKey(c.topologyKey())) {
        return false;
      }
    }
    return true;
  }

  /** {@return how many pods of the namespace, not terminating, the selector matches} */
  static int countPodsMatchSelector(List<PodInfo> podInfos, Selector selector, String ns) {
    if (selector.empty()) {
      return 0;
    }
    int count = 0;
    for (PodInfo p : podInfos) {
      Pod pod = p.pod();
      // terminating pods are not counted (kubernetes#87621)
      if (pod.metadata().deletionTimestamp() != null || !ns.equals(pod.metadata().namespace())) {
        continue;
      }
      if (selector.matches(pod.metadata().labels())) {
        count++;
      }
    }
    return count;
  }
}
