package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The desired state of a node (core/v1 NodeSpec).
 *
 * @param unschedulable a cordoned node takes no new pods; defaults to false
 */
public record NodeSpec(
    String podCIDR,
    List<String> podCIDRs,
    String providerID,
    Boolean unschedulable,
    List<Taint> taints) {

  /** {@code NodeSpec} with every field unset. */
  public static final NodeSpec EMPTY = new NodeSpec(null, null, null, null, null);

  public NodeSpec {
    podCIDRs = Copies.list(podCIDRs);
    taints = Copies.list(taints);
  }

  public NodeSpec withPodCIDR(String podCIDR) {
    return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, taints);
  }

  public NodeSpec withPodCIDRs(List<String> podCIDRs) {
    return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, taints);
  }

  public NodeSpec withUnschedulable(Boolean unschedulable) {
    return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, taints);
  }

  public NodeSpec withTaints(List<Taint> taints) {
    return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, taints);
  }
}
