package io.kubemu.dsl;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Node}: {@code node("n1").label("ssd", "true").taint(taint("dedicated", "db",
 * "NoSchedule")).capacity(cpu("4"), memory("8Gi"), pods(110))}. Capacity, allocatable, addresses
 * and conditions go to {@code status}, which stays null when none is set (a kubelet writes it).
 * Mutable, not thread-safe.
 */
public final class NodeBuilder extends AbstractObjectBuilder<Node, NodeBuilder> {

  private String podCIDR;
  private final List<String> podCIDRs = new ArrayList<>();
  private String providerID;
  private Boolean unschedulable;
  private final List<Taint> taints = new ArrayList<>();
  private NodeStatus status;

  NodeBuilder() {}

  /** {@return a builder holding every field of {@code node}, status included} */
  public static NodeBuilder from(Node node) {
    NodeBuilder b = new NodeBuilder().metadata(node.metadata());
    b.load(node.spec());
    b.status = node.status();
    return b;
  }

  /**
   * Appends to {@code spec.taints}: {@code taint(taint("node-role.kubernetes.io/master",
   * "NoSchedule"))}.
   */
  public NodeBuilder taint(Taint... taints) {
    this.taints.addAll(List.of(taints));
    return this;
  }

  /** {@code spec.unschedulable}: a cordoned node takes no new pods. */
  public NodeBuilder unschedulable(boolean unschedulable) {
    this.unschedulable = unschedulable;
    return this;
  }

  /** {@code spec.podCIDR}. */
  public NodeBuilder podCIDR(String podCIDR) {
    this.podCIDR = podCIDR;
    return this;
  }

  /** {@code spec.providerID}. */
  public NodeBuilder providerID(String providerID) {
    this.providerID = providerID;
    return this;
  }

  /** Merged into {@code status.capacity}: {@code capacity(cpu("4"), memory("8Gi"), pods(110))}. */
  public NodeBuilder capacity(Resource... resources) {
    NodeStatus s = statusOrEmpty();
    status = s.withCapacity(Resource.merge(s.capacity(), resources));
    return this;
  }

  /** Merged into {@code status.allocatable} (unset means the capacity). */
  public NodeBuilder allocatable(Resource... resources) {
    NodeStatus s = statusOrEmpty();
    status = s.withAllocatable(Resource.merge(s.allocatable(), resources));
    return this;
  }

  /**
   * Appends {@code {type, address}} to {@code status.addresses}: {@code address("InternalIP",
   * "10.0.0.1")}.
   */
  public NodeBuilder address(String type, String address) {
    NodeStatus s = statusOrEmpty();
    List<NodeAddress> list = new ArrayList<>(s.addresses());
    list.add(new NodeAddress(type, address));
    status = s.withAddresses(list);
    return this;
  }

  /** Appends to {@code status.conditions}. */
  public NodeBuilder condition(NodeCondition condition) {
    NodeStatus s = statusOrEmpty();
    List<NodeCondition> list = new ArrayList<>(s.conditions());
    list.add(condition);
    status = s.withConditions(list);
    return this;
  }

  /** {@code status}; replaces it. */
  public NodeBuilder status(NodeStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code status} as a record (unset is passed as {@link NodeStatus#EMPTY}).
   */
  public NodeBuilder status(UnaryOperator<NodeStatus> edit) {
    this.status = edit.apply(statusOrEmpty());
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed as {@link NodeSpec#EMPTY}). */
  public NodeBuilder spec(UnaryOperator<NodeSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public Node build() {
    return new Node(meta(), present(spec(), NodeSpec.EMPTY), status);
  }

  private NodeStatus statusOrEmpty() {
    return status == null ? NodeStatus.EMPTY : status;
  }

  private NodeSpec spec() {
    return new NodeSpec(podCIDR, podCIDRs, providerID, unschedulable, taints);
  }

  private void load(NodeSpec s) {
    specGiven(s != null);
    if (s == null) s = NodeSpec.EMPTY;
    podCIDR = s.podCIDR();
    podCIDRs.clear();
    podCIDRs.addAll(s.podCIDRs());
    providerID = s.providerID();
    unschedulable = s.unschedulable();
    taints.clear();
    taints.addAll(s.taints());
  }
}
