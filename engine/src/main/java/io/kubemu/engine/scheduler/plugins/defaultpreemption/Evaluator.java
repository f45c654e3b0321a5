package io.kubemu.engine.scheduler.plugins.defaultpreemption;

import io.kubemu.engine.scheduler.Code;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Diagnosis;
import io.kubemu.engine.scheduler.FitError;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.PostFilterResult;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * One preemption attempt. Mirrors pkg/scheduler/framework/preemption/preemption.go Evaluator
 * (v1.30), run sequentially; candidate nodes are visited from a random offset drawn from the
 * cluster's seeded Random.
 */
final class Evaluator {

  private final DefaultPreemption plugin;
  private final Handle handle;
  private final CycleState state;

  Evaluator(DefaultPreemption plugin, Handle handle, CycleState state) {
    this.plugin = plugin;
    this.handle = handle;
    this.state = state;
  }

  // upstream Evaluator.Preempt
  PostFilterResult preempt(Pod pod, Map<String, Status> m) {
    pod = handle.lookup().currentPod(pod);
    String notEligible = plugin.podEligibleToPreemptOthers(pod, m.get(Pods.nominatedNodeName(pod)));
    if (notEligible != null) {
      return new PostFilterResult(Status.unschedulable(notEligible), null);
    }
    List<NodeInfo> allNodes = handle.nodeInfos().list();
    if (allNodes.isEmpty()) {
      return new PostFilterResult(Status.error("no nodes available"), null);
    }
    Map<String, Status> nodeStatuses = new LinkedHashMap<>();
    List<Candidate> candidates = findCandidates(allNodes, pod, m, nodeStatuses);
    if (candidates.isEmpty()) {
      Diagnosis d = new Diagnosis();
      d.nodeToStatus().putAll(nodeStatuses);
      FitError fitError = new FitError(pod, nodeStatuses.size(), d);
      // nominate "" to clear the pod's nominatedNodeName
      return new PostFilterResult(Status.unschedulable(fitError.message()), "");
    }
    Candidate best = selectCandidate(candidates);
    prepareCandidate(best, pod);
    return new PostFilterResult(Status.SUCCESS, best.name());
  }

  // upstream findCandidates, with nodesWherePreemptionMightHelp
  private List<Candidate> findCandidates(
      List<NodeInfo> allNodes, Pod pod, Map<String, Status> m, Map<String, Status> nodeStatuses) {
    List<NodeInfo> potentialNodes = new ArrayList<>();
    Map<String, Status> unschedulable = new LinkedHashMap<>();
    for (NodeInfo n : allNodes) {
      Status s = m.get(n.name());
      if (s != null && s.code() == Code.UNSCHEDULABLE_AND_UNRESOLVABLE) {
        unschedulable.put(
            n.name(), Status.unresolvable("Preemption is not helpful for scheduling"));
        continue;
      }
      potentialNodes.add(n);
    }
    if (potentialNodes.isEmpty()) {
      clearNominatedNodeName(pod);
      nodeStatuses.putAll(unschedulable);
      return List.of();
    }
    List<PodDisruptionBudget> pdbs = handle.lookup().podDisruptionBudgets();
    int offset = handle.random().nextInt(potentialNodes.size());
    int numCandidates = plugin.calculateNumCandidates(potentialNodes.size());
    List<Candidate> candidates =
        dryRunPreemption(pod, potentialNodes, pdbs, offset, numCandidates, nodeStatuses);
    nodeStatuses.putAll(unschedulable);
    return candidates;
  }

  // upstream DryRunPreemption: victims on a copy of each node, until enough candidates
  private List<Candidate> dryRunPreemption(
      Pod pod,
      List<NodeInfo> potentialNodes,
      List<PodDisruptionBudget> pdbs,
      int offset,
      int numCandidates,
      Map<String, Status> nodeStatuses) {
    List<Candidate> nonViolating = new ArrayList<>();
    List<Candidate> violating = new ArrayList<>();
    for (int i = 0; i < potentialNodes.size(); i++) {
      NodeInfo nodeInfoCopy = potentialNodes.get((offset + i) % potentialNodes.size()).snapshot();
      CycleState stateCopy = state.copy();
      List<Pod> victims = new ArrayList<>();
      int[] violations = new int[1];
      Status status =
          plugin.selectVictimsOnNode(stateCopy, pod, nodeInfoCopy, pdbs, victims, violations);
      if (status.isSuccess() && !victims.isEmpty()) {
        Candidate c = new Candidate(nodeInfoCopy.name(), victims, violations[0]);
        (violations[0] == 0 ? nonViolating : violating).add(c);
        if (!nonViolating.isEmpty() && nonViolating.size() + violating.size() >= numCandidates) {
          break;
        }
        continue;
      }
      if (status.isSuccess()) {
        status =
            Status.error(
                "expected at least one victim pod on node \"" + nodeInfoCopy.name() + "\"");
      }
      nodeStatuses.put(nodeInfoCopy.name(), status);
    }
    List<Candidate> out = new ArrayList<>(nonViolating);
    out.addAll(violating);
    return out;
  }

  // upstream SelectCandidate
  private Candidate selectCandidate(List<Candidate> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    return pickOneNodeForPreemption(candidates, handle.now());
  }

  /**
   * {@return the candidate with the fewest PDB violations, then the lowest highest victim priority,
   * the lowest priority sum, the fewest victims, the latest start among the highest priority
   * victims, then the first} (upstream pickOneNodeForPreemption)
   */
  static Candidate pickOneNodeForPreemption(List<Candidate> candidates, Instant now) {
    List<ToLongFunction<Candidate>> scoreFuncs =
        List.of(
            c -> -c.numPDBViolations(),
            c -> -(long) Pods.priority(c.victims().get(0)),
            c -> {
              long sum = 0;
              for (Pod p : c.victims()) {
                // shift priorities to >= 0 so that more negative-priority pods do not win
                sum += (long) Pods.priority(p) + (long) Integer.MAX_VALUE + 1;
              }
              return -sum;
            },
            c -> -(long) c.victims().size(),
            c -> earliestStartTime(c, now));
    List<Candidate> all = candidates;
    for (ToLongFunction<Candidate> f : scoreFuncs) {
      List<Candidate> selected = new ArrayList<>();
      long max = Long.MIN_VALUE;
      for (Candidate c : all) {
        long score = f.applyAsLong(c);
        if (score > max) {
          max = score;
          selected.clear();
        }
        if (score == max) {
          selected.add(c);
        }
      }
      if (selected.size() == 1) {
        return selected.get(0);
      }
      all = selected;
    }
    return all.get(0);
  }

  // upstream GetEarliestPodStartTime, as nanoseconds; unstarted pods count as "now"
  private static long earliestStartTime(Candidate c, Instant now) {
    Pod first = c.victims().get(0);
    Instant earliest = startOrNow(first, now);
    int maxPriority = Pods.priority(first);
    for (Pod p : c.victims()) {
      int prio = Pods.priority(p);
      if (prio == maxPriority) {
        Instant t = startOrNow(p, now);
        if (t.isBefore(earliest)) earliest = t;
      } else if (prio > maxPriority) {
        maxPriority = prio;
        earliest = startOrNow(p, now);
      }
    }
    return earliest.getEpochSecond() * 1_000_000_000L + earliest.getNano();
  }

  private static Instant startOrNow(Pod p, Instant now) {
    Instant t = Pods.startTime(p);
    return t == null ? now : t;
  }

  // upstream prepareCandidate: mark and delete the victims, then un-nominate lower-priority pods
  private void prepareCandidate(Candidate c, Pod pod) {
    for (Pod victim : c.victims()) {
      PodCondition condition =
          new PodCondition(
              PodCondition.DISRUPTION_TARGET,
              "True",
              null,
              handle.now(),
              DefaultPreemption.REASON_PREEMPTION_BY_SCHEDULER,
              handle.profileName() + ": preempting to accommodate a higher priority pod");
      handle.client().patchPodStatus(victim, condition, null);
      handle.client().deletePod(victim);
      handle
          .client()
          .recordEvent(
              victim,
              pod,
              "Normal",
              "Preempted",
              "Preempting",
              "Preempted by pod " + pod.metadata().uid() + " on node " + c.name());
    }
    // lower-priority pods nominated to this node may no longer fit: let them look elsewhere
    int priority = Pods.priority(pod);
    for (PodInfo pi : handle.nominatedPodsForNode(c.name())) {
      if (Pods.priority(pi.pod()) < priority) {
        clearNominatedNodeName(pi.pod());
      }
    }
  }

  // upstream util.ClearNominatedNodeName
  private void clearNominatedNodeName(Pod pod) {
    if (Pods.nominatedNodeName(pod).isEmpty()) {
      return;
    }
    try {
      handle.client().patchPodStatus(pod, null, "");
    } catch (RuntimeException e) {
      // not critical, as upstream
    }
  }
}
