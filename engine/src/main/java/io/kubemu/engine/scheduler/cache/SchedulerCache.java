package io.kubemu.engine.scheduler.cache;

import io.kubemu.engine.scheduler.ImageStateSummary;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeInfoLister;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.ContainerImage;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's view of nodes and the pods on them, including pods it has assumed (bound, or
 * about to be, but not yet observed through its watch), so that the next pod sees their resources
 * at once. Assumed pods never expire (upstream durationToExpireAssumedPod = 0). Mirrors
 * pkg/scheduler/internal/cache/cache.go (v1.30). Not thread-safe.
 */
public final class SchedulerCache {

  private record ImageState(long size, Set<String> nodes) {}

  private final Map<String, NodeInfo> nodes = new HashMap<>();
  private final NodeTree nodeTree = new NodeTree();
  private final Map<String, Pod> podStates = new HashMap<>(); // key -> pod as cached
  private final Set<String> assumedPods = new LinkedHashSet<>();
  private final Map<String, ImageState> imageStates = new HashMap<>();
  private Snapshot snapshot; // rebuilt when nodes change
  // nodes whose pods with affinity changed since the snapshot's lists were updated
  private final Set<NodeInfo> affinityChanged = new LinkedHashSet<>();
  private boolean imagesDirty;

  private static String key(Pod pod) {
    String uid = pod.metadata().uid();
    return uid != null ? uid : Pods.key(pod);
  }

  // ------------------------------------------------------------------ pods

  /** Adds a pod the scheduler chose a node for (upstream AssumePod); its nodeName is set. */
  public void assumePod(Pod pod) {
    String k = key(pod);
    if (podStates.containsKey(k)) {
      throw new IllegalStateException(
          "pod " + Pods.key(pod) + " is in the cache, so can't be assumed");
    }
    addPod(pod, true);
  }

  /** Drops an assumed pod whose binding failed (upstream ForgetPod). */
  public void forgetPod(Pod pod) {
    String k = key(pod);
    Pod cached = podStates.get(k);
    if (cached != null && assumedPods.contains(k)) {
      removePodInternal(cached);
      podStates.remove(k);
      assumedPods.remove(k);
    }
  }

  /** {@return whether the pod is assumed and not yet observed} */
  public boolean isAssumedPod(Pod pod) {
    return assumedPods.contains(key(pod));
  }

  /** {@return the number of assumed pods} */
  public int assumedPodCount() {
    return assumedPods.size();
  }

  /**
   * Adds a bound pod seen through the watch; an assumed pod is confirmed (moved if it landed
   * elsewhere) (upstream AddPod).
   */
  public void addPod(Pod pod) {
    String k = key(pod);
    Pod cached = podStates.get(k);
    if (cached != null && assumedPods.contains(k)) {
      // confirm: the observed version replaces the assumed one
      removePodInternal(cached);
      assumedPods.remove(k);
      podStates.remove(k);
      addPod(pod, false);
    } else if (cached == null) {
      addPod(pod, false);
    } else {
      updatePod(cached, pod);
    }
  }

  /** Replaces a bound pod's cached version (upstream UpdatePod). */
  public void updatePod(Pod oldPod, Pod newPod) {
    String k = key(newPod);
    Pod cached = podStates.get(k);
    if (cached == null) {
      addPod(newPod, false);
      return;
    }
    removePodInternal(cached);
    podStates.remove(k);
    assumedPods.remove(k);
    addPod(newPod, false);
  }

  /** Removes a bound pod (deleted, or finished) (upstream RemovePod). */
  public void removePod(Pod pod) {
    String k = key(pod);
    Pod cached = podStates.remove(k);
    assumedPods.remove(k);
    if (cached != null) {
      removePodInternal(cached);
    }
  }

  /** {@return the cached pod with the same uid, or null} */
  public Pod getPod(Pod pod) {
    return podStates.get(key(pod));
  }

  private void addPod(Pod pod, boolean assumed) {
    String nodeName = Pods.nodeName(pod);
    NodeInfo n = nodes.computeIfAbsent(nodeName, x -> new NodeInfo());
    PodInfo pi = PodInfo.of(pod);
    n.addPodInfo(pi);
    podStates.put(key(pod), pod);
    if (assumed) {
      assumedPods.add(key(pod));
    }
    if (pi.hasAffinity()) {
      affinityChanged.add(n);
    }
  }

  private void removePodInternal(Pod pod) {
    NodeInfo n = nodes.get(Pods.nodeName(pod));
    if (n == null) {
      return;
    }
    n.removePod(pod);
    if (n.node() == null && n.pods().isEmpty()) {
      nodes.remove(Pods.nodeName(pod)); // a node deleted earlier: now gone with its last pod
    }
    var a = pod.spec() == null ? null : pod.spec().affinity();
    if (a != null && (a.podAffinity() != null || a.podAntiAffinity() != null)) {
      affinityChanged.add(n); // the nodes-with-affinity lists change
    }
  }

  // ------------------------------------------------------------------ nodes

  /** Adds a node (upstream AddNode); {@return its NodeInfo} */
  public NodeInfo addNode(Node node) {
    String name = node.metadata().name();
    NodeInfo n = nodes.computeIfAbsent(name, x -> new NodeInfo());
    Node old = n.node();
    if (old != null) {
      removeNodeImageStates(old);
    }
    nodeTree.updateNode(old, node);
    addNodeImageStates(node);
    n.setNode(node);
    snapshot = null;
    return n;
  }

  /** Updates a node (upstream UpdateNode); {@return its NodeInfo} */
  public NodeInfo updateNode(Node oldNode, Node newNode) {
    return addNode(newNode);
  }

  /** Removes a node; its pods stay until they are removed (upstream RemoveNode). */
  public void removeNode(Node node) {
    String name = node.metadata().name();
    NodeInfo n = nodes.get(name);
    if (n == null) {
      return;
    }
    if (n.node() != null) {
      nodeTree.removeNode(n.node());
      removeNodeImageStates(n.node());
    }
    if (n.pods().isEmpty()) {
      nodes.remove(name);
    } else {
      n.removeNode();
    }
    snapshot = null;
  }

  /** {@return the NodeInfo of a node, or null} */
  public NodeInfo nodeInfo(String name) {
    NodeInfo n = nodes.get(name);
    return n == null || n.node() == null ? null : n;
  }

  /** {@return the number of nodes} */
  public int nodeCount() {
    return nodeTree.numNodes();
  }

  private void addNodeImageStates(Node node) {
    if (node.status() == null) return;
    for (ContainerImage image : node.status().images()) {
      for (String name : image.names()) {
        ImageState s =
            imageStates.computeIfAbsent(
                name,
                k ->
                    new ImageState(
                        image.sizeBytes() == null ? 0 : image.sizeBytes(), new LinkedHashSet<>()));
        s.nodes().add(node.metadata().name());
      }
    }
    imagesDirty = true;
  }

  private void removeNodeImageStates(Node node) {
    if (node.status() == null) return;
    for (ContainerImage image : node.status().images()) {
      for (String name : image.names()) {
        ImageState s = imageStates.get(name);
        if (s != null) {
          s.nodes().remove(node.metadata().name());
          if (s.nodes().isEmpty()) imageStates.remove(name);
        }
      }
    }
    imagesDirty = true;
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * {@return the nodes in node-tree order (round-robin over zones), with their image states; the
   * NodeInfos are live (a cycle runs synchronously)} (upstream UpdateSnapshot)
   */
  public NodeInfoLister snapshot() {
    if (imagesDirty) {
      for (NodeInfo n : nodes.values()) {
        if (n.node() == null) continue;
        Map<String, ImageStateSummary> states = new LinkedHashMap<>();
        if (n.node().status() != null) {
          for (ContainerImage image : n.node().status().images()) {
            for (String name : image.names()) {
              ImageState s = imageStates.get(name);
              if (s != null) states.put(name, new ImageStateSummary(s.size(), s.nodes().size()));
            }
          }
        }
        n.setImageStates(states);
      }
      imagesDirty = false;
    }
    if (snapshot == null) {
      List<NodeInfo> list = new ArrayList<>(nodeTree.numNodes());
      for (String name : nodeTree.list()) {
        list.add(nodes.get(name));
      }
      snapshot = new Snapshot(list);
    } else {
      for (NodeInfo n : affinityChanged) {
        snapshot.updateAffinityLists(n);
      }
    }
    affinityChanged.clear();
    return snapshot;
  }
}
