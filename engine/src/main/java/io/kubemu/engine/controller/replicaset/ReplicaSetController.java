package io.kubemu.engine.controller.replicaset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.util.ActivePods;
import io.kubemu.engine.controller.util.ControllerRefManager;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.ControllerUtils.BatchResult;
import io.kubemu.engine.controller.util.Informer;
import io.kubemu.engine.controller.util.PodControl;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * kube-controller-manager's replicaset controller (upstream pkg/controller/replicaset/
 * replica_set.go): keeps {@code spec.replicas} active pods per ReplicaSet, adopting matching
 * orphans and releasing pods that stop matching, and writes the status.
 *
 * <p>Pods are created in slow-start batches (1, 2, 4, ...; at most {@value #BURST_REPLICAS} per
 * sync) and deleted in {@link ActivePods#withRanks} order. Terminating and finished pods do not
 * count; a pod deleted or marked for deletion wakes its ReplicaSet at once, so a replacement is
 * created without waiting for the grace period.
 *
 * <p>Upstream's expectations (which keep a sync from acting on a cache that has not yet seen the
 * controller's own writes) are not needed here: watch events are delivered before any later sync of
 * the same key runs.
 */
public final class ReplicaSetController implements Controller {

  /** The most pods created or deleted in one sync (BurstReplicas). */
  public static final int BURST_REPLICAS = 500;

  private final ApiServer api;
  private final EventLoop loop;
  private final PodControl podControl;
  private final WorkQueue queue;
  private final Informer<ReplicaSet> rsLister;
  private final Informer<Pod> podLister;
  private final OwnedPodCounts ownedCounts;

  public ReplicaSetController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.podControl = new PodControl(api, ctx.events("replicaset-controller"));
    this.queue = ctx.queue("replicaset", this::syncReplicaSet);
    this.rsLister = new Informer<>(api, ReplicaSet.class);
    this.podLister =
        new Informer<>(api, Pod.class)
            .addIndex(
                ControllerUtils.POD_CONTROLLER_UID_INDEX, ControllerUtils::controllerUidIndex);
    this.ownedCounts = new OwnedPodCounts(podLister);
  }

  @Override
  public String name() {
    return "replicaset";
  }

  @Override
  public void start() {
    rsLister.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(ReplicaSet rs) {
            queue.add(ControllerUtils.key(rs));
          }

          @Override
          public void onUpdate(ReplicaSet oldRS, ReplicaSet curRS) {
            queue.add(ControllerUtils.key(curRS));
          }

          @Override
          public void onDelete(ReplicaSet rs) {
            ownedCounts.forget(rs.metadata().uid());
            queue.add(ControllerUtils.key(rs));
          }
        });
    podLister.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(Pod pod) {
            ownedCounts.observe(pod);
            addPod(pod);
          }

          @Override
          public void onUpdate(Pod oldPod, Pod curPod) {
            ownedCounts.observe(oldPod);
            ownedCounts.observe(curPod);
            updatePod(oldPod, curPod);
          }

          @Override
          public void onDelete(Pod pod) {
            ownedCounts.observe(pod);
            deletePod(pod);
          }
        });
    rsLister.start();
    podLister.start();
  }

  // ---------------------------------------------------------------- event handlers

  // addPod: enqueue the owner, or every matching ReplicaSet for an orphan
  private void addPod(Pod pod) {
    if (pod.metadata().deletionTimestamp() != null) {
      deletePod(pod);
      return;
    }
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref != null) {
      ReplicaSet rs = resolveControllerRef(pod.metadata().namespace(), ref);
      if (rs != null) queue.add(ControllerUtils.key(rs));
      return;
    }
    for (ReplicaSet rs : getPodReplicaSets(pod)) queue.add(ControllerUtils.key(rs));
  }

  // updatePod
  private void updatePod(Pod oldPod, Pod curPod) {
    if (Objects.equals(oldPod.metadata().resourceVersion(), curPod.metadata().resourceVersion())) {
      return;
    }
    boolean labelChanged = !curPod.metadata().labels().equals(oldPod.metadata().labels());
    if (curPod.metadata().deletionTimestamp() != null) {
      // A graceful deletion: the replacement is wanted now, not when the pod is finally gone.
      deletePod(curPod);
      if (labelChanged) deletePod(oldPod);
      return;
    }
    OwnerReference curRef = curPod.metadata().controllerRef();
    OwnerReference oldRef = oldPod.metadata().controllerRef();
    boolean refChanged = !Objects.equals(curRef, oldRef);
    String ns = curPod.metadata().namespace();
    if (refChanged && oldRef != null) {
      ReplicaSet rs = resolveControllerRef(ns, oldRef);
      if (rs != null) queue.add(ControllerUtils.key(rs));
    }
    if (curRef != null) {
      ReplicaSet rs = resolveControllerRef(ns, curRef);
      if (rs == null) return;
      queue.add(ControllerUtils.key(rs));
      // The pod's availability changes minReadySeconds after it became ready: look again then,
      // plus a second against rounding (a pod ready at 00:00:00 with minReadySeconds 10 is
      // available from just after 00:00:10; the requeue at 00:00:11 sees it).
      int minReady = minReadySeconds(rs);
      if (!PodUtils.isPodReady(oldPod) && PodUtils.isPodReady(curPod) && minReady > 0) {
        queue.addAfter(ControllerUtils.key(rs), Duration.ofSeconds(minReady + 1L));
      }
      return;
    }
    if (labelChanged || refChanged) {
      for (ReplicaSet rs : getPodReplicaSets(curPod)) queue.add(ControllerUtils.key(rs));
    }
  }

  // deletePod: only the owner cares
  private void deletePod(Pod pod) {
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref == null) return;
    ReplicaSet rs = resolveControllerRef(pod.metadata().namespace(), ref);
    if (rs != null) queue.add(ControllerUtils.key(rs));
  }

  private ReplicaSet resolveControllerRef(String namespace, OwnerReference ref) {
    if (!ReplicaSet.KIND.equals(ref.kind())) return null;
    ReplicaSet rs = rsLister.get(namespace, ref.name()).orElse(null);
    return rs != null && Objects.equals(rs.metadata().uid(), ref.uid()) ? rs : null;
  }

  // GetPodReplicaSets: the ReplicaSets whose non-empty selector matches the pod
  private List<ReplicaSet> getPodReplicaSets(Pod pod) {
    List<ReplicaSet> out = new ArrayList<>();
    for (ReplicaSet rs : rsLister.list(pod.metadata().namespace())) {
      Selector s = selector(rs);
      if (s != null && !s.empty() && s.matches(pod.metadata().labels())) out.add(rs);
    }
    return out;
  }

  // ---------------------------------------------------------------- sync

  /** syncReplicaSet: claims the pods, creates or deletes the difference, writes the status. */
  void syncReplicaSet(String key) {
    int slash = key.indexOf('/');
    ReplicaSet rs = rsLister.get(key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (rs == null) return;
    Selector selector = selector(rs);
    if (selector == null) return; // an invalid selector matches nothing; validation prevents it
    if (syncCounted(key, rs, selector)) return;
    // the owned pods (to release those that no longer match as well) and the orphans (getRSPods);
    // pods other controllers own would not be claimed
    List<Pod> filteredPods =
        PodUtils.filterActivePods(
            ControllerUtils.ownedOrOrphaned(
                podLister, rs.metadata().namespace(), rs.metadata().uid()));
    filteredPods = new ControllerRefManager(api, rs, selector).claim(filteredPods);

    ApiException manageReplicasErr = null;
    if (rs.metadata().deletionTimestamp() == null) {
      try {
        manageReplicas(filteredPods, rs);
      } catch (ApiException e) {
        manageReplicasErr = e;
      }
    }
    ReplicaSet updated =
        ReplicaSetStatusUtil.updateReplicaSetStatus(
            api,
            rs,
            ReplicaSetStatusUtil.calculateStatus(rs, filteredPods, manageReplicasErr, loop.now()));
    if (manageReplicasErr == null) resyncForAvailability(key, updated);
    if (manageReplicasErr != null) throw manageReplicasErr;
  }

  // Resync after minReadySeconds as a last line of defence for availability.
  private void resyncForAvailability(String key, ReplicaSet updated) {
    int minReady = minReadySeconds(updated);
    int replicas = ControllerUtils.replicas(updated);
    if (minReady > 0
        && count(updated.status().readyReplicas()) == replicas
        && count(updated.status().availableReplicas()) != replicas) {
      queue.addAfter(key, Duration.ofSeconds(minReady));
    }
  }

  /**
   * The sync of a settled ReplicaSet from its {@link OwnedPodCounts}, without listing its pods:
   * taken when that gives what the full sync would (not being deleted, minReadySeconds 0, no orphan
   * in the namespace to adopt, no owned pod to release, as many active pods as replicas), so that
   * neither claim nor manageReplicas would act.
   *
   * @return whether the sync was done
   */
  private boolean syncCounted(String key, ReplicaSet rs, Selector selector) {
    String ns = rs.metadata().namespace();
    if (rs.metadata().deletionTimestamp() != null
        || minReadySeconds(rs) != 0
        || podLister.byIndexCount(
                ControllerUtils.POD_CONTROLLER_UID_INDEX, ControllerUtils.orphanIndexKey(ns))
            != 0) {
      return false;
    }
    OwnedPodCounts.Counts c = ownedCounts.counts(rs, selector);
    if (c.activeNotMatching() != 0 || c.active() != ControllerUtils.replicas(rs)) return false;
    // minReadySeconds 0: every ready pod is available
    ReplicaSet updated =
        ReplicaSetStatusUtil.updateReplicaSetStatus(
            api,
            rs,
            ReplicaSetStatusUtil.calculateStatus(
                rs, c.active(), c.fullyLabeled(), c.ready(), c.ready(), null, loop.now()));
    resyncForAvailability(key, updated);
    return true;
  }

  /**
   * manageReplicas: with 3 pods and replicas 7, creates 4 (batches of 1, 2 and 1); with 7 and
   * replicas 3, deletes the first 4 in {@link ActivePods#withRanks} order.
   */
  void manageReplicas(List<Pod> filteredPods, ReplicaSet rs) {
    int diff = filteredPods.size() - ControllerUtils.replicas(rs);
    if (diff < 0) {
      int create = Math.min(-diff, BURST_REPLICAS);
      OwnerReference ref = ControllerUtils.newControllerRef(rs);
      BatchResult r =
          ControllerUtils.slowStartBatch(
              create,
              ControllerUtils.SLOW_START_INITIAL_BATCH_SIZE,
              () -> {
                try {
                  podControl.createPod(rs.spec().template(), rs, ref);
                  return null;
                } catch (ApiException e) {
                  return e;
                }
              });
      if (r.error() != null) throw r.error();
    } else if (diff > 0) {
      int delete = Math.min(diff, BURST_REPLICAS);
      List<Pod> podsToDelete =
          PodsToDelete.getPodsToDelete(
              filteredPods, getIndirectlyRelatedPods(rs), delete, loop.now());
      ApiException first = null;
      for (Pod p : podsToDelete) {
        try {
          podControl.deletePod(p.metadata().namespace(), p.metadata().name(), rs);
        } catch (ApiException.NotFound gone) {
          // already deleted: nothing to do
        } catch (ApiException e) {
          if (first == null) first = e;
        }
      }
      if (first != null) throw first;
    }
  }

  // getIndirectlyRelatedPods: the pods of every ReplicaSet with the same controller
  private List<Pod> getIndirectlyRelatedPods(ReplicaSet rs) {
    OwnerReference ref = rs.metadata().controllerRef();
    List<Pod> related = new ArrayList<>();
    if (ref == null) return related;
    Set<String> seen = new HashSet<>(); // membership only
    for (ReplicaSet other : rsLister.list(rs.metadata().namespace())) {
      OwnerReference o = other.metadata().controllerRef();
      if (o == null || !Objects.equals(o.uid(), ref.uid())) continue;
      Selector s = selector(other);
      if (s == null) continue;
      for (Pod p : podLister.list(other.metadata().namespace(), s)) {
        if (seen.add(p.metadata().uid())) related.add(p);
      }
    }
    return related;
  }

  private static Selector selector(ReplicaSet rs) {
    if (rs.spec() == null || rs.spec().selector() == null) return null;
    try {
      return ControllerUtils.selector(rs.spec().selector());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static int minReadySeconds(ReplicaSet rs) {
    return rs.spec() == null || rs.spec().minReadySeconds() == null
        ? 0
        : rs.spec().minReadySeconds();
  }

  static int count(Integer i) {
    return i == null ? 0 : i;
  }
}
