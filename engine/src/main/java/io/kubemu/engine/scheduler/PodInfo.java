package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.helper.PodRequests;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Affinity;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.core.WeightedPodAffinityTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pod with its pre-processed affinity terms and resource requests. Mirrors framework.PodInfo
 * (v1.30); the requests are computed once, on first use. Effectively immutable.
 */
public final class PodInfo {

  private final Pod pod;
  private final List<AffinityTerm> requiredAffinityTerms;
  private final List<AffinityTerm> requiredAntiAffinityTerms;
  private final List<WeightedAffinityTerm> preferredAffinityTerms;
  private final List<WeightedAffinityTerm> preferredAntiAffinityTerms;
  private final String parseError;
  // read for every existing pod by pod (anti-)affinity: kept here, one hop from the PodInfo
  private final String namespace;
  private final Map<String, String> labels;
  private Resource requests;
  private long nonZeroMilliCpu;
  private long nonZeroMemory;

  private PodInfo(
      Pod pod,
      List<AffinityTerm> reqAffinity,
      List<AffinityTerm> reqAnti,
      List<WeightedAffinityTerm> prefAffinity,
      List<WeightedAffinityTerm> prefAnti,
      String parseError) {
    this.pod = pod;
    this.requiredAffinityTerms = reqAffinity;
    this.requiredAntiAffinityTerms = reqAnti;
    this.preferredAffinityTerms = prefAffinity;
    this.preferredAntiAffinityTerms = prefAnti;
    this.parseError = parseError;
    this.namespace = pod.metadata().namespace();
    this.labels = pod.metadata().labels();
  }

  /** {@return the pod's namespace} */
  public String namespace() {
    return namespace;
  }

  /** {@return the pod's labels} */
  public Map<String, String> labels() {
    return labels;
  }

  /** {@return the processed pod} (upstream NewPodInfo); a term that fails to parse is recorded */
  public static PodInfo of(Pod pod) {
    Affinity a = pod.spec() == null ? null : pod.spec().affinity();
    try {
      List<AffinityTerm> reqAffinity = List.of();
      List<AffinityTerm> reqAnti = List.of();
      List<WeightedAffinityTerm> prefAffinity = List.of();
      List<WeightedAffinityTerm> prefAnti = List.of();
      if (a != null && a.podAffinity() != null) {
        reqAffinity = terms(pod, a.podAffinity().requiredDuringSchedulingIgnoredDuringExecution());
        prefAffinity =
            weighted(pod, a.podAffinity().preferredDuringSchedulingIgnoredDuringExecution());
      }
      if (a != null && a.podAntiAffinity() != null) {
        reqAnti = terms(pod, a.podAntiAffinity().requiredDuringSchedulingIgnoredDuringExecution());
        prefAnti =
            weighted(pod, a.podAntiAffinity().preferredDuringSchedulingIgnoredDuringExecution());
      }
      return new PodInfo(pod, reqAffinity, reqAnti, prefAffinity, prefAnti, null);
    } catch (IllegalArgumentException e) {
      return new PodInfo(pod, List.of(), List.of(), List.of(), List.of(), e.getMessage());
    }
  }

  private static List<AffinityTerm> terms(Pod pod, List<PodAffinityTerm> terms) {
    List<AffinityTerm> out = new ArrayList<>(terms.size());
    for (PodAffinityTerm t : terms) {
      out.add(AffinityTerm.of(pod, t));
    }
    return List.copyOf(out);
  }

  private static List<WeightedAffinityTerm> weighted(Pod pod, List<WeightedPodAffinityTerm> terms) {
    List<WeightedAffinityTerm> out = new ArrayList<>(terms.size());
    for (WeightedPodAffinityTerm t : terms) {
      int weight = t.weight() == null ? 0 : t.weight();
      out.add(new WeightedAffinityTerm(AffinityTerm.of(pod, t.podAffinityTerm()), weight));
    }
    return List.copyOf(out);
  }

  /** {@return the pod} */
  public Pod pod() {
    return pod;
  }

  /** {@return the required pod affinity terms} */
  public List<AffinityTerm> requiredAffinityTerms() {
    return requiredAffinityTerms;
  }

  /** {@return the required pod anti-affinity terms} */
  public List<AffinityTerm> requiredAntiAffinityTerms() {
    return requiredAntiAffinityTerms;
  }

  /** {@return the preferred pod affinity terms} */
  public List<WeightedAffinityTerm> preferredAffinityTerms() {
    return preferredAffinityTerms;
  }

  /** {@return the preferred pod anti-affinity terms} */
  public List<WeightedAffinityTerm> preferredAntiAffinityTerms() {
    return preferredAntiAffinityTerms;
  }

  /** {@return why a term did not parse, or null} */
  public String parseError() {
    return parseError;
  }

  /** {@return whether the pod has any pod affinity or anti-affinity (upstream podWithAffinity)} */
  public boolean hasAffinity() {
    Affinity a = pod.spec() == null ? null : pod.spec().affinity();
    return a != null && (a.podAffinity() != null || a.podAntiAffinity() != null);
  }

  /** {@return the pod's effective requests (do not modify)} */
  public Resource requests() {
    computeRequests();
    return requests;
  }

  /** {@return the cpu request with 100m assumed for containers that set none (for scoring)} */
  public long nonZeroMilliCpu() {
    computeRequests();
    return nonZeroMilliCpu;
  }

  /** {@return the memory request with 200Mi assumed for containers that set none} */
  public long nonZeroMemory() {
    computeRequests();
    return nonZeroMemory;
  }

  // upstream calculateResource
  private void computeRequests() {
    if (requests != null) {
      return;
    }
    Resource r = Resource.of(PodRequests.of(pod));
    Map<String, Quantity> non0 = PodRequests.of(pod, PodRequests.NON_ZERO_DEFAULTS);
    Quantity cpu = non0.get(Resource.CPU);
    Quantity mem = non0.get(Resource.MEMORY);
    nonZeroMilliCpu = cpu == null ? 0 : cpu.milliValue();
    nonZeroMemory = mem == null ? 0 : mem.value();
    requests = r;
  }

  @Override
  public String toString() {
    return pod.metadata().namespace() + "/" + pod.metadata().name();
  }
}
