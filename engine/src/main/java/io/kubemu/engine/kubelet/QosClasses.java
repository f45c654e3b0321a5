package io.kubemu.engine.kubelet;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.ResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A pod's QoS class (pkg/apis/core/v1/helper/qos). */
final class QosClasses {
  private QosClasses() {}

  private static final Set<String> SUPPORTED = Set.of("cpu", "memory");

  // GetPodQOS: the status's class if set, else ComputePodQOS
  static String podQos(Pod pod) {
    if (pod.status() != null
        && pod.status().qosClass() != null
        && !pod.status().qosClass().isEmpty()) {
      return pod.status().qosClass();
    }
    return computePodQos(pod);
  }

  // ComputePodQOS, on the pod as defaulting leaves it (a request left out defaults to its limit)
  static String computePodQos(Pod pod) {
    Map<String, Quantity> requests = new TreeMap<>();
    Map<String, Quantity> limits = new TreeMap<>();
    boolean guaranteed = true;
    List<Container> all = new ArrayList<>();
    if (pod.spec() != null) {
      all.addAll(pod.spec().containers());
      all.addAll(pod.spec().initContainers());
    }
    for (Container c : all) {
      ResourceRequirements r = c.resources() == null ? ResourceRequirements.EMPTY : c.resources();
      Map<String, Quantity> req = new TreeMap<>(r.requests());
      for (Map.Entry<String, Quantity> l : r.limits().entrySet())
        req.putIfAbsent(l.getKey(), l.getValue());
      for (Map.Entry<String, Quantity> e : req.entrySet()) {
        if (SUPPORTED.contains(e.getKey()) && e.getValue().signum() > 0) {
          requests.merge(e.getKey(), e.getValue(), Quantity::add);
        }
      }
      Set<String> found = new java.util.TreeSet<>();
      for (Map.Entry<String, Quantity> e : r.limits().entrySet()) {
        if (SUPPORTED.contains(e.getKey()) && e.getValue().signum() > 0) {
          found.add(e.getKey());
          limits.merge(e.getKey(), e.getValue(), Quantity::add);
        }
      }
      if (!found.containsAll(SUPPORTED)) guaranteed = false;
    }
    if (requests.isEmpty() && limits.isEmpty()) return Pod.QOS_BEST_EFFORT;
    if (guaranteed) {
      for (Map.Entry<String, Quantity> e : requests.entrySet()) {
        Quantity lim = limits.get(e.getKey());
        if (lim == null || lim.compareTo(e.getValue()) != 0) {
          guaranteed = false;
          break;
        }
      }
    }
    return guaranteed && requests.size() == limits.size() ? Pod.QOS_GUARANTEED : Pod.QOS_BURSTABLE;
  }
}
