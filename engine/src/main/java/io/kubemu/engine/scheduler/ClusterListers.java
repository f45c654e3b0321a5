package io.kubemu.engine.scheduler;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.volume.PodVolumes;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scheduler's informer caches besides nodes: the latest version of each live pod, and the
 * namespaces, Services, ReplicaSets, StatefulSets and PodDisruptionBudgets plugins look up. Not
 * thread-safe.
 */
final class ClusterListers implements ClusterLookup {

  final Map<String, Pod> pods = new HashMap<>();
  final TreeMap<String, Namespace> namespaces = new TreeMap<>();
  final TreeMap<String, Service> services = new TreeMap<>();
  final Map<String, ReplicaSet> replicaSets = new HashMap<>();
  final Map<String, StatefulSet> statefulSets = new HashMap<>();
  final TreeMap<String, PodDisruptionBudget> pdbs = new TreeMap<>();

  // claims, volumes and storage classes are read from the API server's store (the informer caches
  // of VolumeBinding's listers hold the same objects in kubemu, where watches deliver in order)
  private final ApiServer api;

  /** Listers over the API server's objects; null for none (volume lookups then find nothing). */
  ClusterListers(ApiServer api) {
    this.api = api;
  }

  static String key(KubernetesObject o) {
    return o.metadata().namespace() + "/" + o.metadata().name();
  }

  @Override
  public Map<String, String> namespaceLabels(String namespace) {
    Namespace ns = namespaces.get(namespace);
    return ns == null ? null : ns.metadata().labels();
  }

  @Override
  public List<String> namespacesMatching(Selector selector) {
    List<String> out = new ArrayList<>();
    for (Namespace ns : namespaces.values()) {
      if (selector.matches(ns.metadata().labels())) {
        out.add(ns.metadata().name());
      }
    }
    return out;
  }

  /**
   * The labels of the Services selecting the pod, merged, plus the selector of the ReplicaSet or
   * StatefulSet controlling it (upstream helper.DefaultSelector; ReplicationControllers are not
   * modelled).
   */
  @Override
  public Selector defaultSpreadSelector(Pod pod) {
    Map<String, String> labelSet = new LinkedHashMap<>();
    String ns = pod.metadata().namespace();
    for (Service s : services.subMap(ns + "/", ns + "/\uffff").values()) {
      Map<String, String> sel = s.spec() == null ? Map.of() : s.spec().selector();
      if (sel.isEmpty()) {
        continue; // services with nil selectors match nothing, not everything
      }
      if (Selector.fromSet(sel).matches(pod.metadata().labels())) {
        labelSet.putAll(sel);
      }
    }
    Selector selector = Selector.fromSet(labelSet);
    OwnerReference owner = pod.metadata().controllerRef();
    if (owner == null) {
      return selector;
    }
    LabelSelector other = null;
    if ("apps/v1".equals(owner.apiVersion()) && ReplicaSet.KIND.equals(owner.kind())) {
      ReplicaSet rs = replicaSets.get(ns + "/" + owner.name());
      other = rs == null || rs.spec() == null ? null : rs.spec().selector();
    } else if ("apps/v1".equals(owner.apiVersion()) && StatefulSet.KIND.equals(owner.kind())) {
      StatefulSet ss = statefulSets.get(ns + "/" + owner.name());
      other = ss == null || ss.spec() == null ? null : ss.spec().selector();
    }
    if (other != null) {
      try {
        Selector parsed = Selector.from(other);
        if (!parsed.matchesNothing()) {
          selector = selector.add(parsed.requirements().toArray(Selector.Requirement[]::new));
        }
      } catch (IllegalArgumentException invalid) {
        // an invalid selector adds nothing
      }
    }
    return selector;
  }

  @Override
  public Optional<String> volumeBindingProblem(Pod pod) {
    return api == null ? Optional.empty() : PodVolumes.schedulingProblem(pod, api);
  }

  @Override
  public List<PodDisruptionBudget> podDisruptionBudgets() {
    return new ArrayList<>(pdbs.values());
  }

  @Override
  public Pod currentPod(Pod pod) {
    Pod p = pods.get(key(pod));
    return p == null ? pod : p;
  }
}
