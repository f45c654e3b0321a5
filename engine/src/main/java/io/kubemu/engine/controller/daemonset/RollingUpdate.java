package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * The RollingUpdate strategy (upstream pkg/controller/daemon/update.go rollingUpdate, v1.30).
 * Without surge, old pods are deleted while no more than maxUnavailable nodes lack an available pod
 * and the main loop creates their replacements; with surge, a new pod is created beside an old
 * available one on up to maxSurge nodes, and the old pod goes once the new one is available. Nodes
 * are visited in name order (upstream ranges over a Go map).
 */
final class RollingUpdate {
  private RollingUpdate() {}

  /** The old and the new pod on one node (findUpdatedPodsOnNode); ok is false for duplicates. */
  record UpdatedPods(Pod newPod, Pod oldPod, boolean ok) {}

  /** findUpdatedPodsOnNode: at most one of each among the pods not being deleted. */
  static UpdatedPods findUpdatedPodsOnNode(DaemonSetSync s, List<Pod> pods) {
    Pod newPod = null;
    Pod oldPod = null;
    Long generation = DaemonSetUtil.templateGeneration(s.ds);
    for (Pod pod : pods) {
      if (pod.metadata().deletionTimestamp() != null) continue;
      if (DaemonSetUtil.isPodUpdated(pod, s.hash, generation)) {
        if (newPod != null) return new UpdatedPods(null, null, false);
        newPod = pod;
      } else {
        if (oldPod != null) return new UpdatedPods(null, null, false);
        oldPod = pod;
      }
    }
    return new UpdatedPods(newPod, oldPod, true);
  }

  /** rollingUpdate: {@return the number of pods created or deleted} */
  static int rollingUpdate(DaemonSetSync s) {
    DaemonSetPods.NodesToDaemonPods daemonPods = s.nodeToDaemonPods();
    // updatedDesiredNodeCounts: every node that should run a pod takes part; the nodes in name
    // order: those with pods or that should run one, merged with the pods' nodes that are gone
    int desired = 0;
    List<String> present = new ArrayList<>();
    for (Node node : s.nodeList) {
      String name = node.metadata().name();
      if (s.shouldRun(node).shouldRun()) {
        desired++;
        present.add(name);
      } else if (daemonPods.get(name) != null) {
        present.add(name);
      }
    }
    List<String> missing = daemonPods.missingNodes(s.dsc.index());
    List<String> names = present;
    if (!missing.isEmpty()) {
      names = new ArrayList<>(present);
      names.addAll(missing);
      names.sort(null);
    }
    int maxUnavailable;
    int maxSurge;
    try {
      maxUnavailable = DaemonSetUtil.unavailableCount(s.ds, desired);
    } catch (IllegalArgumentException e) {
      throw ControllerUtils.syncError("invalid value for MaxUnavailable: " + e.getMessage());
    }
    try {
      maxSurge = DaemonSetUtil.surgeCount(s.ds, desired);
    } catch (IllegalArgumentException e) {
      throw ControllerUtils.syncError("invalid value for MaxSurge: " + e.getMessage());
    }
    // an impossible configuration (0 and 0) accepts unavailability
    if (desired > 0 && maxUnavailable == 0 && maxSurge == 0) maxUnavailable = 1;
    return maxSurge == 0
        ? withoutSurge(s, names, daemonPods, maxUnavailable)
        : withSurge(s, names, daemonPods, maxSurge, desired);
  }

  // delete just enough old pods to stay within maxUnavailable; manage creates the new ones
  private static int withoutSurge(
      DaemonSetSync s,
      List<String> names,
      DaemonSetPods.NodesToDaemonPods nodeToDaemonPods,
      int maxUnavailable) {
    int numUnavailable = 0;
    List<String> allowedReplacementPods = new ArrayList<>();
    List<String> candidatePodsToDelete = new ArrayList<>();
    int minReady = s.minReadySeconds();
    for (String nodeName : names) {
      UpdatedPods u = findUpdatedPodsOnNode(s, podsOf(nodeToDaemonPods, nodeName));
      if (!u.ok()) {
        numUnavailable++; // the main loop prunes the excess pods: count the node unavailable
        continue;
      }
      if ((u.oldPod() == null) == (u.newPod() == null)) {
        numUnavailable++; // none, or both: the main loop creates or deletes
      } else if (u.newPod() != null) {
        if (!PodUtils.isPodAvailable(u.newPod(), minReady, s.now)) numUnavailable++;
      } else if (!PodUtils.isPodAvailable(u.oldPod(), minReady, s.now)) {
        allowedReplacementPods.add(u.oldPod().metadata().name()); // replace it now
        numUnavailable++;
      } else if (numUnavailable < maxUnavailable) {
        candidatePodsToDelete.add(u.oldPod().metadata().name());
      }
    }
    int remaining = Math.max(0, maxUnavailable - numUnavailable);
    remaining = Math.min(remaining, candidatePodsToDelete.size());
    List<String> oldPodsToDelete = new ArrayList<>(allowedReplacementPods);
    oldPodsToDelete.addAll(candidatePodsToDelete.subList(0, remaining));
    return s.syncNodes(oldPodsToDelete, List.of());
  }

  // create new pods beside old available ones on up to maxSurge nodes; delete an old pod once
  // the new one on its node is available
  private static int withSurge(
      DaemonSetSync s,
      List<String> names,
      DaemonSetPods.NodesToDaemonPods nodeToDaemonPods,
      int maxSurge,
      int desired) {
    List<String> oldPodsToDelete = new ArrayList<>();
    List<String> shouldNotRunPodsToDelete = new ArrayList<>();
    List<String> candidateNewNodes = new ArrayList<>();
    List<String> allowedNewNodes = new ArrayList<>();
    int numSurge = 0;
    int numAvailable = 0;
    int minReady = s.minReadySeconds();
    for (String nodeName : names) {
      UpdatedPods u = findUpdatedPodsOnNode(s, podsOf(nodeToDaemonPods, nodeName));
      if (!u.ok()) {
        numSurge++; // the main loop prunes the excess pods: count the node as surging
        continue;
      }
      // availability counts every node, even those the scheduling constraints now exclude
      Pod counted = u.oldPod() != null ? u.oldPod() : u.newPod();
      if (counted != null && PodUtils.isPodAvailable(counted, minReady, s.now)) numAvailable++;
      if (u.oldPod() == null) continue; // manage handles it
      if (u.newPod() == null) {
        Node node = node(s, nodeName);
        boolean run = s.shouldRun(node).shouldRun();
        if (!PodUtils.isPodAvailable(u.oldPod(), minReady, s.now)) {
          if (!run) oldPodsToDelete.add(u.oldPod().metadata().name());
          else allowedNewNodes.add(nodeName); // unavailable old pod: replace at once
        } else if (!run) {
          shouldNotRunPodsToDelete.add(u.oldPod().metadata().name());
        } else if (numSurge < maxSurge) {
          candidateNewNodes.add(nodeName);
        }
      } else if (!PodUtils.isPodAvailable(u.newPod(), minReady, s.now)) {
        numSurge++; // waiting for the new pod to become available
      } else {
        oldPodsToDelete.add(u.oldPod().metadata().name()); // the new pod took over
      }
    }
    // keep 100% availability when constraints move the daemon: delete pods on nodes that should
    // no longer run it only as far as more pods are available than desired
    int deletable = numAvailable - desired;
    if (deletable > 0) {
      deletable = Math.min(deletable, shouldNotRunPodsToDelete.size());
      for (String name : shouldNotRunPodsToDelete.subList(0, deletable)) {
        if (s.dsc.api().find(Pod.class, s.ds.metadata().namespace(), name).isPresent()) {
          oldPodsToDelete.add(name);
        }
      }
    }
    int remainingSurge = Math.max(0, maxSurge - numSurge);
    remainingSurge = Math.min(remainingSurge, candidateNewNodes.size());
    List<String> newNodesToCreate = new ArrayList<>(allowedNewNodes);
    newNodesToCreate.addAll(candidateNewNodes.subList(0, remainingSurge));
    return s.syncNodes(oldPodsToDelete, newNodesToCreate);
  }

  private static List<Pod> podsOf(DaemonSetPods.NodesToDaemonPods nodeToDaemonPods, String node) {
    List<Pod> pods = nodeToDaemonPods.get(node);
    return pods == null ? List.of() : pods;
  }

  private static Node node(DaemonSetSync s, String name) {
    Node n = s.dsc.index().node(name);
    if (n != null) return n;
    throw ControllerUtils.syncError(
        "couldn't get node for nodeName \"" + name + "\": node \"" + name + "\" not found");
  }
}
