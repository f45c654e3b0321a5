package io.kubemu.engine.scheduler.plugins.nodeaffinity;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.PreFilterPlugin;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.NodeSelectorTermMatcher;
import io.kubemu.engine.scheduler.helper.NormalizeScore;
import io.kubemu.engine.scheduler.helper.PreferredSchedulingTerms;
import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorRequirement;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PreferredSchedulingTerm;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Filters nodes by the pod's {@code nodeSelector} AND its required node affinity (terms ORed,
 * expressions ANDed; In, NotIn, Exists, DoesNotExist, Gt, Lt; matchFields on metadata.name), and
 * scores each node by the summed weights of the preferred terms it matches, normalized so the best
 * node gets 100. Mirrors pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go (v1.30).
 */
public final class NodeAffinity
    implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin, EnqueueExtensions {

  /** The reason for a node the pod's nodeSelector or required affinity rules out. */
  public static final String ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

  /** The reason for a node the profile's added affinity rules out. */
  public static final String ERR_REASON_ENFORCED =
      "node(s) didn't match scheduler-enforced node affinity";

  /** The PreFilter reason when every term names conflicting nodes. */
  public static final String ERR_REASON_CONFLICT = "pod affinity terms conflict";

  private static final String PRE_FILTER_STATE_KEY = "PreFilter" + Names.NODE_AFFINITY;
  private static final String PRE_SCORE_STATE_KEY = "PreScore" + Names.NODE_AFFINITY;

  private record PreFilterState(RequiredNodeAffinity required) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  private record PreScoreState(PreferredSchedulingTerms preferred) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  private final List<NodeSelectorTermMatcher> addedNodeSelector; // null when none
  private final PreferredSchedulingTerms addedPrefSchedTerms; // null when none

  /** A plugin with the given arguments (null for the defaults). */
  public NodeAffinity(NodeAffinityArgs args) {
    NodeAffinityArgs a = args == null ? NodeAffinityArgs.DEFAULT : args;
    if (a.addedAffinity() != null
        && a.addedAffinity().requiredDuringSchedulingIgnoredDuringExecution() != null) {
      addedNodeSelector =
          RequiredNodeAffinity.parse(
              a.addedAffinity().requiredDuringSchedulingIgnoredDuringExecution());
    } else {
      addedNodeSelector = null;
    }
    if (a.addedAffinity() != null
        && !a.addedAffinity().preferredDuringSchedulingIgnoredDuringExecution().isEmpty()) {
      addedPrefSchedTerms =
          PreferredSchedulingTerms.of(
              a.addedAffinity().preferredDuringSchedulingIgnoredDuringExecution());
    } else {
      addedPrefSchedTerms = null;
    }
  }

  @Override
  public String name() {
    return Names.NODE_AFFINITY;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
  }

  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    NodeSelector required = RequiredNodeAffinity.requiredOf(pod);
    boolean noNodeAffinity = required == null;
    boolean noNodeSelector = pod.spec() == null || pod.spec().nodeSelector().isEmpty();
    if (noNodeAffinity && addedNodeSelector == null && noNodeSelector) {
      return PreFilterResult.of(Status.skip());
    }
    state.write(PRE_FILTER_STATE_KEY, new PreFilterState(RequiredNodeAffinity.of(pod)));
    if (noNodeAffinity || required.nodeSelectorTerms().isEmpty()) {
      return PreFilterResult.ok();
    }
    // affinity to named nodes (matchFields metadata.name In) narrows the nodes to evaluate
    Set<String> nodeNames = null;
    for (NodeSelectorTerm t : required.nodeSelectorTerms()) {
      Set<String> termNodeNames = null;
      for (NodeSelectorRequirement r : t.matchFields()) {
        if (NodeSelectorTermMatcher.OBJECT_NAME_FIELD.equals(r.key())
            && NodeSelectorRequirement.IN.equals(r.operator())) {
          Set<String> s = new LinkedHashSet<>(r.values());
          if (termNodeNames == null) {
            termNodeNames = s;
          } else {
            termNodeNames.retainAll(s);
          }
        }
      }
      if (termNodeNames == null) {
        return PreFilterResult.ok(); // terms are ORed: this one allows every node
      }
      if (nodeNames == null) {
        nodeNames = new LinkedHashSet<>();
      }
      nodeNames.addAll(termNodeNames);
    }
    if (nodeNames != null && nodeNames.isEmpty()) {
      return PreFilterResult.of(Status.unresolvable(ERR_REASON_CONFLICT));
    }
    return nodeNames == null ? PreFilterResult.ok() : PreFilterResult.nodes(nodeNames);
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    if (addedNodeSelector != null && !matchesAny(addedNodeSelector, nodeInfo)) {
      return Status.unresolvable(ERR_REASON_ENFORCED);
    }
    PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    RequiredNodeAffinity required = s == null ? RequiredNodeAffinity.of(pod) : s.required();
    if (!required.matches(nodeInfo.node())) {
      return Status.unresolvable(ERR_REASON_POD);
    }
    return Status.SUCCESS;
  }

  private static boolean matchesAny(List<NodeSelectorTermMatcher> terms, NodeInfo nodeInfo) {
    for (NodeSelectorTermMatcher t : terms) {
      if (t.matches(nodeInfo.node())) return true;
    }
    return false;
  }

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
    if (nodes.isEmpty()) {
      return Status.SUCCESS;
    }
    PreferredSchedulingTerms preferred = preferredOf(pod);
    if (preferred == null && addedPrefSchedTerms == null) {
      return Status.skip();
    }
    state.write(PRE_SCORE_STATE_KEY, new PreScoreState(preferred));
    return Status.SUCCESS;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    long count = 0;
    if (addedPrefSchedTerms != null) {
      count += addedPrefSchedTerms.score(nodeInfo.node());
    }
    PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    PreferredSchedulingTerms preferred = s == null ? preferredOf(pod) : s.preferred();
    if (preferred != null) {
      count += preferred.score(nodeInfo.node());
    }
    return count;
  }

  @Override
  public boolean hasNormalizeScore() {
    return true;
  }

  @Override
  public Status normalizeScore(CycleState state, Pod pod, NodeScoreList scores) {
    return NormalizeScore.defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
  }

  // upstream getPodPreferredNodeAffinity
  private static PreferredSchedulingTerms preferredOf(Pod pod) {
    if (pod.spec() == null
        || pod.spec().affinity() == null
        || pod.spec().affinity().nodeAffinity() == null) {
      return null;
    }
    List<PreferredSchedulingTerm> terms =
        pod.spec().affinity().nodeAffinity().preferredDuringSchedulingIgnoredDuringExecution();
    return terms.isEmpty() ? null : PreferredSchedulingTerms.of(terms);
  }
}
