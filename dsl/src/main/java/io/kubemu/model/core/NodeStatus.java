package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The observed state of a node (core/v1 NodeStatus), written by its kubelet.
 *
 * @param capacity total resources
 * @param allocatable what pods may use; defaults to capacity
 * @param phase deprecated, unused
 * @param images images present on the node
 */
public record NodeStatus(
    Map<String, Quantity> capacity,
    Map<String, Quantity> allocatable,
    String phase,
    List<NodeCondition> conditions,
    List<NodeAddress> addresses,
    NodeSystemInfo nodeInfo,
    List<ContainerImage> images) {

  /** {@code NodeStatus} with every field unset. */
  public static final NodeStatus EMPTY = new NodeStatus(null, null, null, null, null, null, null);

  public NodeStatus {
    capacity = Copies.map(capacity);
    allocatable = Copies.map(allocatable);
    conditions = Copies.list(conditions);
    addresses = Copies.list(addresses);
    images = Copies.list(images);
  }

  public NodeStatus withCapacity(Map<String, Quantity> capacity) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  public NodeStatus withAllocatable(Map<String, Quantity> allocatable) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  public NodeStatus withConditions(List<NodeCondition> conditions) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  public NodeStatus withAddresses(List<NodeAddress> addresses) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  public NodeStatus withNodeInfo(NodeSystemInfo nodeInfo) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  public NodeStatus withImages(List<ContainerImage> images) {
    return new NodeStatus(capacity, allocatable, phase, conditions, addresses, nodeInfo, images);
  }

  /** {@return the condition of this type, or null} */
  public NodeCondition condition(String type) {
    for (NodeCondition c : conditions) {
      if (type.equals(c.type())) return c;
    }
    return null;
  }
}
