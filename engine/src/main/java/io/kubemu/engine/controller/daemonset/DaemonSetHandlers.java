package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.controller.util.Informer;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.NodeStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The DaemonSet controller's informer handlers (daemon_controller.go's add/update/delete functions
 * for DaemonSets, ControllerRevisions, pods and nodes, v1.30).
 */
final class DaemonSetHandlers implements Informer.Handler<DaemonSet> {

  private final DaemonSetController dsc;

  DaemonSetHandlers(DaemonSetController dsc) {
    this.dsc = dsc;
  }

  @Override
  public void onAdd(DaemonSet ds) {
    dsc.enqueue(ds);
  }

  @Override
  public void onUpdate(DaemonSet old, DaemonSet cur) {
    dsc.enqueue(cur);
  }

  @Override
  public void onDelete(DaemonSet ds) {
    dsc.enqueue(ds);
  }

  /** addHistory / updateHistory / deleteHistory. */
  static final class Histories implements Informer.Handler<ControllerRevision> {
    private final DaemonSetController dsc;

    Histories(DaemonSetController dsc) {
      this.dsc = dsc;
    }

    @Override
    public void onAdd(ControllerRevision h) {
      OwnerReference ref = h.metadata().controllerRef();
      if (ref != null) return; // a controlled revision: its DaemonSet made it
      for (DaemonSet ds : dsc.selecting(h)) dsc.enqueue(ds); // an orphan: someone may adopt it
    }

    @Override
    public void onUpdate(ControllerRevision old, ControllerRevision cur) {
      OwnerReference curRef = cur.metadata().controllerRef();
      OwnerReference oldRef = old.metadata().controllerRef();
      if (!Objects.equals(curRef, oldRef) && oldRef != null) enqueue(cur, oldRef);
      if (curRef != null) {
        enqueue(cur, curRef);
        return;
      }
      boolean changed = !cur.metadata().labels().equals(old.metadata().labels());
      if (changed || !Objects.equals(curRef, oldRef)) {
        for (DaemonSet ds : dsc.selecting(cur)) dsc.enqueue(ds);
      }
    }

    @Override
    public void onDelete(ControllerRevision h) {
      OwnerReference ref = h.metadata().controllerRef();
      if (ref != null) enqueue(h, ref);
    }

    private void enqueue(ControllerRevision h, OwnerReference ref) {
      DaemonSet ds = dsc.resolveControllerRef(h.metadata().namespace(), ref);
      if (ds != null) dsc.enqueue(ds);
    }
  }

  /** addPod / updatePod / deletePod. */
  static final class Pods implements Informer.Handler<Pod> {
    private final DaemonSetController dsc;

    Pods(DaemonSetController dsc) {
      this.dsc = dsc;
    }

    @Override
    public void onAdd(Pod pod) {
      if (pod.metadata().deletionTimestamp() != null) {
        onDelete(pod);
        return;
      }
      OwnerReference ref = pod.metadata().controllerRef();
      if (ref != null) {
        DaemonSet ds = dsc.resolveControllerRef(pod.metadata().namespace(), ref);
        if (ds != null) dsc.enqueue(ds);
        return;
      }
      for (DaemonSet ds : dsc.selecting(pod)) dsc.enqueue(ds); // an orphan
    }

    @Override
    public void onUpdate(Pod old, Pod cur) {
      if (Objects.equals(old.metadata().resourceVersion(), cur.metadata().resourceVersion())) {
        return;
      }
      OwnerReference curRef = cur.metadata().controllerRef();
      OwnerReference oldRef = old.metadata().controllerRef();
      boolean refChanged = !Objects.equals(curRef, oldRef);
      if (refChanged && oldRef != null) {
        DaemonSet ds = dsc.resolveControllerRef(old.metadata().namespace(), oldRef);
        if (ds != null) dsc.enqueue(ds);
      }
      if (curRef != null) {
        DaemonSet ds = dsc.resolveControllerRef(cur.metadata().namespace(), curRef);
        if (ds == null) return;
        dsc.enqueue(ds);
        Integer minReady = ds.spec().minReadySeconds();
        // a pod that just became ready becomes available minReadySeconds later (+1 s of skew)
        if (!dsc.isReady(old) && dsc.isReady(cur) && minReady != null && minReady > 0) {
          dsc.enqueueAfter(ds, Duration.ofSeconds(minReady + 1L));
        }
        return;
      }
      boolean labelsChanged = !cur.metadata().labels().equals(old.metadata().labels());
      if (labelsChanged || refChanged) {
        for (DaemonSet ds : dsc.selecting(cur)) dsc.enqueue(ds);
      }
    }

    @Override
    public void onDelete(Pod pod) {
      OwnerReference ref = pod.metadata().controllerRef();
      if (ref == null) return; // no controller cares about orphans being deleted
      DaemonSet ds = dsc.resolveControllerRef(pod.metadata().namespace(), ref);
      if (ds != null) dsc.enqueue(ds);
    }
  }

  /** addNode / updateNode (no delete handler upstream). */
  static final class Nodes implements Informer.Handler<Node> {
    private final DaemonSetController dsc;

    Nodes(DaemonSetController dsc) {
      this.dsc = dsc;
    }

    @Override
    public void onAdd(Node node) {
      for (DaemonSet ds : dsc.api().list(DaemonSet.class)) {
        if (valid(ds) && DaemonSetUtil.nodeShouldRunDaemonPod(node, ds).shouldRun()) {
          dsc.enqueue(ds);
        }
      }
    }

    @Override
    public void onUpdate(Node old, Node cur) {
      if (shouldIgnoreNodeUpdate(old, cur)) return;
      for (DaemonSet ds : dsc.api().list(DaemonSet.class)) {
        if (!valid(ds)) continue;
        DaemonSetUtil.ShouldRun was = DaemonSetUtil.nodeShouldRunDaemonPod(old, ds);
        DaemonSetUtil.ShouldRun is = DaemonSetUtil.nodeShouldRunDaemonPod(cur, ds);
        if (!was.equals(is)) dsc.enqueue(ds);
      }
    }

    private static boolean valid(DaemonSet ds) {
      return ds.spec() != null && ds.spec().template() != null;
    }

    // shouldIgnoreNodeUpdate: only heartbeats and the resourceVersion changed
    static boolean shouldIgnoreNodeUpdate(Node old, Node cur) {
      List<NodeCondition> oc = old.status() == null ? List.of() : old.status().conditions();
      List<NodeCondition> cc = cur.status() == null ? List.of() : cur.status().conditions();
      if (!nodeInSameCondition(oc, cc)) return false;
      NodeStatus curStatus = cur.status();
      Node o =
          old.withMetadata(old.metadata().withResourceVersion(cur.metadata().resourceVersion()))
              .withStatus(
                  old.status() == null || curStatus == null
                      ? curStatus
                      : old.status().withConditions(curStatus.conditions()));
      return o.equals(cur);
    }

    // nodeInSameCondition: the same condition types are True
    static boolean nodeInSameCondition(List<NodeCondition> old, List<NodeCondition> cur) {
      if (old.isEmpty() && cur.isEmpty()) return true;
      Set<String> trueTypes = new HashSet<>(); // membership only
      for (NodeCondition c : old)
        if (ConditionStatus.TRUE.equals(c.status())) trueTypes.add(c.type());
      for (NodeCondition c : cur) {
        if (!ConditionStatus.TRUE.equals(c.status())) continue;
        if (!trueTypes.remove(c.type())) return false;
      }
      return trueTypes.isEmpty();
    }
  }
}
