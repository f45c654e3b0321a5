package io.kubemu.engine.scheduler.plugins.interpodaffinity;

import io.kubemu.engine.scheduler.AffinityTerm;
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
import io.kubemu.engine.scheduler.WeightedAffinityTerm;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Required and preferred pod affinity and anti-affinity: a pod goes where pods matching its
 * affinity terms run in the same topology domain (nodes sharing the topologyKey label value), not
 * where pods matching its anti-affinity terms run, and not into a domain whose pods' required
 * anti-affinity matches it (symmetry). Terms select pods by labels within namespaces (the pod's own
 * by default) or namespaces whose labels match a namespaceSelector. Mirrors
 * pkg/scheduler/framework/plugins/interpodaffinity (v1.30).
 */
public final class InterPodAffinity
    implements PreFilterPlugin,
        FilterPlugin,
        PreScorePlugin,
        ScorePlugin,
        PreFilterExtensions,
        EnqueueExtensions {

  private static final String PRE_FILTER_STATE_KEY = "PreFilter" + Names.INTER_POD_AFFINITY;
  private static final String PRE_SCORE_STATE_KEY = "PreScore" + Names.INTER_POD_AFFINITY;

  private final Handle handle;
  private final InterPodAffinityArgs args;

  public InterPodAffinity(InterPodAffinityArgs args, Handle handle) {
    this.args = args == null ? InterPodAffinityArgs.DEFAULT : args;
    this.handle = handle;
  }

  @Override
  public String name() {
    return Names.INTER_POD_AFFINITY;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.POD, ClusterEvent.ALL),
        ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL));
  }

  // ------------------------------------------------------------------ filtering

  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    PodInfo podInfo = PodInfo.of(pod);
    if (podInfo.parseError() != null) {
      return PreFilterResult.of(Status.unresolvable("parsing pod: " + podInfo.parseError()));
    }
    Filtering.PreFilterState s = new Filtering.PreFilterState();
    s.podInfo = podInfo;
    s.requiredAffinityTerms = mergeNamespaces(podInfo.requiredAffinityTerms());
    s.requiredAntiAffinityTerms = mergeNamespaces(podInfo.requiredAntiAffinityTerms());
    s.namespaceLabels = handle.lookup().namespaceLabels(pod.metadata().namespace());
    s.existingAntiAffinityCounts =
        Filtering.existingAntiAffinityCounts(
            pod, s.namespaceLabels, handle.nodeInfos().havePodsWithRequiredAntiAffinityList());
    Filtering.incomingAffinityAntiAffinityCounts(s, handle.nodeInfos().list());
    if (s.existingAntiAffinityCounts.isEmpty()
        && s.requiredAffinityTerms.isEmpty()
        && s.requiredAntiAffinityTerms.isEmpty()) {
      return PreFilterResult.of(Status.skip());
    }
    state.write(PRE_FILTER_STATE_KEY, s);
    return PreFilterResult.ok();
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
    s.updateWithPod(podToAdd, nodeInfo.node(), 1);
    return Status.SUCCESS;
  }

  @Override
  public Status removePod(
      CycleState state, Pod podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo) {
    Filtering.PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    s.updateWithPod(podToRemove, nodeInfo.node(), -1);
    return Status.SUCCESS;
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    Filtering.PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    if (!Filtering.satisfyPodAffinity(s, nodeInfo)) {
      return Status.unresolvable(Filtering.ERR_REASON_AFFINITY_RULES_NOT_MATCH);
    }
    if (!Filtering.satisfyPodAntiAffinity(s, nodeInfo)) {
      return Status.unschedulable(Filtering.ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH);
    }
    if (!Filtering.satisfyExistingPodsAntiAffinity(s, nodeInfo)) {
      return Status.unschedulable(Filtering.ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH);
    }
    return Status.SUCCESS;
  }

  // upstream mergeAffinityTermNamespacesIfNotEmpty: the namespaces a non-empty namespaceSelector
  // selects become part of the term, whose selector then matches nothing
  private List<AffinityTerm> mergeNamespaces(List<AffinityTerm> terms) {
    List<AffinityTerm> out = new ArrayList<>(terms.size());
    for (AffinityTerm t : terms) {
      out.add(mergeNamespaces(t));
    }
    return out;
  }

  private AffinityTerm mergeNamespaces(AffinityTerm t) {
    if (t.namespaceSelector().empty()) {
      return t;
    }
    return t.withMergedNamespaces(
        new java.util.TreeSet<>(handle.lookup().namespacesMatching(t.namespaceSelector())));
  }

  private List<WeightedAffinityTerm> mergeWeighted(List<WeightedAffinityTerm> terms) {
    List<WeightedAffinityTerm> out = new ArrayList<>(terms.size());
    for (WeightedAffinityTerm t : terms) {
      out.add(t.withTerm(mergeNamespaces(t.term())));
    }
    return out;
  }

  // ------------------------------------------------------------------ scoring

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
    if (nodes.isEmpty()) {
      return Status.skip();
    }
    Affinity affinity = pod.spec() == null ? null : pod.spec().affinity();
    boolean hasPreferredAffinity =
        affinity != null
            && affinity.podAffinity() != null
            && !affinity.podAffinity().preferredDuringSchedulingIgnoredDuringExecution().isEmpty();
    boolean hasPreferredAntiAffinity =
        affinity != null
            && affinity.podAntiAffinity() != null
            && !affinity
                .podAntiAffinity()
                .preferredDuringSchedulingIgnoredDuringExecution()
                .isEmpty();
    boolean hasConstraints = hasPreferredAffinity || hasPreferredAntiAffinity;
    if (args.ignorePreferredTermsOfExistingPods() && !hasConstraints) {
      return Status.skip();
    }
    // unless the pod has preferences, only nodes hosting pods with affinity matter
    List<NodeInfo> allNodes =
        hasConstraints ? handle.nodeInfos().list() : handle.nodeInfos().havePodsWithAffinityList();
    Scoring.PreScoreState s = new Scoring.PreScoreState();
    s.podInfo = PodInfo.of(pod);
    if (s.podInfo.parseError() != null) {
      return Status.error("failed to parse pod: " + s.podInfo.parseError());
    }
    s.preferredAffinityTerms = mergeWeighted(s.podInfo.preferredAffinityTerms());
    s.preferredAntiAffinityTerms = mergeWeighted(s.podInfo.preferredAntiAffinityTerms());
    s.namespaceLabels = handle.lookup().namespaceLabels(pod.metadata().namespace());
    boolean any = false;
    for (NodeInfo nodeInfo : allNodes) {
      List<PodInfo> podsToProcess = hasConstraints ? nodeInfo.pods() : nodeInfo.podsWithAffinity();
      Map<String, Map<String, Long>> topoScore = new HashMap<>();
      for (PodInfo existing : podsToProcess) {
        Scoring.processExistingPod(
            s, existing, nodeInfo, pod, args.hardPodAffinityWeight(), topoScore);
      }
      if (!topoScore.isEmpty()) {
        any = true;
        topoScore.forEach(
            (k, values) -> {
              Map<String, Long> dst = s.topologyScore.computeIfAbsent(k, x -> new HashMap<>());
              values.forEach((v, n) -> dst.merge(v, n, Long::sum));
            });
      }
    }
    if (!any) {
      return Status.skip();
    }
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
    return Scoring.score(s, nodeInfo);
  }

  @Override
  public boolean hasNormalizeScore() {
    return true;
  }

  @Override
  public Status normalizeScore(CycleState state, Pod pod, NodeScoreList scores) {
    Scoring.PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_SCORE_STATE_KEY + "\" from cycleState: not found");
    }
    Scoring.normalize(s, scores);
    return Status.SUCCESS;
  }
}
