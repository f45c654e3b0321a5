package io.kubemu.engine.scheduler.queue;

import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The pods preemption nominated to nodes (status.nominatedNodeName), which other pods must leave
 * room for. Mirrors internal/queue nominator (v1.30). Not thread-safe.
 */
public final class Nominator {

  private final Map<String, List<PodInfo>> nominatedPods = new HashMap<>();
  private final Map<String, String> nominatedPodToNode = new HashMap<>();
  private final Function<Pod, Pod> podLister; // the latest version of a pod, or null

  /**
   * @param podLister the informer's latest version of a pod, null when it is gone
   */
  public Nominator(Function<Pod, Pod> podLister) {
    this.podLister = podLister;
  }

  private static String key(Pod pod) {
    return pod.metadata().uid() != null ? pod.metadata().uid() : Pods.key(pod);
  }

  /**
   * Nominates the pod to {@code nodeName}, or, when it is null, to its status.nominatedNodeName
   * (upstream addNominatedPodUnlocked: override vs noop mode).
   */
  public void addNominatedPod(PodInfo pi, String nodeName) {
    delete(pi.pod());
    String node = nodeName != null ? nodeName : Pods.nominatedNodeName(pi.pod());
    if (node.isEmpty()) {
      return;
    }
    if (podLister != null) {
      Pod updated = podLister.apply(pi.pod());
      if (updated == null || !Pods.nodeName(updated).isEmpty()) {
        return; // deleted, or already scheduled
      }
    }
    nominatedPodToNode.put(key(pi.pod()), node);
    List<PodInfo> list = nominatedPods.computeIfAbsent(node, k -> new ArrayList<>());
    for (PodInfo npi : list) {
      if (key(npi.pod()).equals(key(pi.pod()))) return;
    }
    list.add(pi);
  }

  /** Forgets the pod's nomination (upstream DeleteNominatedPodIfExists). */
  public void delete(Pod pod) {
    String node = nominatedPodToNode.remove(key(pod));
    if (node == null) {
      return;
    }
    List<PodInfo> list = nominatedPods.get(node);
    if (list != null) {
      list.removeIf(pi -> key(pi.pod()).equals(key(pod)));
      if (list.isEmpty()) nominatedPods.remove(node);
    }
  }

  /**
   * Follows a pod update (upstream UpdateNominatedPod): a pod that lost its nominatedNodeName
   * through an update stays nominated only if that was the scheduler's own doing.
   */
  public void update(Pod oldPod, PodInfo newPodInfo) {
    String nodeName = null;
    // keep a nomination made in this process even if the update has not caught up yet
    if (Pods.nominatedNodeName(oldPod).isEmpty()
        && Pods.nominatedNodeName(newPodInfo.pod()).isEmpty()) {
      String existing = nominatedPodToNode.get(key(oldPod));
      if (existing != null) nodeName = existing;
    }
    delete(oldPod);
    addNominatedPod(newPodInfo, nodeName);
  }

  /** {@return the pods nominated to the node, in nomination order} */
  public List<PodInfo> nominatedPodsForNode(String nodeName) {
    if (nominatedPods.isEmpty()) {
      return List.of(); // the common case, asked for every filtered node
    }
    List<PodInfo> list = nominatedPods.get(nodeName);
    return list == null ? List.of() : List.copyOf(list);
  }

  /** {@return the node the pod is nominated to, or null} */
  public String nominatedNode(Pod pod) {
    return nominatedPodToNode.get(key(pod));
  }
}
