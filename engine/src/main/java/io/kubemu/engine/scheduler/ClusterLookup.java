package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listers plugins read besides the node snapshot (upstream's informer listers). Every method
 * has a neutral default, so tests implement only what they need; the {@link Scheduler} backs them
 * with its watches.
 */
public interface ClusterLookup {

  /** Knows nothing: no namespaces, no owners, no budgets. */
  ClusterLookup EMPTY = new ClusterLookup() {};

  /** {@return the labels of the namespace, or null when it is unknown} */
  default Map<String, String> namespaceLabels(String namespace) {
    return null;
  }

  /** {@return the names of the namespaces whose labels the selector matches, sorted} */
  default List<String> namespacesMatching(Selector selector) {
    return List.of();
  }

  /**
   * {@return the selector of the Services, ReplicationControllers, ReplicaSets and StatefulSets
   * selecting the pod, or an empty selector when there are none} (upstream helper.DefaultSelector,
   * used for the default topology spreading)
   */
  default Selector defaultSpreadSelector(Pod pod) {
    return Selector.everything();
  }

  /**
   * {@return why the pod's PersistentVolumeClaims keep it from being scheduled (a claim missing,
   * being deleted, or unbound with Immediate binding), empty when they do not} (what
   * VolumeBinding's PreFilter finds through its PVC, PV and StorageClass listers)
   */
  default Optional<String> volumeBindingProblem(Pod pod) {
    return Optional.empty();
  }

  /** {@return every PodDisruptionBudget} */
  default List<PodDisruptionBudget> podDisruptionBudgets() {
    return List.of();
  }

  /** {@return the latest version of the pod the scheduler has seen, or the pod itself} */
  default Pod currentPod(Pod pod) {
    return pod;
  }
}
