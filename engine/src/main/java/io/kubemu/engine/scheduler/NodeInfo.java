package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the scheduler knows of one node: the Node, the pods on it (assumed ones included), the
 * resources they request (and the same with 100m/200Mi assumed for containers without requests, for
 * scoring), the host ports they use and the images present. Mirrors
 * pkg/scheduler/framework/types.go NodeInfo (v1.30). Mutable; not thread-safe.
 */
public final class NodeInfo {

  private Node node;
  // read on every filter and score: kept here, so that the Node is not visited for them
  private String name; // node.metadata().name()
  private boolean unschedulable; // node.spec().unschedulable()
  private List<Taint> taints = List.of(); // node.spec().taints()
  private final List<PodInfo> pods;
  private final List<PodInfo> podsWithAffinity;
  private final List<PodInfo> podsWithRequiredAntiAffinity;
  private final HostPortInfo usedPorts;
  private final Resource requested;
  private final Resource nonZeroRequested;
  private Resource allocatable;
  private Map<String, ImageStateSummary> imageStates;
  // read-only views, made once
  private final List<PodInfo> podsView;
  private final List<PodInfo> podsWithAffinityView;
  private final List<PodInfo> podsWithRequiredAntiAffinityView;

  /** An empty NodeInfo (no node yet). */
  public NodeInfo() {
    this(
        null,
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new HostPortInfo(),
        new Resource(),
        new Resource(),
        new Resource(),
        Map.of());
  }

  private NodeInfo(
      Node node,
      List<PodInfo> pods,
      List<PodInfo> podsWithAffinity,
      List<PodInfo> podsWithRequiredAntiAffinity,
      HostPortInfo usedPorts,
      Resource requested,
      Resource nonZeroRequested,
      Resource allocatable,
      Map<String, ImageStateSummary> imageStates) {
    this.node = node;
    this.name = node == null ? null : node.metadata().name();
    this.unschedulable = unschedulable(node);
    this.taints = taints(node);
    this.pods = pods;
    this.podsWithAffinity = podsWithAffinity;
    this.podsWithRequiredAntiAffinity = podsWithRequiredAntiAffinity;
    this.usedPorts = usedPorts;
    this.requested = requested;
    this.nonZeroRequested = nonZeroRequested;
    this.allocatable = allocatable;
    this.imageStates = imageStates;
    this.podsView = Collections.unmodifiableList(pods);
    this.podsWithAffinityView = Collections.unmodifiableList(podsWithAffinity);
    this.podsWithRequiredAntiAffinityView =
        Collections.unmodifiableList(podsWithRequiredAntiAffinity);
  }

  /** {@return a NodeInfo for the node with these pods} (upstream NewNodeInfo + SetNode) */
  public static NodeInfo of(Node node, Pod... pods) {
    NodeInfo ni = new NodeInfo();
    ni.setNode(node);
    for (Pod p : pods) {
      ni.addPod(p);
    }
    return ni;
  }

  /** {@return the node, or null for pods whose node the scheduler has not seen} */
  public Node node() {
    return node;
  }

  /** {@return the node's name} */
  public String name() {
    return name;
  }

  /** Sets the node; allocatable comes from {@code status.allocatable} (upstream SetNode). */
  public void setNode(Node node) {
    this.node = node;
    this.name = node.metadata().name();
    this.unschedulable = unschedulable(node);
    this.taints = taints(node);
    this.allocatable = Resource.of(node.status() == null ? Map.of() : node.status().allocatable());
  }

  /** Clears the node (it was deleted while pods still point to it). */
  public void removeNode() {
    this.node = null;
    this.name = null;
    this.unschedulable = false;
    this.taints = List.of();
  }

  private static boolean unschedulable(Node node) {
    return node != null && node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable());
  }

  private static List<Taint> taints(Node node) {
    return node == null || node.spec() == null ? List.of() : node.spec().taints();
  }

  /** {@return the node's {@code spec.unschedulable}; false without a node} */
  public boolean unschedulable() {
    return unschedulable;
  }

  /** {@return the node's {@code spec.taints}; empty without a node} */
  public List<Taint> taints() {
    return taints;
  }

  /** {@return the pods on the node, in the order they were added} */
  public List<PodInfo> pods() {
    return podsView;
  }

  /** {@return the number of pods on the node} */
  public int podCount() {
    return pods.size();
  }

  /** {@return the pods with pod affinity or anti-affinity} */
  public List<PodInfo> podsWithAffinity() {
    return podsWithAffinityView;
  }

  /** {@return the pods with required pod anti-affinity} */
  public List<PodInfo> podsWithRequiredAntiAffinity() {
    return podsWithRequiredAntiAffinityView;
  }

  /** {@return the host ports in use} */
  public HostPortInfo usedPorts() {
    return usedPorts;
  }

  /** {@return the sum of the pods' requests (do not modify)} */
  public Resource requested() {
    return requested;
  }

  /** {@return the requests with 100m cpu/200Mi memory for containers setting none} */
  public Resource nonZeroRequested() {
    return nonZeroRequested;
  }

  /** {@return the node's allocatable resources} */
  public Resource allocatable() {
    return allocatable;
  }

  /** {@return the images present on the node by every name, with how many nodes hold them} */
  public Map<String, ImageStateSummary> imageStates() {
    return imageStates;
  }

  /** Sets the image states (the cache computes the node counts). */
  public void setImageStates(Map<String, ImageStateSummary> imageStates) {
    this.imageStates = Objects.requireNonNull(imageStates);
  }

  /** Adds a pod (upstream AddPod). */
  public void addPod(Pod pod) {
    addPodInfo(PodInfo.of(pod));
  }

  /** Adds a processed pod (upstream AddPodInfo). */
  public void addPodInfo(PodInfo pi) {
    pods.add(pi);
    if (pi.hasAffinity()) {
      podsWithAffinity.add(pi);
    }
    if (!pi.requiredAntiAffinityTerms().isEmpty()) {
      podsWithRequiredAntiAffinity.add(pi);
    }
    update(pi, 1);
  }

  /**
   * Removes the pod with the same uid (namespace/name when it has no uid).
   *
   * @return whether a pod was removed
   */
  public boolean removePod(Pod pod) {
    for (int i = 0; i < pods.size(); i++) {
      PodInfo pi = pods.get(i);
      if (samePod(pi.pod(), pod)) {
        pods.remove(i);
        podsWithAffinity.remove(pi);
        podsWithRequiredAntiAffinity.remove(pi);
        update(pi, -1);
        return true;
      }
    }
    return false;
  }

  /** {@return whether the pods are the same object (uid, or namespace/name without uid)} */
  public static boolean samePod(Pod a, Pod b) {
    String ua = a.metadata().uid();
    String ub = b.metadata().uid();
    if (ua != null && ub != null) {
      return ua.equals(ub);
    }
    return Objects.equals(a.metadata().namespace(), b.metadata().namespace())
        && Objects.equals(a.metadata().name(), b.metadata().name());
  }

  private void update(PodInfo pi, int sign) {
    Resource res = pi.requests();
    if (sign > 0) {
      requested.add(res);
    } else {
      requested.subtract(res);
    }
    nonZeroRequested.addMilliCpuAndMemory(sign * pi.nonZeroMilliCpu(), sign * pi.nonZeroMemory());
    Pod pod = pi.pod();
    if (pod.spec() == null) {
      return;
    }
    for (Container c : pod.spec().containers()) {
      for (ContainerPort p : c.ports()) {
        int hostPort = p.hostPort() == null ? 0 : p.hostPort();
        if (sign > 0) {
          usedPorts.add(p.hostIP(), p.protocol(), hostPort);
        } else {
          usedPorts.remove(p.hostIP(), p.protocol(), hostPort);
        }
      }
    }
  }

  /**
   * {@return a copy whose pod lists and counters are independent of this one} (upstream Snapshot)
   */
  public NodeInfo snapshot() {
    return new NodeInfo(
        node,
        new ArrayList<>(pods),
        new ArrayList<>(podsWithAffinity),
        new ArrayList<>(podsWithRequiredAntiAffinity),
        usedPorts.copy(),
        requested.copy(),
        nonZeroRequested.copy(),
        allocatable.copy(),
        imageStates);
  }

  @Override
  public String toString() {
    return "NodeInfo{" + name() + ", pods=" + pods + ", requested=" + requested + "}";
  }
}
