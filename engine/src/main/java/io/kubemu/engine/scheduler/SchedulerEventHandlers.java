package io.kubemu.engine.scheduler;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Watch;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.scheduler.cache.SchedulerCache;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.engine.scheduler.queue.SchedulingQueue;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import io.kubemu.model.core.Taint;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The scheduler's informer event handlers: pods (unbound ones of its profiles go to the queue,
 * bound ones to the cache; a pod that finished counts as deleted, as the scheduler's informer
 * filters Succeeded and Failed pods out), nodes, and the objects plugins look up. Mirrors
 * pkg/scheduler/eventhandlers.go (v1.30). Not thread-safe.
 */
final class SchedulerEventHandlers {

  private final Scheduler scheduler;
  private final ClusterListers listers;
  private final SchedulerCache cache;
  private final SchedulingQueue queue;
  private final Map<String, Node> nodes = new HashMap<>();

  SchedulerEventHandlers(
      Scheduler scheduler, ClusterListers listers, SchedulerCache cache, SchedulingQueue queue) {
    this.scheduler = scheduler;
    this.listers = listers;
    this.cache = cache;
    this.queue = queue;
  }

  List<Watch> watch(ApiServer api) {
    return List.of(
        api.watch(
            Namespace.class,
            null,
            e -> onListed(e, listers.namespaces, e.object().metadata().name())),
        api.watch(
            Service.class,
            null,
            e -> onListed(e, listers.services, ClusterListers.key(e.object()))),
        api.watch(
            ReplicaSet.class,
            null,
            e -> onListed(e, listers.replicaSets, ClusterListers.key(e.object()))),
        api.watch(
            StatefulSet.class,
            null,
            e -> onListed(e, listers.statefulSets, ClusterListers.key(e.object()))),
        api.watch(
            PodDisruptionBudget.class,
            null,
            e -> onListed(e, listers.pdbs, ClusterListers.key(e.object()))),
        api.watch(
            PersistentVolume.class,
            null,
            e -> onVolumeObject(e, ClusterEvent.PV_ADD, ClusterEvent.PV_UPDATE)),
        api.watch(
            PersistentVolumeClaim.class,
            null,
            e -> onVolumeObject(e, ClusterEvent.PVC_ADD, ClusterEvent.PVC_UPDATE)),
        api.watch(
            StorageClass.class,
            null,
            e ->
                onVolumeObject(
                    e, ClusterEvent.STORAGE_CLASS_ADD, ClusterEvent.STORAGE_CLASS_UPDATE)),
        api.watch(Node.class, null, this::onNode),
        api.watch(Pod.class, null, this::onPod));
  }

  // upstream addAllEventHandlers for PVs, PVCs and StorageClasses: adds and updates may let pods
  // VolumeBinding rejected be scheduled; deletes cannot
  private <T extends io.kubemu.model.KubernetesObject> void onVolumeObject(
      WatchEvent<T> e, ClusterEvent added, ClusterEvent updated) {
    switch (e.type()) {
      case ADDED -> queue.moveAllToActiveOrBackoffQueue(added, null);
      case MODIFIED -> queue.moveAllToActiveOrBackoffQueue(updated, null);
      default -> {
        return;
      }
    }
    scheduler.kick();
  }

  private static <T extends io.kubemu.model.KubernetesObject> void onListed(
      WatchEvent<T> e, Map<String, T> map, String key) {
    if (e.type() == WatchEvent.Type.DELETED) {
      map.remove(key);
    } else {
      map.put(key, e.object());
    }
  }

  // ------------------------------------------------------------------ nodes

  private void onNode(WatchEvent<Node> e) {
    Node node = e.object();
    String name = node.metadata().name();
    switch (e.type()) {
      case ADDED -> {
        nodes.put(name, node);
        NodeInfo ni = cache.addNode(node);
        queue.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_ADD, preCheckForNode(ni));
      }
      case MODIFIED -> {
        Node old = nodes.put(name, node);
        NodeInfo ni = cache.updateNode(old, node);
        if (old == null) {
          queue.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_ADD, preCheckForNode(ni));
        } else {
          for (ClusterEvent evt : NodeEvents.nodeSchedulingPropertiesChange(node, old)) {
            queue.moveAllToActiveOrBackoffQueue(evt, preCheckForNode(ni));
          }
        }
      }
      case DELETED -> {
        nodes.remove(name);
        cache.removeNode(node);
      }
    }
    scheduler.kick();
  }

  /**
   * Only pods that would fit the changed node on the basic checks and tolerate its NoSchedule
   * taints are worth moving (upstream preCheckForNode, queueing hints off).
   */
  private static Predicate<Pod> preCheckForNode(NodeInfo nodeInfo) {
    return pod -> {
      if (!AdmissionCheck.check(pod, nodeInfo, false).isEmpty()) {
        return false;
      }
      List<Taint> taints =
          nodeInfo.node().spec() == null ? List.of() : nodeInfo.node().spec().taints();
      return Taints.findMatchingUntoleratedTaint(
              taints,
              pod.spec() == null ? List.of() : pod.spec().tolerations(),
              t -> Taint.EFFECT_NO_SCHEDULE.equals(t.effect()))
          == null;
    };
  }

  // ------------------------------------------------------------------ pods

  private static boolean assigned(Pod pod) {
    return !Pods.nodeName(pod).isEmpty();
  }

  private static boolean terminal(Pod pod) {
    String phase = pod.status() == null ? null : pod.status().phase();
    return Pod.PHASE_SUCCEEDED.equals(phase) || Pod.PHASE_FAILED.equals(phase);
  }

  private void onPod(WatchEvent<Pod> e) {
    Pod pod = e.object();
    String key = ClusterListers.key(pod);
    Pod old = listers.pods.get(key);
    if (old != null
        && old.metadata().uid() != null
        && !old.metadata().uid().equals(pod.metadata().uid())) {
      // a new pod of the same name: the old one is gone
      listers.pods.remove(key);
      deletePod(old);
      old = null;
    }
    if (e.type() == WatchEvent.Type.DELETED || terminal(pod)) {
      if (old != null) {
        listers.pods.remove(key);
        deletePod(assigned(pod) ? pod : old);
      }
    } else {
      listers.pods.put(key, pod);
      if (old == null) {
        addPod(pod);
      } else {
        updatePod(old, pod);
      }
    }
    scheduler.kick();
  }

  private void addPod(Pod pod) {
    if (assigned(pod)) {
      cache.addPod(pod); // upstream addPodToCache
      queue.assignedPodAdded(pod);
    } else if (scheduler.responsibleForPod(pod)) {
      queue.add(pod); // upstream addPodToSchedulingQueue
    }
  }

  private void updatePod(Pod oldPod, Pod newPod) {
    boolean wasAssigned = assigned(oldPod);
    if (assigned(newPod)) {
      if (wasAssigned) {
        cache.updatePod(oldPod, newPod); // upstream updatePodInCache
        queue.assignedPodUpdated(oldPod, newPod);
      } else {
        // leaves the unscheduled informer, enters the assigned one
        if (scheduler.responsibleForPod(oldPod)) {
          queue.delete(oldPod);
        }
        cache.addPod(newPod);
        queue.assignedPodAdded(newPod);
      }
      return;
    }
    // upstream updatePodInSchedulingQueue
    if (oldPod.metadata().resourceVersion() != null
        && oldPod.metadata().resourceVersion().equals(newPod.metadata().resourceVersion())) {
      return;
    }
    if (cache.isAssumedPod(newPod)) {
      return; // bound by us; its binding event is on the way
    }
    boolean oldOurs = scheduler.responsibleForPod(oldPod);
    boolean newOurs = scheduler.responsibleForPod(newPod);
    if (newOurs && oldOurs) {
      queue.update(oldPod, newPod);
    } else if (newOurs) {
      queue.add(newPod);
    } else if (oldOurs) {
      queue.delete(oldPod);
    }
  }

  private void deletePod(Pod pod) {
    if (assigned(pod)) {
      cache.removePod(pod); // upstream deletePodFromCache
      queue.moveAllToActiveOrBackoffQueue(ClusterEvent.ASSIGNED_POD_DELETE, null);
    } else {
      queue.delete(pod); // upstream deletePodFromSchedulingQueue
    }
  }
}
