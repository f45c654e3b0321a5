package io.kubemu.engine.scheduler.plugins.noderesources;

import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.Resource;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.helper.PodRequests;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.Map;

/**
 * The scoring shared by NodeResourcesFit and NodeResourcesBalancedAllocation: per resource, the
 * node's allocatable and what would be requested with the pod on it. Mirrors
 * pkg/scheduler/framework/plugins/noderesources/resource_allocation.go (v1.30).
 */
final class ResourceAllocationScorer {

  /** Turns requested/allocatable vectors into a score. */
  @FunctionalInterface
  interface Scorer {
    long score(long[] requested, long[] allocatable);
  }

  private final boolean useRequested;
  private final List<ResourceSpec> resources;
  private final Scorer scorer;

  /**
   * @param useRequested score with the actual requests; otherwise with containers lacking a request
   *     counted as 100m cpu / 200Mi memory
   */
  ResourceAllocationScorer(boolean useRequested, List<ResourceSpec> resources, Scorer scorer) {
    this.useRequested = useRequested;
    this.resources = resources;
    this.scorer = scorer;
  }

  List<ResourceSpec> resources() {
    return resources;
  }

  /** {@return the node's score for the pod} (upstream resourceAllocationScorer.score) */
  long score(NodeInfo nodeInfo, long[] podRequests) {
    int n = resources.size();
    long[] requested = new long[n];
    long[] allocatable = new long[n];
    Resource req = useRequested ? nodeInfo.requested() : nodeInfo.nonZeroRequested();
    Resource alloc = nodeInfo.allocatable();
    for (int i = 0; i < n; i++) {
      String resource = resources.get(i).name();
      long podRequest = podRequests[i];
      // upstream calculateResourceAllocatableRequest
      long a;
      long r;
      if (Resource.CPU.equals(resource)) {
        a = alloc.milliCpu();
        r = req.milliCpu() + podRequest;
      } else if (Resource.MEMORY.equals(resource)) {
        a = alloc.memory();
        r = req.memory() + podRequest;
      } else if (Resource.EPHEMERAL_STORAGE.equals(resource)) {
        a = alloc.ephemeralStorage();
        r = nodeInfo.requested().ephemeralStorage() + podRequest;
      } else if (podRequest == 0 && Resource.isScalarResourceName(resource)) {
        continue; // an extended resource the pod does not request is not scored
      } else if (alloc.scalarResources().containsKey(resource)) {
        a = alloc.scalar(resource);
        r = nodeInfo.requested().scalar(resource) + podRequest;
      } else {
        continue;
      }
      if (a == 0) {
        continue; // only fill the entries of resources the node has
      }
      allocatable[i] = a;
      requested[i] = r;
    }
    return scorer.score(requested, allocatable);
  }

  /** {@return the pod's request of each scored resource} (calculatePodResourceRequestList) */
  long[] podRequests(Pod pod) {
    Map<String, Quantity> requests =
        useRequested ? PodRequests.of(pod) : PodRequests.of(pod, PodRequests.NON_ZERO_DEFAULTS);
    long[] out = new long[resources.size()];
    for (int i = 0; i < resources.size(); i++) {
      String name = resources.get(i).name();
      Quantity q = requests.get(name);
      if (q != null) {
        out[i] = Resource.CPU.equals(name) ? q.milliValue() : q.value();
      }
    }
    return out;
  }

  /** {@return the least-allocated scorer: per resource (capacity - requested) * 100 / capacity} */
  static Scorer leastAllocated(List<ResourceSpec> resources) {
    return (requested, allocatable) -> {
      long nodeScore = 0;
      long weightSum = 0;
      for (int i = 0; i < requested.length; i++) {
        if (allocatable[i] == 0) continue;
        long weight = resources.get(i).weight();
        nodeScore += leastRequestedScore(requested[i], allocatable[i]) * weight;
        weightSum += weight;
      }
      return weightSum == 0 ? 0 : nodeScore / weightSum;
    };
  }

  /** {@return the most-allocated scorer: per resource requested * 100 / capacity} */
  static Scorer mostAllocated(List<ResourceSpec> resources) {
    return (requested, allocatable) -> {
      long nodeScore = 0;
      long weightSum = 0;
      for (int i = 0; i < requested.length; i++) {
        if (allocatable[i] == 0) continue;
        long weight = resources.get(i).weight();
        nodeScore += mostRequestedScore(requested[i], allocatable[i]) * weight;
        weightSum += weight;
      }
      return weightSum == 0 ? 0 : nodeScore / weightSum;
    };
  }

  // upstream leastRequestedScore: 0 when the node would be over-committed
  static long leastRequestedScore(long requested, long capacity) {
    if (capacity == 0 || requested > capacity) {
      return 0;
    }
    return (capacity - requested) * ScorePlugin.MAX_NODE_SCORE / capacity;
  }

  // upstream mostRequestedScore
  static long mostRequestedScore(long requested, long capacity) {
    if (capacity == 0) {
      return 0;
    }
    if (requested > capacity) {
      requested = capacity; // pods without requests count minimum values
    }
    return requested * ScorePlugin.MAX_NODE_SCORE / capacity;
  }
}
