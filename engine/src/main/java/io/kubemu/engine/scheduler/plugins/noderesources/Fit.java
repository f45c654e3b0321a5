package io.kubemu.engine.scheduler.plugins.noderesources;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PreFilterPlugin;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.PreScorePlugin;
import io.kubemu.engine.scheduler.Resource;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.PodRequests;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Filters out nodes whose allocatable cannot hold the pod's requests (app containers and sidecars
 * summed, at least the largest init container, plus overhead) on top of their pods' requests, or
 * that are at their pod count; scores nodes with the LeastAllocated strategy (cpu and memory,
 * weight 1 each, containers without requests counted as 100m/200Mi). Mirrors
 * pkg/scheduler/framework/plugins/noderesources/fit.go (v1.30).
 */
public final class Fit
    implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin, EnqueueExtensions {

  private static final String PRE_FILTER_STATE_KEY = "PreFilter" + Names.NODE_RESOURCES_FIT;
  private static final String PRE_SCORE_STATE_KEY = "PreScore" + Names.NODE_RESOURCES_FIT;

  private record PreFilterState(Resource request) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  private record PreScoreState(long[] podRequests) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  private final Set<String> ignoredResources;
  private final Set<String> ignoredResourceGroups;
  private final ResourceAllocationScorer scorer;

  /** A plugin with the given arguments (null for the defaults). */
  public Fit(NodeResourcesFitArgs args) {
    NodeResourcesFitArgs a = args == null ? NodeResourcesFitArgs.DEFAULT : args;
    this.ignoredResources = new TreeSet<>(a.ignoredResources());
    this.ignoredResourceGroups = new TreeSet<>(a.ignoredResourceGroups());
    this.scorer =
        switch (a.scoringStrategy()) {
          case NodeResourcesFitArgs.LEAST_ALLOCATED ->
              new ResourceAllocationScorer(
                  false, a.resources(), ResourceAllocationScorer.leastAllocated(a.resources()));
          case NodeResourcesFitArgs.MOST_ALLOCATED ->
              new ResourceAllocationScorer(
                  false, a.resources(), ResourceAllocationScorer.mostAllocated(a.resources()));
          default ->
              throw new IllegalArgumentException(
                  "scoring strategy " + a.scoringStrategy() + " is not supported");
        };
  }

  @Override
  public String name() {
    return Names.NODE_RESOURCES_FIT;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.POD, ClusterEvent.DELETE),
        ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
  }

  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    state.write(PRE_FILTER_STATE_KEY, new PreFilterState(computePodResourceRequest(pod)));
    return PreFilterResult.ok();
  }

  /** {@return the pod's requests in scheduler units} (upstream computePodResourceRequest) */
  static Resource computePodResourceRequest(Pod pod) {
    return Resource.of(PodRequests.of(pod));
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error(
          "error reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    if (fitsQuickly(s.request(), nodeInfo)) {
      return Status.SUCCESS;
    }
    List<InsufficientResource> insufficient =
        fitsRequest(s.request(), nodeInfo, ignoredResources, ignoredResourceGroups);
    if (insufficient.isEmpty()) {
      return Status.SUCCESS;
    }
    List<String> reasons = new ArrayList<>(insufficient.size());
    for (InsufficientResource r : insufficient) {
      reasons.add(r.reason());
    }
    return new Status(io.kubemu.engine.scheduler.Code.UNSCHEDULABLE, reasons, null);
  }

  /** {@return what the node lacks for the pod, empty when it fits} (upstream Fits) */
  public static List<InsufficientResource> fits(Pod pod, NodeInfo nodeInfo) {
    return fitsRequest(computePodResourceRequest(pod), nodeInfo, Set.of(), Set.of());
  }

  // the common case, without allocating: room for one more pod and for every request
  private static boolean fitsQuickly(Resource req, NodeInfo nodeInfo) {
    Resource alloc = nodeInfo.allocatable();
    Resource used = nodeInfo.requested();
    return nodeInfo.podCount() + 1 <= alloc.allowedPodNumber()
        && req.milliCpu() <= alloc.milliCpu() - used.milliCpu()
        && req.memory() <= alloc.memory() - used.memory()
        && req.ephemeralStorage() <= alloc.ephemeralStorage() - used.ephemeralStorage()
        && req.scalarResources().isEmpty();
  }

  // upstream fitsRequest
  static List<InsufficientResource> fitsRequest(
      Resource podRequest,
      NodeInfo nodeInfo,
      Set<String> ignoredExtendedResources,
      Set<String> ignoredResourceGroups) {
    List<InsufficientResource> out = new ArrayList<>(4);
    Resource alloc = nodeInfo.allocatable();
    Resource used = nodeInfo.requested();
    long allowedPodNumber = alloc.allowedPodNumber();
    int pods = nodeInfo.podCount();
    if (pods + 1 > allowedPodNumber) {
      out.add(new InsufficientResource(Resource.PODS, "Too many pods", 1, pods, allowedPodNumber));
    }
    if (podRequest.isZero()) {
      return out;
    }
    if (podRequest.milliCpu() > 0 && podRequest.milliCpu() > alloc.milliCpu() - used.milliCpu()) {
      out.add(
          new InsufficientResource(
              Resource.CPU,
              "Insufficient cpu",
              podRequest.milliCpu(),
              used.milliCpu(),
              alloc.milliCpu()));
    }
    if (podRequest.memory() > 0 && podRequest.memory() > alloc.memory() - used.memory()) {
      out.add(
          new InsufficientResource(
              Resource.MEMORY,
              "Insufficient memory",
              podRequest.memory(),
              used.memory(),
              alloc.memory()));
    }
    if (podRequest.ephemeralStorage() > 0
        && podRequest.ephemeralStorage() > alloc.ephemeralStorage() - used.ephemeralStorage()) {
      out.add(
          new InsufficientResource(
              Resource.EPHEMERAL_STORAGE,
              "Insufficient ephemeral-storage",
              podRequest.ephemeralStorage(),
              used.ephemeralStorage(),
              alloc.ephemeralStorage()));
    }
    for (Map.Entry<String, Long> e : podRequest.scalarResources().entrySet()) {
      String name = e.getKey();
      long q = e.getValue();
      if (q == 0) {
        continue;
      }
      if (isExtendedResourceName(name)) {
        int slash = name.indexOf('/');
        String group = slash < 0 ? "" : name.substring(0, slash);
        if (ignoredExtendedResources.contains(name) || ignoredResourceGroups.contains(group)) {
          continue;
        }
      }
      if (q > alloc.scalar(name) - used.scalar(name)) {
        out.add(
            new InsufficientResource(
                name, "Insufficient " + name, q, used.scalar(name), alloc.scalar(name)));
      }
    }
    return out;
  }

  // upstream v1helper.IsExtendedResourceName: a domain-prefixed name outside kubernetes.io
  private static boolean isExtendedResourceName(String name) {
    int slash = name.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String domain = name.substring(0, slash);
    return !domain.equals("kubernetes.io")
        && !domain.endsWith(".kubernetes.io")
        && !name.startsWith("requests.");
  }

  @Override
  public Status preScore(CycleState state, Pod pod, List<NodeInfo> nodes) {
    state.write(PRE_SCORE_STATE_KEY, new PreScoreState(scorer.podRequests(pod)));
    return Status.SUCCESS;
  }

  @Override
  public long score(CycleState state, Pod pod, NodeInfo nodeInfo) {
    PreScoreState s = state.read(PRE_SCORE_STATE_KEY);
    long[] podRequests = s == null ? scorer.podRequests(pod) : s.podRequests();
    return scorer.score(nodeInfo, podRequests);
  }
}
