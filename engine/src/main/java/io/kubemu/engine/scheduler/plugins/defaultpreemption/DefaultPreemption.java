package io.kubemu.engine.scheduler.plugins.defaultpreemption;

import io.kubemu.engine.scheduler.Code;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.PostFilterPlugin;
import io.kubemu.engine.scheduler.PostFilterResult;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.meta.Selector;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Preemption: when no node fits a pod, find nodes where deleting lower-priority pods would make it
 * fit, pick the minimal victims per node (reprieving the most important pods first, PDB-protected
 * ones before others), choose the node by the fewest PDB violations, the lowest highest victim
 * priority, the lowest priority sum, the fewest victims and the latest start, delete the victims
 * and nominate the node. Mirrors pkg/scheduler/framework/plugins/defaultpreemption (v1.30) with
 * pkg/scheduler/framework/preemption.
 */
public final class DefaultPreemption implements PostFilterPlugin {

  /** The DisruptionTarget reason preemption sets on victims. */
  public static final String REASON_PREEMPTION_BY_SCHEDULER = "PreemptionByScheduler";

  private final Handle handle;
  private final DefaultPreemptionArgs args;

  public DefaultPreemption(DefaultPreemptionArgs args, Handle handle) {
    this.args = args == null ? DefaultPreemptionArgs.DEFAULT : args;
    this.handle = handle;
  }

  @Override
  public String name() {
    return Names.DEFAULT_PREEMPTION;
  }

  @Override
  public PostFilterResult postFilter(CycleState state, Pod pod, Map<String, Status> nodeToStatus) {
    PostFilterResult r = new Evaluator(this, handle, state).preempt(pod, nodeToStatus);
    String msg = r.status().message();
    if (!msg.isEmpty()) {
      return new PostFilterResult(
          new Status(r.status().code(), List.of("preemption: " + msg), null),
          r.nominatedNodeName());
    }
    return r;
  }

  /**
   * {@return how many candidates the dry run looks for: 10% of the nodes, at least 100, at most
   * all} (upstream calculateNumCandidates)
   */
  int calculateNumCandidates(int numNodes) {
    int n = numNodes * args.minCandidateNodesPercentage() / 100;
    if (n < args.minCandidateNodesAbsolute()) {
      n = args.minCandidateNodesAbsolute();
    }
    return Math.min(n, numNodes);
  }

  /**
   * {@return null when the pod may preempt, else why not} (upstream PodEligibleToPreemptOthers):
   * not with preemptionPolicy Never, nor while a lower-priority pod preempted for it is still
   * terminating on its nominated node
   */
  String podEligibleToPreemptOthers(Pod pod, Status nominatedNodeStatus) {
    if (pod.spec() != null && "Never".equals(pod.spec().preemptionPolicy())) {
      return "not eligible due to preemptionPolicy=Never.";
    }
    String nom = Pods.nominatedNodeName(pod);
    if (!nom.isEmpty()) {
      if (nominatedNodeStatus != null
          && nominatedNodeStatus.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
        return null; // the nominated node became unsuitable: preempt again
      }
      NodeInfo nodeInfo = handle.nodeInfos().get(nom);
      if (nodeInfo != null) {
        int podPriority = Pods.priority(pod);
        for (PodInfo p : nodeInfo.pods()) {
          if (Pods.priority(p.pod()) < podPriority && podTerminatingByPreemption(p.pod())) {
            return "not eligible due to a terminating pod on the nominated node.";
          }
        }
      }
    }
    return null;
  }

  // upstream podTerminatingByPreemption (PodDisruptionConditions on)
  static boolean podTerminatingByPreemption(Pod p) {
    if (p.metadata().deletionTimestamp() == null) {
      return false;
    }
    if (p.status() == null) {
      return false;
    }
    for (PodCondition c : p.status().conditions()) {
      if (PodCondition.DISRUPTION_TARGET.equals(c.type())) {
        return "True".equals(c.status()) && REASON_PREEMPTION_BY_SCHEDULER.equals(c.reason());
      }
    }
    return false;
  }

  /**
   * Finds the fewest pods to preempt on a node copy (upstream SelectVictimsOnNode): removes every
   * lower-priority pod, checks that the pod then fits, and adds them back one by one, most
   * important first, PDB-violating ones before the rest, keeping as victims those that do not fit.
   *
   * @param victims receives the victims, most important first
   * @return the status and, on success, the number of PDB violations in {@code violations[0]}
   */
  Status selectVictimsOnNode(
      CycleState state,
      Pod pod,
      NodeInfo nodeInfo,
      List<PodDisruptionBudget> pdbs,
      List<Pod> victims,
      int[] violations) {
    List<PodInfo> potentialVictims = new ArrayList<>();
    int podPriority = Pods.priority(pod);
    for (PodInfo pi : new ArrayList<>(nodeInfo.pods())) {
      if (Pods.priority(pi.pod()) < podPriority) {
        potentialVictims.add(pi);
        Status s = removePod(state, pod, pi, nodeInfo);
        if (!s.isSuccess()) return s;
      }
    }
    if (potentialVictims.isEmpty()) {
      return Status.unresolvable("No preemption victims found for incoming pod");
    }
    // the pod must fit with every lower-priority pod gone; affinity to a victim is not supported
    Status fits = handle.runFilterPluginsWithNominatedPods(state, pod, nodeInfo);
    if (!fits.isSuccess()) {
      return fits;
    }
    potentialVictims.sort(
        (a, b) ->
            Pods.moreImportant(a.pod(), b.pod())
                ? -1
                : Pods.moreImportant(b.pod(), a.pod()) ? 1 : 0);
    List<PodInfo> violating = new ArrayList<>();
    List<PodInfo> nonViolating = new ArrayList<>();
    filterPodsWithPDBViolation(potentialVictims, pdbs, violating, nonViolating);
    int numViolatingVictim = 0;
    for (PodInfo p : violating) {
      if (!reprieve(state, pod, p, nodeInfo, victims)) numViolatingVictim++;
    }
    for (PodInfo p : nonViolating) {
      reprieve(state, pod, p, nodeInfo, victims);
    }
    violations[0] = numViolatingVictim;
    return Status.SUCCESS;
  }

  private Status removePod(CycleState state, Pod pod, PodInfo pi, NodeInfo nodeInfo) {
    nodeInfo.removePod(pi.pod());
    return handle.runPreFilterExtensionRemovePod(state, pod, pi, nodeInfo);
  }

  // adds the pod back; if the preemptor no longer fits, it is a victim after all
  private boolean reprieve(
      CycleState state, Pod pod, PodInfo pi, NodeInfo nodeInfo, List<Pod> victims) {
    nodeInfo.addPodInfo(pi);
    handle.runPreFilterExtensionAddPod(state, pod, pi, nodeInfo);
    boolean fits = handle.runFilterPluginsWithNominatedPods(state, pod, nodeInfo).isSuccess();
    if (!fits) {
      removePod(state, pod, pi, nodeInfo);
      victims.add(pi.pod());
    }
    return fits;
  }

  /**
   * Splits pods, order kept, into those whose eviction would exceed a PodDisruptionBudget's
   * disruptionsAllowed (counting down as pods are taken) and the rest (upstream
   * filterPodsWithPDBViolation).
   */
  static void filterPodsWithPDBViolation(
      List<PodInfo> podInfos,
      List<PodDisruptionBudget> pdbs,
      List<PodInfo> violating,
      List<PodInfo> nonViolating) {
    int[] allowed = new int[pdbs.size()];
    for (int i = 0; i < pdbs.size(); i++) {
      PodDisruptionBudget pdb = pdbs.get(i);
      Integer a = pdb.status() == null ? null : pdb.status().disruptionsAllowed();
      allowed[i] = a == null ? 0 : a;
    }
    for (PodInfo pi : podInfos) {
      Pod pod = pi.pod();
      boolean violated = false;
      if (!pod.metadata().labels().isEmpty()) {
        for (int i = 0; i < pdbs.size(); i++) {
          PodDisruptionBudget pdb = pdbs.get(i);
          if (!pdb.metadata().namespace().equals(pod.metadata().namespace())) continue;
          Selector selector;
          try {
            selector = Selector.from(pdb.spec() == null ? null : pdb.spec().selector());
          } catch (IllegalArgumentException e) {
            continue; // an invalid selector matches no pod
          }
          // a PDB with a nil or empty selector matches nothing
          if (selector.empty() || !selector.matches(pod.metadata().labels())) continue;
          // already processed by the API server: not a violation
          if (pdb.status() != null
              && pdb.status().disruptedPods().containsKey(pod.metadata().name())) continue;
          allowed[i]--;
          if (allowed[i] < 0) violated = true;
        }
      }
      (violated ? violating : nonViolating).add(pi);
    }
  }
}
