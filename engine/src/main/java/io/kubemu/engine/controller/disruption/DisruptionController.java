package io.kubemu.engine.controller.disruption;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.policy.PodDisruptionBudgetCondition;
import io.kubemu.model.policy.PodDisruptionBudgetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The disruption controller (pkg/controller/disruption/disruption.go, v1.30): keeps each
 * PodDisruptionBudget's status (currentHealthy, desiredHealthy, expectedPods, disruptionsAllowed,
 * disruptedPods, observedGeneration, the DisruptionAllowed condition) up to date. Admitted
 * evictions stay in disruptedPods until the pod is seen deleted or {@link #DELETION_TIMEOUT} (2
 * min) passed.
 */
public final class DisruptionController implements Controller {

  /** Upstream DeletionTimeout: how long an admitted eviction is awaited. */
  public static final Duration DELETION_TIMEOUT = Duration.ofMinutes(2);

  private final ApiServer api;
  private final WorkQueue queue;

  public DisruptionController(ControllerContext ctx) {
    this.api = Objects.requireNonNull(ctx.api());
    this.queue = ctx.queue("disruption", this::sync);
  }

  @Override
  public String name() {
    return "disruption";
  }

  @Override
  public void start() {
    api.watch(PodDisruptionBudget.class, null, e -> queue.add(e.object().metadata().key()));
    api.watch(Pod.class, null, e -> enqueueNamespace(e.object()));
    api.watch(ReplicaSet.class, null, e -> enqueueNamespace(e.object()));
    api.watch(Deployment.class, null, e -> enqueueNamespace(e.object()));
    api.watch(StatefulSet.class, null, e -> enqueueNamespace(e.object()));
  }

  private void enqueueNamespace(KubernetesObject o) {
    for (PodDisruptionBudget pdb : api.list(PodDisruptionBudget.class, o.metadata().namespace())) {
      queue.add(pdb.metadata().key());
    }
  }

  // trySync
  void sync(String key) {
    int slash = key.indexOf('/');
    String ns = key.substring(0, slash);
    PodDisruptionBudget pdb =
        api.find(PodDisruptionBudget.class, ns, key.substring(slash + 1)).orElse(null);
    if (pdb == null || pdb.spec() == null) return;
    Instant now = api.clock().instant();
    List<Pod> pods = new ArrayList<>();
    if (pdb.spec().selector() != null) {
      for (Pod p : api.list(Pod.class, ns)) {
        if (pdb.spec().selector().matches(p.metadata().labels())) pods.add(p);
      }
    }
    long generation = pdb.metadata().generation() == null ? 0 : pdb.metadata().generation();
    int[] counts;
    try {
      counts = expectedPodCount(pdb, pods);
    } catch (IllegalStateException e) {
      failSafe(pdb, generation, e.getMessage(), now);
      return;
    }
    Map<String, Instant> disrupted = new LinkedHashMap<>();
    Instant recheck = buildDisruptedPodMap(pods, pdb, now, disrupted);
    int currentHealthy = countHealthyPods(pods, disrupted, now);
    int expected = counts[0];
    int desired = counts[1];
    int allowed = currentHealthy - desired;
    if (expected <= 0 || allowed <= 0) allowed = 0;
    List<PodDisruptionBudgetCondition> prev =
        pdb.status() == null ? List.of() : pdb.status().conditions();
    PodDisruptionBudgetStatus status =
        new PodDisruptionBudgetStatus(
            generation,
            disrupted,
            allowed,
            currentHealthy,
            desired,
            expected,
            allowedCondition(prev, allowed, generation, now));
    if (!status.equals(pdb.status())) api.updateStatus(pdb.withStatus(status));
    if (recheck != null) queue.addAfter(key, Duration.between(now, recheck));
  }

  // getExpectedPodCount: {expectedCount, desiredHealthy}
  private int[] expectedPodCount(PodDisruptionBudget pdb, List<Pod> pods) {
    if (pdb.spec().maxUnavailable() != null) {
      int expected = expectedScale(pods);
      int maxUnavailable = pdb.spec().maxUnavailable().scaledValue(expected, true);
      return new int[] {expected, Math.max(0, expected - maxUnavailable)};
    }
    if (pdb.spec().minAvailable() != null) {
      if (!pdb.spec().minAvailable().percent()) {
        return new int[] {pods.size(), pdb.spec().minAvailable().intValue()};
      }
      int expected = expectedScale(pods);
      return new int[] {expected, pdb.spec().minAvailable().scaledValue(expected, true)};
    }
    return new int[] {pods.size(), 0};
  }

  // getExpectedScale: the sum of the distinct controllers' replicas
  private int expectedScale(List<Pod> pods) {
    Map<String, Integer> scales = new LinkedHashMap<>();
    for (Pod pod : pods) {
      var ref = pod.metadata().controllerRef();
      if (ref == null) {
        throw new IllegalStateException(
            "found no controller ref for pod \"" + pod.metadata().name() + "\"");
      }
      if (scales.containsKey(ref.uid())) continue;
      scales.put(ref.uid(), scaleOf(pod.metadata().namespace(), ref.kind(), ref.name()));
    }
    return scales.values().stream().mapToInt(Integer::intValue).sum();
  }

  // the finders: getPodReplicaSet, getPodDeployment (through its ReplicaSet), getPodStatefulSet
  private int scaleOf(String ns, String kind, String name) {
    switch (kind) {
      case ReplicaSet.KIND -> {
        ReplicaSet rs = api.find(ReplicaSet.class, ns, name).orElse(null);
        if (rs == null) break;
        var owner = rs.metadata().controllerRef();
        if (owner != null && Deployment.KIND.equals(owner.kind())) {
          return scaleOf(ns, Deployment.KIND, owner.name());
        }
        return rs.spec() == null || rs.spec().replicas() == null ? 1 : rs.spec().replicas();
      }
      case Deployment.KIND -> {
        Deployment d = api.find(Deployment.class, ns, name).orElse(null);
        if (d == null) break;
        return d.spec() == null || d.spec().replicas() == null ? 1 : d.spec().replicas();
      }
      case StatefulSet.KIND -> {
        StatefulSet s = api.find(StatefulSet.class, ns, name).orElse(null);
        if (s == null) break;
        return s.spec() == null || s.spec().replicas() == null ? 1 : s.spec().replicas();
      }
      default -> {}
    }
    throw new IllegalStateException("controller " + kind + "/" + name + " not found");
  }

  // buildDisruptedPodMap: keeps admitted evictions of pods still present and not yet deleted
  private static Instant buildDisruptedPodMap(
      List<Pod> pods, PodDisruptionBudget pdb, Instant now, Map<String, Instant> out) {
    Map<String, Instant> prev = pdb.status() == null ? Map.of() : pdb.status().disruptedPods();
    Instant recheck = null;
    for (Pod pod : pods) {
      if (pod.metadata().deletionTimestamp() != null) continue;
      Instant t = prev.get(pod.metadata().name());
      if (t == null) continue;
      Instant expires = t.plus(DELETION_TIMEOUT);
      if (!expires.isAfter(now)) continue; // upstream logs "Pod was expected to be deleted"
      out.put(pod.metadata().name(), t);
      if (recheck == null || expires.isBefore(recheck)) recheck = expires;
    }
    return recheck;
  }

  // countHealthyPods
  private static int countHealthyPods(List<Pod> pods, Map<String, Instant> disrupted, Instant now) {
    int n = 0;
    for (Pod pod : pods) {
      if (pod.metadata().deletionTimestamp() != null) continue;
      if (disrupted.containsKey(pod.metadata().name())) continue;
      if (PodHelpers.isReady(pod)) n++;
    }
    return n;
  }

  // failSafe
  private void failSafe(PodDisruptionBudget pdb, long generation, String message, Instant now) {
    PodDisruptionBudgetStatus s =
        pdb.status() == null
            ? new PodDisruptionBudgetStatus(null, null, 0, 0, 0, 0, null)
            : pdb.status();
    List<PodDisruptionBudgetCondition> conds =
        setCondition(
            s.conditions(),
            new PodDisruptionBudgetCondition(
                PodDisruptionBudgetCondition.DISRUPTION_ALLOWED,
                ConditionStatus.FALSE,
                generation,
                now,
                PodDisruptionBudgetCondition.SYNC_FAILED,
                message));
    api.updateStatus(
        pdb.withStatus(
            new PodDisruptionBudgetStatus(
                generation,
                s.disruptedPods(),
                0,
                s.currentHealthy(),
                s.desiredHealthy(),
                s.expectedPods(),
                conds)));
  }

  /**
   * {@return the conditions with DisruptionAllowed set from disruptionsAllowed}
   * (pdbhelper.UpdateDisruptionAllowedCondition)
   */
  static List<PodDisruptionBudgetCondition> allowedCondition(
      List<PodDisruptionBudgetCondition> conditions, int allowed, Long generation, Instant now) {
    boolean ok = allowed > 0;
    return setCondition(
        conditions,
        new PodDisruptionBudgetCondition(
            PodDisruptionBudgetCondition.DISRUPTION_ALLOWED,
            ok ? ConditionStatus.TRUE : ConditionStatus.FALSE,
            generation,
            now,
            ok
                ? PodDisruptionBudgetCondition.SUFFICIENT_PODS
                : PodDisruptionBudgetCondition.INSUFFICIENT_PODS,
            ""));
  }

  // apimeta.SetStatusCondition: lastTransitionTime changes only with the status
  private static List<PodDisruptionBudgetCondition> setCondition(
      List<PodDisruptionBudgetCondition> conditions, PodDisruptionBudgetCondition c) {
    List<PodDisruptionBudgetCondition> out = new ArrayList<>();
    boolean found = false;
    for (PodDisruptionBudgetCondition old : conditions) {
      if (old.type().equals(c.type())) {
        found = true;
        Instant t =
            old.status().equals(c.status()) ? old.lastTransitionTime() : c.lastTransitionTime();
        out.add(
            new PodDisruptionBudgetCondition(
                c.type(), c.status(), c.observedGeneration(), t, c.reason(), c.message()));
      } else {
        out.add(old);
      }
    }
    if (!found) out.add(c);
    return out;
  }
}
