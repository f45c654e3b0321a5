package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.PreFilterExtensions;
import io.kubemu.engine.scheduler.PreFilterPlugin;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.TopologySpreadConstraint;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spreads matching pods over topology domains: DoNotSchedule constraints filter out nodes where
 * (matching pods in the domain + 1 - the least-loaded domain's count, 0 while fewer than minDomains
 * domains exist) would exceed maxSkew; ScheduleAnyway constraints score nodes by their domains'
 * counts. Pods without constraints of their own get the defaults (system: hostname maxSkew 3, zone
 * maxSkew 5, ScheduleAnyway) with the selector of the Services and controllers selecting them.
 * Domains count only nodes passing the pod's node affinity (nodeAffinityPolicy Honor) and, with
 * nodeTaintsPolicy Honor, tolerated taints. Mirrors
 * pkg/scheduler/framework/plugins/podtopologyspread (v1.30).
 */
public final class PodTopologySpread
    implements PreFilterPlugin,
        FilterPlugin,
        PreScorePlugin,
        ScorePlugin,
        PreFilterExtensions,
        EnqueueExtensions {

  private static final String PRE_FILTER_STATE_KEY = "PreFilter" + Names.POD_TOPOLOGY_SPREAD;
  private static final String PRE_SCORE_STATE_KEY = "PreScore" + Names.POD_TOPOLOGY_SPREAD;

  private final Handle handle;
  private final List<TopologySpreadConstraint> defaultConstraints;
  private final boolean systemDefaulted;

  public PodTopologySpread(PodTopologySpreadArgs args, Handle handle) {
    PodTopologySpreadArgs a = args == null ? PodTopologySpreadArgs.DEFAULT : args;
    this.handle = handle;
    this.systemDefaulted = PodTopologySpreadArgs.SYSTEM_DEFAULTING.equals(a.defaultingType());
    this.defaultConstraints =
        systemDefaulted ? PodTopologySpreadArgs.SYSTEM_DEFAULT_CONSTRAINTS : a.defaultConstraints();
  }

  @Override
  public String name() {
    return Names.POD_TOPOLOGY_SPREAD;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.POD, ClusterEvent.ALL),
        ClusterEvent.of(
            ClusterEvent.NODE,
            ClusterEvent.ADD
                | ClusterEvent.DELETE
                | ClusterEvent.UPDATE_NODE_LABEL
                | ClusterEvent.UPDATE_NODE_TAINT));
  }

  // upstream getConstraints / buildDefaultConstraints
  private List<SpreadConstraint> constraints(Pod pod, String action) {
    Map<String, String> labels = pod.metadata().labels();
    if (pod.spec() != null && !pod.spec().topologySpreadConstraints().isEmpty()) {
      return Common.filterTopologySpreadConstraints(
          pod.spec().topologySpreadConstraints(), labels, action);
    }
    List<SpreadConstraint> cs =
        Common.filterTopologySpreadConstraints(defaultConstraints, labels, action);
    if (cs.isEmpty()) {
      return cs;
    }
    Selector selector = handle.lookup().defaultSpreadSelector(pod);
    if (selector == null || selector.empty()) {
      return List.of();
    }
    List<SpreadConstraint> out = new ArrayList<>(cs.size());
    for (SpreadConstraint c : cs) {
      out.add(c.withSelector(selector));
    }
    return out;
  }

  // ------------------------------------------------------------------ filtering

  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    Filtering.PreFilterState s;
    try {
      s = calPreFilterState(pod);
    } catch (IllegalArgumentException e) {
      return PreFilterResult.of(Status.error("get constraints from pod: " + e.getMessage()));
    }
    if (s.constraints.isEmpty()) {
      return PreFilterResult.of(Status.skip());
    }
    state.write(PRE_FILTER_STATE_KEY, s);
    return PreFilterResult.ok();
  }

  // upstream calPreFilterState
  private Filtering.PreFilterState calPreFilterState(Pod pod) {
    Filtering.PreFilterState s = new Filtering.PreFilterState();
    s.constraints = constraints(pod, TopologySpreadConstraint.DO_NOT_SCHEDULE);
    if (s.constraints.isEmpty()) {
      return s;
    }
    RequiredNodeAffinity required = RequiredNodeAffinity.of(pod);
    String ns = pod.metadata().namespace();
    for (NodeInfo nodeInfo : handle.nodeInfos().list()) {
      Node node = nodeInfo.node();
      Map<String, String> labels = node.metadata().labels();
      if (!Common.nodeLabelsMatchSpreadConstraints(labels, s.constraints)) {
        continue;
      }
      for (SpreadConstraint c : s.constraints) {
        if (!c.matchNodeInclusionPolicies(pod, node, required)) {
          continue;
        }
        TopologyPair pair = new TopologyPair(c.topologyKey(), labels.get(c.topologyKey()));
        int count = Common.countPodsMatchSelector(nodeInfo.pods(), c.selector(), ns);
        s.tpPairToMatchNum.merge(pair, count, Integer::sum);
      }
    }
    for (TopologyPair tp : s.tpPairToMatchNum.keySet()) {
      s.tpKeyToDomainsNum.merge(tp.key(), 1, Integer::sum);
    }
    for (SpreadConstraint c : s.constraints) {
      s.tpKeyToCriticalPaths.put(c.topologyKey(), new Filtering.CriticalPaths());
    }
    s.tpPairToMatchNum.forEach(
        (pair, num) -> s.tpKeyToCriticalPaths.get(pair.key()).update(pair.value(), num));
    return s;
  }

  @Override
  public PreFilterExtensions preFilterExtensions() {
    return this;
  }

  @Override
  public Status addPod(CycleState state, Pod podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo) {
    Filtering.PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    updateWithPod(s, podToAdd.pod(), podToSchedule, nodeInfo.node(), 1);
    return Status.SUCCESS;
  }

  @Override
  public Status removePod(
      CycleState state, Pod podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
    Filtering.PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    updateWithPod(s, podToRemove.pod(), podToSchedule, nodeInfo.node(), -1);
    return Status.SUCCESS;
  }

  // upstream updateWithPod
  private void updateWithPod(
      Filtering.PreFilterState s, Pod updatedPod, Pod preemptorPod, Node node, int delta) {
    if (node == null
        || !updatedPod.metadata().namespace().equals(preemptorPod.metadata().namespace())) {
      return;
    }
    Map<String, String> labels = node.metadata().labels();
    if (!Common.nodeLabelsMatchSpreadConstraints(labels, s.constraints)) {
      return;
    }
    RequiredNodeAffinity required = RequiredNodeAffinity.of(preemptorPod);
    for (SpreadConstraint c : s.constraints) {
      if (!c.selector().matches(updatedPod.metadata().labels())) {
        continue;
      }
      if (!c.matchNodeInclusionPolicies(preemptorPod, node, required)) {
        continue;
      }
      TopologyPair pair = new TopologyPair(c.topologyKey(), labels.get(c.topologyKey()));
      int n = s.tpPairToMatchNum.getOrDefault(pair, 0) + delta;
      s.tpPairToMatchNum.put(pair, n);
      s.tpKeyToCriticalPaths.get(c.topologyKey()).update(pair.value(), n);
    }
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    Filtering.PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    if (s.constraints.isEmpty()) {
      return Status.SUCCESS;
    }
    Map<String, String> labels = nodeInfo.node().metadata().labels();
    for (SpreadConstraint c : s.constraints) {
      String tpVal = labels.get(c.topologyKey());
      if (tpVal == null) {
        return Status.unresolvable(Filtering.ERR_REASON_NODE_LABEL_NOT_MATCH);
      }
      // existing matching pods + this pod if it matches - the global minimum <= maxSkew
      int minMatchNum = s.minMatchNum(c.topologyKey(), c.minDomains());
      if (minMatchNum < 0) {
        continue;
      }
      int selfMatchNum = c.selector().matches(pod.metadata().labels()) ? 1 : 0;
      int matchNum = s.tpPairToMatchNum.getOrDefault(new TopologyPair(c.topologyKey(), tpVal), 0);
      int skew = matchNum + selfMatchNum - minMatchNum;
      if (skew > c.maxSkew()) {
        return Status.unschedulable(Filtering.ERR_REASON_CONSTRAINTS_NOT_MATCH);
      }
    }
    return Status.SUCCESS;
  }

  // ------------------------------------------------------------------ scoring

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> filteredNodes) {
    List<NodeInfo> allNodes = handle.nodeInfos().list();
    if (allNodes.isEmpty()) {
      return Status.skip();
    }
    // only non-default constraints require nodes to have every topology key, so that nodes
    // without a zone label still get hostname spreading
    boolean requireAllTopologies =
        (pod.spec() != null && !pod.spec().topologySpreadConstraints().isEmpty())
            || !systemDefaulted;
    List<SpreadConstraint> constraints;
    try {
      constraints = constraints(pod, TopologySpreadConstraint.SCHEDULE_ANYWAY);
    } catch (IllegalArgumentException e) {
      return Status.error("calculating preScoreState: " + e.getMessage());
    }
    if (constraints.isEmpty()) {
      return Status.skip();
    }
    Scoring.PreScoreState s =
        Scoring.preScoreState(pod, constraints, filteredNodes, allNodes, requireAllTopologies);
    state.write(PRE_SCORE_STATE_KEY, s);
    return Status.SUCCESS;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    Scoring.PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    if (s == null) {
      throw new io.kubemu.engine.scheduler.SchedulingException(
          "reading \"" + PRE_SCORE_STATE_KEY + "\" from cycleState: not found");
    }
    return Scoring.score(s, pod, nodeInfo);
  }

  @Override
  public boolean hasNormalizeScore() {
    return true;
  }

  @Override
  public Status normalizeScore(CycleState state, Pod pod, NodeScoreList scores) {
    Scoring.PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    if (s != null) {
      Scoring.normalize(s, scores);
    }
    return Status.SUCCESS;
  }
}
