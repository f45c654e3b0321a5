package io.kubemu.engine.controller.garbagecollector;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The garbage collector's dependency graph (upstream graph.go's uidToNode and node.dependents),
 * simplified: a node per object, keyed by uid, holding its latest snapshot; and for every owner uid
 * (existing or not, as upstream's virtual nodes) its dependents, ordered by kind, namespace and
 * name so that processing order is deterministic.
 *
 * <p>Not thread-safe: used on the event loop.
 */
final class Graph {

  /** The foreground-deletion finalizer (metav1.FinalizerDeleteDependents). */
  static final String FOREGROUND = "foregroundDeletion";

  /** The orphan finalizer (metav1.FinalizerOrphanDependents). */
  static final String ORPHAN = "orphan";

  /** An object in the graph: its kind and latest snapshot. */
  record Node(Kind kind, KubernetesObject object) {
    String uid() {
      return object.metadata().uid();
    }

    ObjectMeta meta() {
      return object.metadata();
    }

    String sortKey() {
      return sortKey(kind, object.metadata());
    }

    static String sortKey(Kind kind, ObjectMeta m) {
      return kind.qualifiedKind() + "/" + Objects.toString(m.namespace(), "") + "/" + m.name();
    }

    /** {@return whether the object waits for its dependents (isDeletingDependents)} */
    boolean deletingDependents() {
      return deletingDependents(meta());
    }

    static boolean deletingDependents(ObjectMeta m) {
      return m.deletionTimestamp() != null && m.finalizers().contains(FOREGROUND);
    }

    static boolean orphaning(ObjectMeta m) {
      return m.deletionTimestamp() != null && m.finalizers().contains(ORPHAN);
    }
  }

  private final Map<String, Node> uidToNode = new HashMap<>(); // lookups only
  private final Map<String, TreeMap<String, String>> dependents = new HashMap<>(); // lookups only

  /** {@return the node of a uid, or null} */
  Node node(String uid) {
    return uidToNode.get(uid);
  }

  /** {@return whether a uid is in the graph as an observed object} */
  boolean contains(String uid) {
    return uidToNode.containsKey(uid);
  }

  /** Stores a node and re-indexes its owners; {@return the previous node, or null} */
  Node put(Node node) {
    Node old = uidToNode.put(node.uid(), node);
    if (old != null) unindex(old);
    for (OwnerReference ref : node.meta().ownerReferences()) {
      if (ref.uid() == null) continue;
      dependents.computeIfAbsent(ref.uid(), u -> new TreeMap<>()).put(node.sortKey(), node.uid());
    }
    return old;
  }

  /** Removes a node from the graph and from its owners' dependents; {@return it, or null} */
  Node remove(String uid) {
    Node old = uidToNode.remove(uid);
    if (old != null) unindex(old);
    return old;
  }

  private void unindex(Node node) {
    for (OwnerReference ref : node.meta().ownerReferences()) {
      TreeMap<String, String> deps = ref.uid() == null ? null : dependents.get(ref.uid());
      if (deps == null) continue;
      deps.remove(node.sortKey());
      if (deps.isEmpty()) dependents.remove(ref.uid());
    }
  }

  /** {@return the nodes whose ownerReferences name the uid, in kind/namespace/name order} */
  List<Node> dependents(String ownerUid) {
    List<Node> out = new ArrayList<>();
    TreeMap<String, String> deps = dependents.get(ownerUid);
    if (deps == null) return out;
    for (String uid : deps.values()) {
      Node n = uidToNode.get(uid);
      if (n != null) out.add(n);
    }
    return out;
  }

  /**
   * {@return dependents whose reference to the owner has blockOwnerDeletion} (blockingDependents)
   */
  List<Node> blockingDependents(String ownerUid) {
    List<Node> out = new ArrayList<>();
    for (Node dep : dependents(ownerUid)) {
      for (OwnerReference ref : dep.meta().ownerReferences()) {
        if (ownerUid.equals(ref.uid()) && Boolean.TRUE.equals(ref.blockOwnerDeletion())) {
          out.add(dep);
          break;
        }
      }
    }
    return out;
  }
}
