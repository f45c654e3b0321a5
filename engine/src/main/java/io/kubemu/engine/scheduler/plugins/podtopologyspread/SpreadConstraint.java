package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.meta.Selector;
import java.util.List;

/**
 * A topology spread constraint with its selector parsed and its defaults applied: minDomains 1,
 * nodeAffinityPolicy Honor, nodeTaintsPolicy Ignore. Mirrors podtopologyspread
 * topologySpreadConstraint (v1.30).
 */
record SpreadConstraint(
    int maxSkew,
    String topologyKey,
    Selector selector,
    int minDomains,
    String nodeAffinityPolicy,
    String nodeTaintsPolicy) {

  SpreadConstraint withSelector(Selector s) {
    return new SpreadConstraint(
        maxSkew, topologyKey, s, minDomains, nodeAffinityPolicy, nodeTaintsPolicy);
  }

  // upstream matchNodeInclusionPolicies
  boolean matchNodeInclusionPolicies(Pod pod, Node node, RequiredNodeAffinity require) {
    if (TopologySpreadConstraint.POLICY_HONOR.equals(nodeAffinityPolicy)
        && !require.matches(node)) {
      return false;
    }
    if (TopologySpreadConstraint.POLICY_HONOR.equals(nodeTaintsPolicy)) {
      List<io.kubemu.model.core.Taint> taints =
          node.spec() == null ? List.of() : node.spec().taints();
      List<io.kubemu.model.core.Toleration> tolerations =
          pod.spec() == null ? List.of() : pod.spec().tolerations();
      if (Taints.findMatchingUntoleratedTaint(taints, tolerations, Taints.DO_NOT_SCHEDULE)
          != null) {
        return false;
      }
    }
    return true;
  }
}
