package io.kubemu.engine.controller.garbagecollector;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.garbagecollector.Graph.Node;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * kube-controller-manager's garbage collector (upstream pkg/controller/garbagecollector, v1.30): a
 * graph of ownerReferences built from watches of every kind (graph_builder.go), and two work
 * queues, attemptToDelete and attemptToOrphan (garbagecollector.go):
 *
 * <ul>
 *   <li>background: once an owner is gone (removed, not just terminating), a dependent none of
 *       whose owners exists any more is deleted; one with other owners only loses the reference;
 *   <li>foreground: an owner holding the {@code foregroundDeletion} finalizer stays, terminating,
 *       while its dependents are deleted (with foreground propagation when they have dependents of
 *       their own); when no dependent with {@code blockOwnerDeletion: true} is left the finalizer
 *       is removed and the owner goes;
 *   <li>orphan: an owner holding the {@code orphan} finalizer has its references removed from its
 *       dependents, then the finalizer.
 * </ul>
 *
 * References to owners that do not exist (uid not found by name, or found with another uid) are
 * treated as absent owners, as upstream's virtual nodes are. Owners are looked up live on the API
 * server; kinds kubemu does not model count as existing owners. Events are not watched.
 *
 * <p>Not modelled: the circular-dependency unblocking of attemptToDeleteItem, and events.
 */
public final class GarbageCollector implements Controller {

  private final ApiServer api;
  private final Graph graph = new Graph();
  private final WorkQueue attemptToDelete;
  private final WorkQueue attemptToOrphan;
  private final List<Watch> watches = new ArrayList<>();
  private final Operations ops;

  public GarbageCollector(ControllerContext ctx) {
    this.api = ctx.api();
    this.ops = new Operations(api);
    this.attemptToDelete = ctx.queue("garbagecollector delete", this::attemptToDeleteItem);
    this.attemptToOrphan = ctx.queue("garbagecollector orphan", this::attemptToOrphanItem);
  }

  @Override
  public String name() {
    return "garbagecollector";
  }

  @Override
  public void start() {
    if (!watches.isEmpty()) return;
    for (Kind kind : Kinds.all()) {
      if (kind.type() == Event.class) continue; // not garbage collected here
      watches.add(api.watch(kind, ListOptions.all(), null, e -> processGraphChanges(kind, e)));
    }
  }

  // ---------------------------------------------------------------- graph builder

  // processGraphChanges
  private void processGraphChanges(Kind kind, WatchEvent<KubernetesObject> event) {
    KubernetesObject obj = event.object();
    String uid = obj.metadata().uid();
    if (event.type() == WatchEvent.Type.DELETED) {
      Node old = graph.remove(uid);
      if (old == null) return;
      // the dependents of a removed owner may be garbage now
      for (Node dep : graph.dependents(uid)) attemptToDelete.add(dep.uid());
      // an owner waiting for this dependent may be done waiting
      enqueueOwnersDeletingDependents(old.meta().ownerReferences());
      return;
    }
    Node node = new Node(kind, obj);
    Node old = graph.put(node);
    ObjectMeta m = obj.metadata();
    ObjectMeta before = old == null ? null : old.meta();
    if (old == null || !before.ownerReferences().equals(m.ownerReferences())) {
      // references to owners never observed: check them (upstream's virtual nodes)
      for (OwnerReference ref : m.ownerReferences()) {
        if (ref.uid() != null && !graph.contains(ref.uid())) attemptToDelete.add(uid);
      }
      // owners whose reference was dropped or changed may stop waiting
      if (before != null) enqueueOwnersDeletingDependents(before.ownerReferences());
    }
    // processTransitions
    if (Node.orphaning(m) && (before == null || !Node.orphaning(before))) {
      attemptToOrphan.add(uid);
    }
    if (Node.deletingDependents(m) && (before == null || !Node.deletingDependents(before))) {
      for (Node dep : graph.dependents(uid)) attemptToDelete.add(dep.uid());
      attemptToDelete.add(uid);
    }
  }

  private void enqueueOwnersDeletingDependents(List<OwnerReference> refs) {
    for (OwnerReference ref : refs) {
      Node owner = ref.uid() == null ? null : graph.node(ref.uid());
      if (owner != null && owner.deletingDependents()) attemptToDelete.add(owner.uid());
    }
  }

  // ---------------------------------------------------------------- attemptToDelete

  // attemptToDeleteItem
  private void attemptToDeleteItem(String uid) {
    Node node = graph.node(uid);
    if (node == null) return; // gone; its dependents were queued when it went
    KubernetesObject latest = ops.live(node.kind(), node.meta()).orElse(null);
    if (latest == null) return; // the DELETED event follows
    ObjectMeta m = latest.metadata();
    if (m.deletionTimestamp() != null && !Node.deletingDependents(m)) return;
    if (Node.deletingDependents(m)) {
      processDeletingDependentsItem(node, latest);
      return;
    }
    List<OwnerReference> refs = m.ownerReferences();
    if (refs.isEmpty()) return;
    // classifyReferences
    List<OwnerReference> solid = new ArrayList<>();
    Set<String> remove = new HashSet<>(); // dangling or waiting for dependents; lookups only
    boolean waiting = false;
    for (OwnerReference ref : refs) {
      Operations.Owner owner = ops.owner(ref, m.namespace());
      if (owner == Operations.Owner.DANGLING) {
        remove.add(ref.uid());
      } else if (owner == Operations.Owner.DELETING_DEPENDENTS) {
        remove.add(ref.uid());
        waiting = true;
      } else {
        solid.add(ref);
      }
    }
    if (!solid.isEmpty()) {
      if (remove.isEmpty()) return;
      // remove the references to absent or foreground-deleting owners
      ops.removeOwnerReferences(latest, remove);
      return;
    }
    if (waiting && !graph.dependents(uid).isEmpty()) {
      ops.delete(node.kind(), latest, PropagationPolicy.FOREGROUND);
      return;
    }
    // no solid owner: collect it, keeping the propagation its finalizers ask for
    PropagationPolicy policy =
        m.finalizers().contains(Graph.ORPHAN)
            ? PropagationPolicy.ORPHAN
            : m.finalizers().contains(Graph.FOREGROUND)
                ? PropagationPolicy.FOREGROUND
                : PropagationPolicy.BACKGROUND;
    ops.delete(node.kind(), latest, policy);
  }

  // processDeletingDependentsItem
  private void processDeletingDependentsItem(Node node, KubernetesObject latest) {
    List<Node> blocking = graph.blockingDependents(node.uid());
    if (blocking.isEmpty()) {
      ops.removeFinalizer(latest, Graph.FOREGROUND);
      return;
    }
    for (Node dep : blocking) {
      if (!dep.deletingDependents()) attemptToDelete.add(dep.uid());
    }
  }

  // ---------------------------------------------------------------- attemptToOrphan

  // attemptToOrphanWorker: orphanDependents, then removeFinalizer
  private void attemptToOrphanItem(String uid) {
    Node node = graph.node(uid);
    if (node == null) return;
    KubernetesObject latest = ops.live(node.kind(), node.meta()).orElse(null);
    if (latest == null || !Node.orphaning(latest.metadata())) return;
    for (Node dep : graph.dependents(uid)) {
      KubernetesObject d = ops.live(dep.kind(), dep.meta()).orElse(null);
      if (d != null) ops.removeOwnerReferences(d, Set.of(uid));
    }
    ops.removeFinalizer(ops.live(node.kind(), node.meta()).orElseThrow(), Graph.ORPHAN);
  }

  /** Stops watching. */
  public void stop() {
    watches.forEach(Watch::close);
    watches.clear();
  }
}
