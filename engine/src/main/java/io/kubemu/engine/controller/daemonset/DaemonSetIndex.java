package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.Write;
import io.kubemu.engine.api.WriteListener;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DaemonSet controller's never-stale view of the store (what its listers and pod indexer give
 * upstream): the nodes by name, and the pods of each namespace split into orphans (no controller
 * reference) and those of each controller uid, each sorted by name as {@link ApiServer#list} sorts
 * them. Kept by a {@link WriteListener}, so it is current at every instant, even between a write
 * and its watch delivery. Not thread-safe: runs on the event loop.
 */
final class DaemonSetIndex implements WriteListener {

  private final TreeMap<String, Node> nodes = new TreeMap<>();
  private final Map<String, Node> nodesByName = new HashMap<>(); // lookups only
  private List<Node> nodeList; // the sorted snapshot, rebuilt after a node write
  // bucket key ("namespace", or "namespace\0uid" for owned pods) -> pods by name; lookups only
  private final Map<String, TreeMap<String, PodEntry>> pods = new HashMap<>();
  private final Map<String, String> bucketOf = new HashMap<>(); // pod key -> bucket; lookups only

  /** Registers on the API server and loads the nodes and pods stored so far. */
  DaemonSetIndex(ApiServer api) {
    api.addWriteListener(this);
    for (Node n : api.list(Node.class)) putNode(n);
    for (Pod p : api.list(Pod.class)) putPod(p);
  }

  @Override
  public void onWrite(Write write) {
    Class<?> type = write.kind().type();
    boolean gone = write.verb() == Verb.DELETED_FINAL;
    if (type == Pod.class) {
      Pod pod = (Pod) write.object();
      removePod(pod);
      if (!gone) putPod(pod);
    } else if (type == Node.class) {
      Node node = (Node) write.object();
      if (gone) {
        nodes.remove(node.metadata().name());
        nodesByName.remove(node.metadata().name());
        nodeList = null;
      } else {
        putNode(node);
      }
    }
  }

  /** {@return every node, sorted by name (as {@code api.list(Node.class)}); do not modify} */
  List<Node> nodes() {
    if (nodeList == null) nodeList = List.copyOf(nodes.values());
    return nodeList;
  }

  /** {@return the node of that name, or null} */
  Node node(String name) {
    return nodesByName.get(name);
  }

  /**
   * A stored pod with what the controller derives from it, computed once per pod write.
   *
   * @param owned whether it has a controller reference (then the uid of its bucket's controller)
   * @param targetNode GetTargetNodeName, or null
   * @param terminalAndDeleted Succeeded or Failed and being deleted
   */
  static final class PodEntry {
    final Pod pod;
    final boolean owned;
    final String targetNode;
    final boolean terminalAndDeleted;
    private Selector lastSelector; // the last selector asked about, and its answer
    private boolean lastMatch;

    PodEntry(Pod pod) {
      this.pod = pod;
      this.owned = pod.metadata().controllerRef() != null;
      this.targetNode = DaemonSetUtil.getTargetNodeName(pod);
      this.terminalAndDeleted =
          DaemonSetPods.isPodTerminal(pod) && pod.metadata().deletionTimestamp() != null;
    }

    /** {@return whether the selector matches the pod's labels} (remembered per selector object) */
    boolean matches(Selector selector) {
      if (selector != lastSelector) {
        lastMatch = selector.matches(pod.metadata().labels());
        lastSelector = selector;
      }
      return lastMatch;
    }
  }

  /**
   * {@return the pods of the namespace a controller of that uid may claim: the orphans and its own,
   * sorted by name} Pods controlled by others are left out: claiming skips them.
   */
  List<PodEntry> claimable(String namespace, String uid) {
    TreeMap<String, PodEntry> orphans = pods.get(namespace);
    TreeMap<String, PodEntry> owned = pods.get(namespace + '\0' + uid);
    if (orphans == null || orphans.isEmpty()) {
      return owned == null ? new ArrayList<>() : new ArrayList<>(owned.values());
    }
    if (owned == null || owned.isEmpty()) return new ArrayList<>(orphans.values());
    List<PodEntry> out = new ArrayList<>(orphans.size() + owned.size());
    Iterator<PodEntry> a = orphans.values().iterator();
    Iterator<PodEntry> b = owned.values().iterator();
    PodEntry pa = a.next();
    PodEntry pb = b.next();
    while (pa != null || pb != null) {
      if (pb == null
          || (pa != null && pa.pod.metadata().name().compareTo(pb.pod.metadata().name()) < 0)) {
        out.add(pa);
        pa = a.hasNext() ? a.next() : null;
      } else {
        out.add(pb);
        pb = b.hasNext() ? b.next() : null;
      }
    }
    return out;
  }

  private void putNode(Node node) {
    nodes.put(node.metadata().name(), node);
    nodesByName.put(node.metadata().name(), node);
    nodeList = null;
  }

  private void putPod(Pod pod) {
    String ns = pod.metadata().namespace();
    OwnerReference ref = pod.metadata().controllerRef();
    String bucket = ref == null ? ns : ns + '\0' + ref.uid();
    pods.computeIfAbsent(bucket, b -> new TreeMap<>())
        .put(pod.metadata().name(), new PodEntry(pod));
    bucketOf.put(podKey(pod), bucket);
  }

  private void removePod(Pod pod) {
    String bucket = bucketOf.remove(podKey(pod));
    if (bucket == null) return;
    TreeMap<String, PodEntry> m = pods.get(bucket);
    m.remove(pod.metadata().name());
    if (m.isEmpty()) pods.remove(bucket);
  }

  private static String podKey(Pod pod) {
    return pod.metadata().namespace() + '/' + pod.metadata().name();
  }
}
