package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.Selector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One sync of one DaemonSet (daemon_controller.go's manage, podsShouldBeOnNode and syncNodes,
 * v1.30): which nodes need a daemon pod and which pods must go. NodeShouldRunDaemonPod answers come
 * from the controller's {@link ShouldRunCache}, the daemon pods from its {@link DaemonSetIndex},
 * read once per sync and again only after the sync's own pod writes.
 */
final class DaemonSetSync {

  /** BurstReplicas: creations and deletions per sync. */
  static final int BURST_REPLICAS = 250;

  final DaemonSetController dsc;
  final DaemonSet ds;
  final List<Node> nodeList;
  final String hash;
  final Instant now;
  private final ShouldRunCache.ForTemplate shouldRun;
  private final Selector selector;
  // the daemon pods by node, read once and reused until this sync writes pods
  private DaemonSetPods.NodesToDaemonPods nodeToDaemonPods;

  DaemonSetSync(
      DaemonSetController dsc,
      DaemonSet ds,
      List<Node> nodeList,
      String hash,
      ShouldRunCache.ForTemplate shouldRun,
      Selector selector) {
    this.dsc = dsc;
    this.ds = ds;
    this.nodeList = nodeList;
    this.hash = hash;
    this.now = dsc.loop().now();
    this.shouldRun = shouldRun;
    this.selector = selector;
  }

  DaemonSetUtil.ShouldRun shouldRun(Node node) {
    return shouldRun.shouldRun(node);
  }

  /**
   * getNodesToDaemonPods (terminal pods being deleted left out), read once per sync: upstream's
   * manage, rollingUpdate and updateDaemonSetStatus each list, but only this sync's own pod writes
   * can change what they see, so the answer is read again only after one.
   */
  DaemonSetPods.NodesToDaemonPods nodeToDaemonPods() {
    if (nodeToDaemonPods == null) {
      nodeToDaemonPods =
          DaemonSetPods.getNodesToDaemonPods(dsc.index(), dsc.api(), ds, selector, false);
    }
    return nodeToDaemonPods;
  }

  int minReadySeconds() {
    return ds.spec().minReadySeconds() == null ? 0 : ds.spec().minReadySeconds();
  }

  /** manage: {@return the number of pods created or deleted} */
  int manage() {
    DaemonSetPods.NodesToDaemonPods nodeToDaemonPods = nodeToDaemonPods();
    List<String> nodesNeedingDaemonPods = new ArrayList<>();
    List<String> podsToDelete = new ArrayList<>();
    for (Node node : nodeList) {
      podsShouldBeOnNode(node, nodeToDaemonPods, nodesNeedingDaemonPods, podsToDelete);
    }
    // unscheduled pods for nodes that do not exist: the pod GC cannot delete them
    for (String missing : nodeToDaemonPods.missingNodes(dsc.index())) {
      for (Pod p : nodeToDaemonPods.get(missing)) {
        if (PodUtils.nodeName(p).isEmpty()) podsToDelete.add(p.metadata().name());
      }
    }
    return syncNodes(podsToDelete, nodesNeedingDaemonPods);
  }

  // podsShouldBeOnNode
  private void podsShouldBeOnNode(
      Node node,
      DaemonSetPods.NodesToDaemonPods nodeToDaemonPods,
      List<String> nodesNeedingDaemonPods,
      List<String> podsToDelete) {
    DaemonSetUtil.ShouldRun sr = shouldRun(node);
    String nodeName = node.metadata().name();
    List<Pod> daemonPods = nodeToDaemonPods.get(nodeName);
    boolean exists = daemonPods != null;
    if (sr.shouldRun() && !exists) {
      nodesNeedingDaemonPods.add(nodeName);
    } else if (sr.shouldContinueRunning()) {
      List<Pod> running = new ArrayList<>();
      for (Pod pod : daemonPods == null ? List.<Pod>of() : daemonPods) {
        if (pod.metadata().deletionTimestamp() != null) continue;
        String phase = PodUtils.phase(pod);
        if (Pod.PHASE_FAILED.equals(phase)) {
          // the kubelet may keep rejecting the pod: back off before replacing it again
          String key = failedPodsBackoffKey(nodeName);
          if (dsc.failedPodsBackoff().isInBackOffSinceUpdate(key, now)) {
            dsc.queue().addAfter(ds.key(), dsc.failedPodsBackoff().get(key));
            continue;
          }
          dsc.failedPodsBackoff().next(key, now);
          dsc.recorder()
              .eventf(
                  ds,
                  Event.TYPE_WARNING,
                  "FailedDaemonPod",
                  "Found failed daemon pod %s/%s on node %s, will try to kill it",
                  pod.metadata().namespace(),
                  pod.metadata().name(),
                  nodeName);
          podsToDelete.add(pod.metadata().name());
        } else if (Pod.PHASE_SUCCEEDED.equals(phase)) {
          dsc.recorder()
              .eventf(
                  ds,
                  Event.TYPE_NORMAL,
                  "SucceededDaemonPod",
                  "Found succeeded daemon pod %s/%s on node %s, will try to delete it",
                  pod.metadata().namespace(),
                  pod.metadata().name(),
                  nodeName);
          podsToDelete.add(pod.metadata().name());
        } else {
          running.add(pod);
        }
      }
      running.sort(DaemonSetPods.BY_CREATION_TIMESTAMP_AND_PHASE);
      if (!DaemonSetUtil.allowsSurge(ds)) {
        // without surge, only the oldest running pod stays
        for (int i = 1; i < running.size(); i++) podsToDelete.add(running.get(i).metadata().name());
        return;
      }
      if (running.size() <= 1) {
        if (running.isEmpty() && sr.shouldRun()) nodesNeedingDaemonPods.add(nodeName);
        return;
      }
      // with surge: an old and a new pod may both run while the old one is ready and the new
      // one is not available yet; every other pod goes
      Pod oldestNew = null;
      Pod oldestOld = null;
      for (Pod pod : running) {
        boolean isNew = hash.equals(pod.metadata().label(DaemonSetUtil.REVISION_HASH_LABEL));
        if (isNew && oldestNew == null) {
          oldestNew = pod;
        } else if (!isNew && oldestOld == null) {
          oldestOld = pod;
        } else {
          podsToDelete.add(pod.metadata().name());
        }
      }
      if (oldestNew != null && oldestOld != null) {
        if (!PodUtils.isPodReady(oldestOld)
            || PodUtils.isPodAvailable(oldestNew, minReadySeconds(), now)) {
          podsToDelete.add(oldestOld.metadata().name());
        }
      }
    } else if (exists) {
      // the node should not run the daemon pod: all of them go
      for (Pod pod : daemonPods) {
        if (pod.metadata().deletionTimestamp() == null) podsToDelete.add(pod.metadata().name());
      }
    }
  }

  // failedPodsBackoffKey
  private String failedPodsBackoffKey(String nodeName) {
    long observed =
        ds.status() == null || ds.status().observedGeneration() == null
            ? 0
            : ds.status().observedGeneration();
    return ds.metadata().uid() + "/" + observed + "/" + nodeName;
  }

  /**
   * syncNodes: deletes the pods and creates one pod per node, pinned there by node affinity,
   * labelled with the revision hash; at most {@value #BURST_REPLICAS} of each, created in
   * slow-start batches. {@return the number of writes made}
   */
  int syncNodes(List<String> podsToDelete, List<String> nodesNeedingDaemonPods) {
    int createDiff = Math.min(nodesNeedingDaemonPods.size(), BURST_REPLICAS);
    int deleteDiff = Math.min(podsToDelete.size(), BURST_REPLICAS);
    if (createDiff + deleteDiff > 0) nodeToDaemonPods = null; // read the pods again after this
    PodTemplateSpec template =
        DaemonSetUtil.createPodTemplate(
            ds.spec().template(), DaemonSetUtil.templateGeneration(ds), hash);
    ApiException error = null;
    int writes = 0;
    int pos = 0;
    for (int batch = Math.min(createDiff, ControllerUtils.SLOW_START_INITIAL_BATCH_SIZE);
        pos < createDiff;
        batch = Math.min(2 * batch, createDiff - pos)) {
      boolean failed = false;
      for (int i = pos; i < pos + batch; i++) {
        PodSpec spec = template.spec();
        PodTemplateSpec t =
            template.withSpec(
                spec.withAffinity(
                    DaemonSetUtil.replaceDaemonSetPodNodeNameNodeAffinity(
                        spec.affinity(), nodesNeedingDaemonPods.get(i))));
        try {
          dsc.podControl().createPod(t, ds, ControllerUtils.newControllerRef(ds));
          writes++;
        } catch (ApiException e) {
          failed = true;
          if (error == null) error = e;
        }
      }
      pos += batch;
      if (failed) break; // the skipped pods are retried by a later sync
    }
    for (int i = 0; i < deleteDiff; i++) {
      try {
        dsc.podControl().deletePod(ds.metadata().namespace(), podsToDelete.get(i), ds);
        writes++;
      } catch (ApiException.NotFound e) {
        // already gone
      } catch (ApiException e) {
        if (error == null) error = e;
      }
    }
    if (error != null) throw error;
    return writes;
  }
}
