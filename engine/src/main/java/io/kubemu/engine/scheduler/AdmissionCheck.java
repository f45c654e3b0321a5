package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.engine.scheduler.plugins.nodeaffinity.NodeAffinity;
import io.kubemu.engine.scheduler.plugins.nodename.NodeName;
import io.kubemu.engine.scheduler.plugins.nodeports.NodePorts;
import io.kubemu.engine.scheduler.plugins.noderesources.Fit;
import io.kubemu.engine.scheduler.plugins.noderesources.InsufficientResource;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * The node-local checks the kubelet also runs when it admits a pod: resources, node affinity, node
 * name and host ports. Mirrors pkg/scheduler/eventhandlers.go AdmissionCheck (v1.30).
 */
public final class AdmissionCheck {

  /**
   * One failed check.
   *
   * @param name the plugin
   * @param reason its reason, e.g. "Insufficient cpu"
   */
  public record AdmissionResult(String name, String reason) {}

  private AdmissionCheck() {}

  /** {@return the failed checks; only the first unless {@code includeAllFailures}} */
  public static List<AdmissionResult> check(
      Pod pod, NodeInfo nodeInfo, boolean includeAllFailures) {
    List<AdmissionResult> out = new ArrayList<>();
    for (InsufficientResource r : Fit.fits(pod, nodeInfo)) {
      out.add(new AdmissionResult(Names.NODE_RESOURCES_FIT, r.reason()));
      if (!includeAllFailures) return out;
    }
    if (!RequiredNodeAffinity.of(pod).matches(nodeInfo.node())) {
      out.add(new AdmissionResult(Names.NODE_AFFINITY, NodeAffinity.ERR_REASON_POD));
      if (!includeAllFailures) return out;
    }
    if (!NodeName.fits(pod, nodeInfo)) {
      out.add(new AdmissionResult(Names.NODE_NAME, NodeName.ERR_REASON));
      if (!includeAllFailures) return out;
    }
    if (!NodePorts.fits(pod, nodeInfo)) {
      out.add(new AdmissionResult(Names.NODE_PORTS, NodePorts.ERR_REASON));
    }
    return out;
  }
}
