package io.kubemu.engine.controller.disruption;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.core.Pod;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetSpec;
import io.kubemu.model.policy.PodDisruptionBudgetStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pods/eviction subresource (pkg/registry/core/pod/storage/eviction.go, v1.30): deletes a pod
 * unless that would violate a PodDisruptionBudget selecting it, in which case it answers 429
 * TooManyRequests "Cannot evict pod as it would violate the pod's disruption budget.".
 */
public final class Evictions {

  /** The 429 message of an eviction a budget blocks. */
  public static final String VIOLATES_BUDGET =
      "Cannot evict pod as it would violate the pod's disruption budget.";

  /** The DisruptionTarget reason the eviction API writes. */
  public static final String REASON_EVICTION = "EvictionByEvictionAPI";

  /** Upstream MaxDisruptedPodSize. */
  static final int MAX_DISRUPTED_POD_SIZE = 2000;

  private final ApiServer api;

  public Evictions(ApiServer api) {
    this.api = Objects.requireNonNull(api);
  }

  /**
   * Evicts a pod (EvictionREST.Create).
   *
   * @throws ApiException.NotFound if the pod does not exist
   * @throws ApiException.TooManyRequests if a budget does not allow the disruption now
   */
  public void evict(String namespace, String name, DeleteOptions options) {
    api.atomically(
        () -> {
          Pod pod = api.get(Pod.class, namespace, name);
          if (pod.metadata().deletionTimestamp() != null || canIgnorePdb(pod)) {
            deletePod(pod, options);
            return null;
          }
          List<PodDisruptionBudget> pdbs = budgetsFor(pod);
          if (pdbs.size() > 1) {
            throw new ApiException(
                500,
                "InternalError",
                "This pod has more than one PodDisruptionBudget, which the eviction subresource"
                    + " does not support.",
                null,
                null);
          }
          if (pdbs.isEmpty()) {
            deletePod(pod, options);
            return null;
          }
          PodDisruptionBudget pdb = pdbs.get(0);
          if (!PodHelpers.isReady(pod) && unhealthyMayGo(pdb)) {
            deletePod(pod, options);
            return null;
          }
          checkAndDecrement(pod.metadata().name(), pdb);
          deletePod(pod, options);
          return null;
        });
  }

  /**
   * {@return the budgets in the pod's namespace whose selector matches it}
   * (getPodDisruptionBudgets)
   */
  List<PodDisruptionBudget> budgetsFor(Pod pod) {
    List<PodDisruptionBudget> out = new ArrayList<>();
    for (PodDisruptionBudget pdb :
        api.list(PodDisruptionBudget.class, pod.metadata().namespace())) {
      if (pdb.spec() == null || pdb.spec().selector() == null) continue;
      if (pdb.spec().selector().matches(pod.metadata().labels())) out.add(pdb);
    }
    return out;
  }

  // canIgnorePDB: terminal or pending pods do not count against budgets
  private static boolean canIgnorePdb(Pod pod) {
    String phase = pod.status() == null ? null : pod.status().phase();
    return PodHelpers.isTerminal(pod) || Pod.PHASE_PENDING.equals(phase) || phase == null;
  }

  // the unhealthyPodEvictionPolicy branch of EvictionREST.Create
  private static boolean unhealthyMayGo(PodDisruptionBudget pdb) {
    String policy = pdb.spec().unhealthyPodEvictionPolicy();
    if (PodDisruptionBudgetSpec.ALWAYS_ALLOW.equals(policy)) return true;
    PodDisruptionBudgetStatus s = pdb.status();
    if (s == null) return false;
    int desired = nz(s.desiredHealthy());
    return nz(s.currentHealthy()) >= desired && desired > 0;
  }

  // checkAndDecrement
  private void checkAndDecrement(String podName, PodDisruptionBudget pdb) {
    PodDisruptionBudgetStatus s = pdb.status();
    long generation = pdb.metadata().generation() == null ? 0 : pdb.metadata().generation();
    if (s == null || s.observedGeneration() == null || s.observedGeneration() < generation) {
      throw new ApiException.TooManyRequests(VIOLATES_BUDGET, 10);
    }
    int allowed = nz(s.disruptionsAllowed());
    if (allowed < 0) {
      throw forbidden(podName, "pdb disruptions allowed is negative");
    }
    if (s.disruptedPods().size() > MAX_DISRUPTED_POD_SIZE) {
      throw forbidden(
          podName,
          "DisruptedPods map too big - too many evictions not confirmed by PDB controller");
    }
    if (allowed == 0) {
      throw new ApiException.TooManyRequests(VIOLATES_BUDGET, 0);
    }
    Map<String, java.time.Instant> disrupted = new LinkedHashMap<>(s.disruptedPods());
    disrupted.put(podName, api.clock().instant());
    PodDisruptionBudgetStatus next =
        new PodDisruptionBudgetStatus(
            s.observedGeneration(),
            disrupted,
            allowed - 1,
            s.currentHealthy(),
            s.desiredHealthy(),
            s.expectedPods(),
            allowed - 1 == 0
                ? DisruptionController.allowedCondition(
                    s.conditions(), 0, s.observedGeneration(), api.clock().instant())
                : s.conditions());
    api.updateStatus(pdb.withStatus(next));
  }

  // the DisruptionTarget condition, then the deletion (addConditionAndDeletePod)
  private void deletePod(Pod pod, DeleteOptions options) {
    if (pod.metadata().deletionTimestamp() == null) {
      Pod marked =
          PodHelpers.withCondition(
              pod,
              PodHelpers.disruptionTarget(REASON_EVICTION, "Eviction API: evicting"),
              api.clock().instant());
      api.updateStatus(marked);
    }
    api.delete(Pod.class, pod.metadata().namespace(), pod.metadata().name(), options);
  }

  private static ApiException forbidden(String podName, String cause) {
    return new ApiException(
        403, "Forbidden", "pods \"" + podName + "\" is forbidden: " + cause, null, null);
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}
