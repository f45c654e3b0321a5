package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.util.ControllerRefManager;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.Informer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * kube-controller-manager's deployment controller (upstream pkg/controller/deployment/
 * deployment_controller.go): watches Deployments, their ReplicaSets and pods, and syncs each
 * Deployment in the order upstream does: deletion (status only), pause conditions, paused (scale
 * only), rollback, scaling event, then the rollout of its strategy. The work is split as upstream
 * splits it: {@link Sync} (sync.go), {@link Rolling} (rolling.go), {@link Recreate} (recreate.go),
 * {@link Rollback} (rollback.go) and {@link Progress} (progress.go).
 *
 * <p>Events come from {@code deployment-controller}. Runs on the event loop; not thread-safe.
 */
public final class DeploymentController implements Controller {

  final ApiServer api;
  final EventLoop loop;
  final EventRecorder.ComponentRecorder recorder;
  final WorkQueue queue;
  final Informer<Deployment> dLister;
  final Informer<ReplicaSet> rsLister;
  final Informer<Pod> podLister;
  final Sync sync = new Sync(this);
  final Rolling rolling = new Rolling(this);
  final Recreate recreate = new Recreate(this);
  final Rollback rollback = new Rollback(this);
  final Progress progress = new Progress(this);

  public DeploymentController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.recorder = ctx.events("deployment-controller");
    this.queue = ctx.queue("deployment", this::syncDeployment);
    this.dLister = new Informer<>(api, Deployment.class);
    this.rsLister = new Informer<>(api, ReplicaSet.class);
    this.podLister = new Informer<>(api, Pod.class);
  }

  @Override
  public String name() {
    return "deployment";
  }

  @Override
  public void start() {
    dLister.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(Deployment d) {
            enqueue(d);
          }

          @Override
          public void onUpdate(Deployment oldD, Deployment curD) {
            enqueue(curD);
          }

          @Override
          public void onDelete(Deployment d) {
            enqueue(d);
          }
        });
    rsLister.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onAdd(ReplicaSet rs) {
            addReplicaSet(rs);
          }

          @Override
          public void onUpdate(ReplicaSet oldRS, ReplicaSet curRS) {
            updateReplicaSet(oldRS, curRS);
          }

          @Override
          public void onDelete(ReplicaSet rs) {
            deleteReplicaSet(rs);
          }
        });
    podLister.addHandler(
        new Informer.Handler<>() {
          @Override
          public void onDelete(Pod pod) {
            deletePod(pod);
          }
        });
    dLister.start();
    rsLister.start();
    podLister.start();
  }

  // ---------------------------------------------------------------- event handlers

  // addReplicaSet: the owner, or every matching Deployment for an orphan
  private void addReplicaSet(ReplicaSet rs) {
    if (rs.metadata().deletionTimestamp() != null) {
      deleteReplicaSet(rs);
      return;
    }
    OwnerReference ref = rs.metadata().controllerRef();
    if (ref != null) {
      Deployment d = resolveControllerRef(rs.metadata().namespace(), ref);
      if (d != null) enqueue(d);
      return;
    }
    for (Deployment d : getDeploymentsForReplicaSet(rs)) enqueue(d);
  }

  // updateReplicaSet
  private void updateReplicaSet(ReplicaSet oldRS, ReplicaSet curRS) {
    if (Objects.equals(curRS.metadata().resourceVersion(), oldRS.metadata().resourceVersion())) {
      return;
    }
    OwnerReference curRef = curRS.metadata().controllerRef();
    OwnerReference oldRef = oldRS.metadata().controllerRef();
    boolean refChanged = !Objects.equals(curRef, oldRef);
    String ns = curRS.metadata().namespace();
    if (refChanged && oldRef != null) {
      Deployment d = resolveControllerRef(ns, oldRef);
      if (d != null) enqueue(d);
    }
    if (curRef != null) {
      Deployment d = resolveControllerRef(ns, curRef);
      if (d != null) enqueue(d);
      return;
    }
    boolean labelChanged = !curRS.metadata().labels().equals(oldRS.metadata().labels());
    if (labelChanged || refChanged) {
      for (Deployment d : getDeploymentsForReplicaSet(curRS)) enqueue(d);
    }
  }

  // deleteReplicaSet: only the owner cares
  private void deleteReplicaSet(ReplicaSet rs) {
    OwnerReference ref = rs.metadata().controllerRef();
    if (ref == null) return;
    Deployment d = resolveControllerRef(rs.metadata().namespace(), ref);
    if (d != null) enqueue(d);
  }

  // deletePod: a Recreate Deployment waits for its last old pod to go
  private void deletePod(Pod pod) {
    Deployment d = getDeploymentForPod(pod);
    if (d == null || d.spec().strategy() == null) return;
    if (!"Recreate".equals(d.spec().strategy().type())) return;
    List<ReplicaSet> rsList = new ArrayList<>();
    for (ReplicaSet rs : rsLister.list(d.metadata().namespace())) {
      OwnerReference ref = rs.metadata().controllerRef();
      if (ref != null && Objects.equals(ref.uid(), d.metadata().uid())) rsList.add(rs);
    }
    int numPods = 0;
    for (List<Pod> pods : getPodMapForDeployment(d, rsList).values()) numPods += pods.size();
    if (numPods == 0) enqueue(d);
  }

  private Deployment getDeploymentForPod(Pod pod) {
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref == null || !ReplicaSet.KIND.equals(ref.kind())) return null;
    ReplicaSet rs = rsLister.get(pod.metadata().namespace(), ref.name()).orElse(null);
    if (rs == null || !Objects.equals(rs.metadata().uid(), ref.uid())) return null;
    OwnerReference dRef = rs.metadata().controllerRef();
    return dRef == null ? null : resolveControllerRef(rs.metadata().namespace(), dRef);
  }

  private Deployment resolveControllerRef(String namespace, OwnerReference ref) {
    if (!Deployment.KIND.equals(ref.kind())) return null;
    Deployment d = dLister.get(namespace, ref.name()).orElse(null);
    return d != null && Objects.equals(d.metadata().uid(), ref.uid()) ? d : null;
  }

  private List<Deployment> getDeploymentsForReplicaSet(ReplicaSet rs) {
    return DeploymentUtil.getDeploymentsForReplicaSet(dLister.list(rs.metadata().namespace()), rs);
  }

  void enqueue(Deployment d) {
    queue.add(ControllerUtils.key(d));
  }

  void enqueueRateLimited(Deployment d) {
    queue.addRateLimited(ControllerUtils.key(d));
  }

  void enqueueAfter(Deployment d, Duration after) {
    queue.addAfter(ControllerUtils.key(d), after);
  }

  // ---------------------------------------------------------------- listing

  /**
   * getReplicaSetsForDeployment: every ReplicaSet of the namespace, adopting matching orphans and
   * releasing owned sets that stopped matching.
   */
  List<ReplicaSet> getReplicaSetsForDeployment(Deployment d) {
    Selector selector = DeploymentUtil.selector(d);
    if (selector == null) {
      throw ControllerUtils.syncError(
          "deployment " + d.metadata().key() + " has invalid label selector");
    }
    return new ControllerRefManager(api, d, selector)
        .claim(rsLister.list(d.metadata().namespace()));
  }

  /**
   * getPodMapForDeployment: the pods the Deployment's selector matches, grouped by the uid of the
   * ReplicaSet that controls them (inactive pods included: Recreate waits for them).
   */
  Map<String, List<Pod>> getPodMapForDeployment(Deployment d, List<ReplicaSet> rsList) {
    Map<String, List<Pod>> podMap = new LinkedHashMap<>();
    for (ReplicaSet rs : rsList) podMap.put(rs.metadata().uid(), new ArrayList<>());
    Selector selector = DeploymentUtil.selector(d);
    if (selector == null) return podMap;
    for (Pod pod : podLister.list(d.metadata().namespace(), selector)) {
      OwnerReference ref = pod.metadata().controllerRef();
      if (ref == null) continue;
      List<Pod> list = podMap.get(ref.uid());
      if (list != null) list.add(pod);
    }
    return podMap;
  }

  // ---------------------------------------------------------------- sync

  /** syncDeployment: one reconcile of the Deployment with this {@code namespace/name} key. */
  void syncDeployment(String key) {
    int slash = key.indexOf('/');
    Deployment cached = dLister.get(key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (cached == null) return; // deleted
    MutableDeployment d = new MutableDeployment(cached);

    LabelSelector everything = new LabelSelector(null, null);
    if (everything.equals(cached.spec().selector())) {
      recorder.event(
          cached,
          Event.TYPE_WARNING,
          "SelectingAll",
          "This deployment is selecting all pods. A non-empty selector is required.");
      DeploymentStatus s = d.status();
      long generation = DeploymentConditions.l(cached.metadata().generation());
      if (DeploymentConditions.l(s.observedGeneration()) < generation) {
        try {
          api.updateStatus(
              cached.withStatus(DeploymentConditions.withObservedGeneration(s, generation)));
        } catch (ApiException ignored) {
          // upstream ignores this error too
        }
      }
      return;
    }
    List<ReplicaSet> rsList = getReplicaSetsForDeployment(cached);
    // The pods by ReplicaSet matter to Recreate only; the pod cache does not change during a
    // sync, so they are listed when needed.

    if (cached.metadata().deletionTimestamp() != null) {
      sync.syncStatusOnly(d, rsList);
      return;
    }
    sync.checkPausedConditions(d);
    if (Boolean.TRUE.equals(cached.spec().paused())) {
      sync.sync(d, rsList);
      return;
    }
    if (Rollback.getRollbackTo(cached) != null) {
      rollback.rollback(d, rsList);
      return;
    }
    if (sync.isScalingEvent(d, rsList)) {
      sync.sync(d, rsList);
      return;
    }
    String type = cached.spec().strategy() == null ? null : cached.spec().strategy().type();
    if ("Recreate".equals(type)) {
      recreate.rolloutRecreate(d, rsList, getPodMapForDeployment(cached, rsList));
    } else if ("RollingUpdate".equals(type)) {
      rolling.rolloutRolling(d, rsList);
    } else {
      throw ControllerUtils.syncError("unexpected deployment strategy type: " + type);
    }
  }
}
