package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The scheduling algorithm of one pod: PreFilter, Filter over a round-robin share of the nodes,
 * PreScore, Score, NormalizeScore, and a host chosen among the best uniformly at random. Mirrors
 * pkg/scheduler/schedule_one.go schedulePod, findNodesThatFitPod, findNodesThatPassFilters,
 * numFeasibleNodesToFind, prioritizeNodes and selectHost (v1.30), run sequentially. Not
 * thread-safe; keeps the round-robin start index between pods.
 */
public final class SchedulingAlgorithm {

  /** At least this many feasible nodes are looked for (upstream minFeasibleNodesToFind). */
  public static final int MIN_FEASIBLE_NODES_TO_FIND = 100;

  /** The adaptive percentage never drops below this (minFeasibleNodesPercentageToFind). */
  public static final int MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

  private final int percentageOfNodesToScore;
  private final Random random;
  private int nextStartNodeIndex;

  /**
   * @param percentageOfNodesToScore the scheduler-wide percentage, 0 for adaptive (the default)
   * @param random the cluster's seeded random source, for ties
   */
  public SchedulingAlgorithm(int percentageOfNodesToScore, Random random) {
    this.percentageOfNodesToScore = percentageOfNodesToScore;
    this.random = random;
  }

  /** {@return the index the next pod's filtering starts at} */
  public int nextStartNodeIndex() {
    return nextStartNodeIndex;
  }

  /** Tries to find a node for the pod (upstream schedulePod). */
  public ScheduleResult schedulePod(
      Framework fw, CycleState state, Pod pod, NodeInfoLister snapshot) {
    fw.setSnapshot(snapshot);
    List<NodeInfo> allNodes = snapshot.list();
    Diagnosis diagnosis = new Diagnosis();
    if (allNodes.isEmpty()) {
      return failure(diagnosis, null, Status.unresolvable(ScheduleResult.NO_NODES_AVAILABLE));
    }
    List<NodeInfo> feasible = new ArrayList<>();
    Status err = findNodesThatFitPod(fw, state, pod, snapshot, diagnosis, feasible);
    if (err != null) {
      return failure(diagnosis, null, err);
    }
    int evaluated = feasible.size() + diagnosis.nodeToStatus().size();
    List<String> feasibleNames = names(feasible);
    if (feasible.isEmpty()) {
      return failure(diagnosis, new FitError(pod, allNodes.size(), diagnosis), null);
    }
    if (feasible.size() == 1) {
      return new ScheduleResult(
          feasibleNames.get(0), evaluated, 1, feasibleNames, null, diagnosis, null, null);
    }
    ScoreTable scores;
    try {
      scores = prioritizeNodes(fw, state, pod, feasible);
    } catch (SchedulingException e) {
      return failure(diagnosis, null, Status.error(e.getMessage()));
    }
    String host = selectHost(scores, random);
    return new ScheduleResult(
        host, evaluated, feasible.size(), feasibleNames, scores, diagnosis, null, null);
  }

  private static ScheduleResult failure(Diagnosis d, FitError fitError, Status error) {
    return new ScheduleResult(null, 0, 0, List.of(), null, d, fitError, error);
  }

  // upstream findNodesThatFitPod; fills feasible, returns an error status or null
  private Status findNodesThatFitPod(
      Framework fw,
      CycleState state,
      Pod pod,
      NodeInfoLister snapshot,
      Diagnosis diagnosis,
      List<NodeInfo> feasible) {
    List<NodeInfo> allNodes = snapshot.list();
    PreFilterResult preRes = fw.runPreFilterPlugins(state, pod);
    Status s = preRes.status();
    if (!s.isSuccess()) {
      if (!s.isRejected()) {
        return s;
      }
      // every node gets the PreFilter status, so that preemption sees them all
      for (NodeInfo n : allNodes) {
        diagnosis.nodeToStatus().put(n.name(), s);
      }
      diagnosis.setPreFilterMsg(s.message());
      diagnosis.addPluginStatus(s);
      return null;
    }
    // a node nominated by an earlier preemption is tried first
    String nominated = Pods.nominatedNodeName(pod);
    if (!nominated.isEmpty()) {
      NodeInfo ni = snapshot.get(nominated);
      if (ni != null) {
        Diagnosis scratch = new Diagnosis();
        List<NodeInfo> one = new ArrayList<>();
        Status e = findNodesThatPassFilters(fw, state, pod, scratch, List.of(ni), one);
        if (e == null && !one.isEmpty()) {
          feasible.addAll(one);
          return null;
        }
      }
    }
    List<NodeInfo> nodes = allNodes;
    if (!preRes.allNodes()) {
      nodes = new ArrayList<>(preRes.nodeNames().size());
      for (NodeInfo n : allNodes) {
        if (!preRes.nodeNames().contains(n.name())) {
          diagnosis
              .nodeToStatus()
              .put(n.name(), Status.unresolvable("node is filtered out by the prefilter result"));
          continue;
        }
        nodes.add(n);
      }
    }
    Status e = findNodesThatPassFilters(fw, state, pod, diagnosis, nodes, feasible);
    // always advance the start index, so that every node gets its turn
    int processed = feasible.size() + diagnosis.nodeToStatus().size();
    nextStartNodeIndex = (nextStartNodeIndex + processed) % allNodes.size();
    return e;
  }

  // upstream findNodesThatPassFilters
  private Status findNodesThatPassFilters(
      Framework fw,
      CycleState state,
      Pod pod,
      Diagnosis diagnosis,
      List<NodeInfo> nodes,
      List<NodeInfo> feasible) {
    int numAllNodes = nodes.size();
    if (numAllNodes == 0) {
      return null;
    }
    int numNodesToFind =
        numFeasibleNodesToFind(fw.profile().percentageOfNodesToScore(), numAllNodes);
    if (!fw.hasScorePlugins()) {
      numNodesToFind = 1;
    }
    if (!fw.hasFilterPlugins()) {
      for (int i = 0; i < numNodesToFind; i++) {
        feasible.add(nodes.get((nextStartNodeIndex + i) % numAllNodes));
      }
      return null;
    }
    for (int i = 0; i < numAllNodes; i++) {
      // start where the previous pod stopped, so that all nodes get the same chance
      NodeInfo nodeInfo = nodes.get((nextStartNodeIndex + i) % numAllNodes);
      Status status = fw.runFilterPluginsWithNominatedPods(state, pod, nodeInfo);
      if (status.code() == Code.ERROR) {
        return status;
      }
      if (status.isSuccess()) {
        feasible.add(nodeInfo);
        if (feasible.size() >= numNodesToFind) {
          break;
        }
      } else {
        diagnosis.nodeToStatus().put(nodeInfo.name(), status);
        diagnosis.addPluginStatus(status);
      }
    }
    return null;
  }

  /**
   * {@return how many feasible nodes to find before scoring} (upstream numFeasibleNodesToFind): all
   * of them below 100 nodes; otherwise {@code percentage}% of them, where percentage 0 means
   * adaptive, 50 - nodes/125 but at least 5 (5,000 nodes: 10%, 500 nodes), and never fewer than
   * 100.
   *
   * @param profilePercentage the profile's percentageOfNodesToScore, or null for the scheduler-wide
   *     one
   */
  public int numFeasibleNodesToFind(Integer profilePercentage, int numAllNodes) {
    if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) {
      return numAllNodes;
    }
    int percentage = profilePercentage != null ? profilePercentage : percentageOfNodesToScore;
    if (percentage == 0) {
      percentage = 50 - numAllNodes / 125;
      if (percentage < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND) {
        percentage = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
      }
    }
    int numNodes = (int) ((long) numAllNodes * percentage / 100);
    if (numNodes < MIN_FEASIBLE_NODES_TO_FIND) {
      return MIN_FEASIBLE_NODES_TO_FIND;
    }
    return numNodes;
  }

  /**
   * Runs PreScore and Score (upstream prioritizeNodes); without score plugins every node scores 1.
   *
   * @throws SchedulingException when a plugin fails
   */
  public static ScoreTable prioritizeNodes(
      Framework fw, CycleState state, Pod pod, List<NodeInfo> nodes) {
    if (!fw.hasScorePlugins()) {
      long[] ones = new long[nodes.size()];
      java.util.Arrays.fill(ones, 1);
      return new ScoreTable(
          List.of(), new int[0], names(nodes), new long[0][], new long[0][], ones);
    }
    Status s = fw.runPreScorePlugins(state, pod, nodes);
    if (!s.isSuccess()) {
      throw new SchedulingException(s.message());
    }
    return fw.runScorePlugins(state, pod, nodes);
  }

  /**
   * {@return a node with the highest total, ties broken uniformly at random by reservoir sampling:
   * the k-th node with the best score replaces the pick with probability 1/k} (upstream selectHost)
   */
  public static String selectHost(ScoreTable scores, Random random) {
    List<String> nodes = scores.nodes();
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("empty priorityList");
    }
    long maxScore = scores.total(0);
    String selected = nodes.get(0);
    int cntOfMaxScore = 1;
    for (int i = 1; i < nodes.size(); i++) {
      long score = scores.total(i);
      if (score > maxScore) {
        maxScore = score;
        selected = nodes.get(i);
        cntOfMaxScore = 1;
      } else if (score == maxScore) {
        cntOfMaxScore++;
        if (random.nextInt(cntOfMaxScore) == 0) {
          selected = nodes.get(i);
        }
      }
    }
    return selected;
  }

  private static List<String> names(List<NodeInfo> nodes) {
    List<String> out = new ArrayList<>(nodes.size());
    for (NodeInfo n : nodes) out.add(n.name());
    return out;
  }
}
