package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.runtime.ImageStore;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerImage;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeAddress;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeSpec;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.NodeSystemInfo;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kubelet's node registration and status (kubelet_node_status.go and nodestatus/setters.go):
 * the well-known labels, {@code spec.podCIDR} (the nodeipam controller's, done here), capacity and
 * allocatable (kept when the Node states them), addresses, node info, the conditions
 * (MemoryPressure, DiskPressure and PIDPressure False, Ready True), the images present (largest
 * first, at most {@value #MAX_IMAGES}), and the kubelet's start-up events on the node.
 */
final class NodeRegistration {

  /** nodeStatusMaxImages. */
  static final int MAX_IMAGES = 50;

  private final Kubelet k;

  NodeRegistration(Kubelet k) {
    this.k = k;
  }

  /** Registers the node; images already listed in its status are taken as present. */
  void register() {
    ApiServer api = k.api;
    Node node = api.get(Node.class, null, k.nodeName);
    if (node.status() != null) {
      for (ContainerImage img : node.status().images()) {
        for (String name : img.names()) {
          if (name.indexOf('@') < 0) {
            k.runtime.images().add(name, img.sizeBytes() == null ? 0 : img.sizeBytes());
          }
        }
      }
    }
    ObjectMeta m = node.metadata();
    Map<String, String> labels = new LinkedHashMap<>(m.labels());
    labels.putIfAbsent("beta.kubernetes.io/arch", "amd64");
    labels.putIfAbsent("beta.kubernetes.io/os", "linux");
    labels.putIfAbsent(Node.LABEL_ARCH, "amd64");
    labels.putIfAbsent(Node.LABEL_HOSTNAME, k.nodeName);
    labels.putIfAbsent(Node.LABEL_OS, "linux");
    NodeSpec spec = node.spec() == null ? NodeSpec.EMPTY : node.spec();
    if (spec.podCIDR() == null || spec.podCIDR().isEmpty()) {
      spec = spec.withPodCIDR(k.podCidr).withPodCIDRs(List.of(k.podCidr));
    }
    Node updated = node.withMetadata(m.withLabels(labels)).withSpec(spec);
    if (!updated.equals(node)) node = api.update(updated);
    api.updateStatus(node.withStatus(status(node)));
    event(Event.TYPE_NORMAL, KubeletEvents.STARTING_KUBELET, "Starting kubelet.");
    event(
        Event.TYPE_NORMAL,
        KubeletEvents.NODE_ALLOCATABLE_ENFORCED,
        "Updated Node Allocatable limit across pods");
    for (String s :
        List.of(
            "NodeHasSufficientMemory",
            "NodeHasNoDiskPressure",
            "NodeHasSufficientPID",
            KubeletEvents.NODE_READY)) {
      event(Event.TYPE_NORMAL, s, "Node " + k.nodeName + " status is now: " + s);
    }
  }

  private void event(String type, String reason, String message) {
    // the kubelet's nodeRef: UID is the node's name
    ObjectReference ref =
        new ObjectReference(Node.KIND, null, k.nodeName, k.nodeName, null, null, null);
    k.recorder.record(ref, type, reason, message, KubeletEvents.COMPONENT, k.nodeName);
  }

  private NodeStatus status(Node node) {
    NodeStatus s = node.status() == null ? NodeStatus.EMPTY : node.status();
    Map<String, Quantity> capacity = s.capacity().isEmpty() ? k.config.capacity() : s.capacity();
    Map<String, Quantity> allocatable = s.allocatable().isEmpty() ? capacity : s.allocatable();
    Instant now = ContainerStatuses.seconds(k.loop.now());
    List<NodeCondition> conditions =
        List.of(
            new NodeCondition(
                NodeCondition.MEMORY_PRESSURE,
                ConditionStatus.FALSE,
                now,
                now,
                "KubeletHasSufficientMemory",
                "kubelet has sufficient memory available"),
            new NodeCondition(
                NodeCondition.DISK_PRESSURE,
                ConditionStatus.FALSE,
                now,
                now,
                "KubeletHasNoDiskPressure",
                "kubelet has no disk pressure"),
            new NodeCondition(
                NodeCondition.PID_PRESSURE,
                ConditionStatus.FALSE,
                now,
                now,
                "KubeletHasSufficientPID",
                "kubelet has sufficient PID available"),
            new NodeCondition(
                NodeCondition.READY,
                ConditionStatus.TRUE,
                now,
                now,
                "KubeletReady",
                "kubelet is posting ready status"));
    List<NodeAddress> addresses = new ArrayList<>();
    boolean hasInternal = false;
    boolean hasHostname = false;
    for (NodeAddress a : s.addresses()) {
      hasInternal |= NodeAddress.INTERNAL_IP.equals(a.type());
      hasHostname |= NodeAddress.HOSTNAME.equals(a.type());
    }
    if (!hasInternal) addresses.add(new NodeAddress(NodeAddress.INTERNAL_IP, k.hostIp));
    addresses.addAll(s.addresses());
    if (!hasHostname) addresses.add(new NodeAddress(NodeAddress.HOSTNAME, k.nodeName));
    String hex = ImageStore.sha256("node/" + k.nodeName);
    NodeSystemInfo info =
        new NodeSystemInfo(
            hex.substring(0, 32),
            uuid(hex.substring(32)),
            uuid(hex.substring(0, 32)),
            k.config.kernelVersion(),
            k.config.osImage(),
            k.config.containerRuntimeVersion(),
            k.config.kubeletVersion(),
            k.config.kubeletVersion(),
            "linux",
            "amd64");
    return new NodeStatus(capacity, allocatable, null, conditions, addresses, info, images());
  }

  private static String uuid(String hex32) {
    return hex32.substring(0, 8)
        + "-"
        + hex32.substring(8, 12)
        + "-"
        + hex32.substring(12, 16)
        + "-"
        + hex32.substring(16, 20)
        + "-"
        + hex32.substring(20, 32);
  }

  /** {@return the images for {@code status.images}: largest first, then by name} */
  List<ContainerImage> images() {
    List<ImageStore.StoredImage> list = new ArrayList<>(k.runtime.images().list());
    list.sort(
        Comparator.comparingLong(ImageStore.StoredImage::sizeBytes)
            .reversed()
            .thenComparing(ImageStore.StoredImage::reference));
    List<ContainerImage> out = new ArrayList<>();
    for (ImageStore.StoredImage i : list) {
      if (out.size() >= MAX_IMAGES) break;
      out.add(new ContainerImage(List.of(i.imageRef(), i.reference()), i.sizeBytes()));
    }
    return out;
  }

  /** Writes {@code status.images} after the node's images changed. */
  void imagesChanged() {
    try {
      Node node = k.api.get(Node.class, null, k.nodeName);
      NodeStatus s = node.status() == null ? NodeStatus.EMPTY : node.status();
      List<ContainerImage> images = images();
      if (!images.equals(s.images())) k.api.updateStatus(node.withStatus(s.withImages(images)));
    } catch (ApiException.NotFound e) {
      // the node is gone
    }
  }
}
