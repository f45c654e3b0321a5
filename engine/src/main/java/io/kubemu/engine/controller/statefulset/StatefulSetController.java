package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.history.ApiHistory;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statefulset controller of kube-controller-manager (upstream stateful_set.go): watches
 * StatefulSets and pods, keeps pods' controller references (adopting orphans whose name and labels
 * fit, releasing pods that no longer fit), and hands each set with its pods to {@link
 * StatefulSetControl}. Events come from {@value #COMPONENT}. Not thread-safe: runs on the loop.
 */
public final class StatefulSetController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "statefulset";

  /** The event source component. */
  public static final String COMPONENT = "statefulset-controller";

  private final ApiServer api;
  private final StatefulSetControl control;
  private final WorkQueue queue;
  private final Map<String, Pod> podCache = new HashMap<>(); // last seen pods, lookups only

  /** A controller with v1.30's feature gates. */
  public StatefulSetController(ControllerContext ctx) {
    this(ctx, StatefulSetControl.Options.DEFAULT);
  }

  public StatefulSetController(ControllerContext ctx, StatefulSetControl.Options options) {
    this.api = ctx.api();
    this.control =
        new StatefulSetControl(
            new StatefulPodControl(new ApiObjectManager(api), ctx.events(COMPONENT)),
            StatefulSetStatusUpdater.through(api),
            new ApiHistory(api),
            ctx.loop()::now,
            options);
    this.queue = ctx.queue(NAME, this::sync);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    api.watch(StatefulSet.class, null, e -> enqueue(e.object()));
    api.watch(Pod.class, null, this::onPod);
  }

  private void enqueue(StatefulSet set) {
    queue.add(set.metadata().key());
  }

  private void onPod(WatchEvent<Pod> e) {
    Pod pod = e.object();
    String key = pod.metadata().key();
    switch (e.type()) {
      case ADDED -> addPod(pod);
      case MODIFIED -> updatePod(podCache.getOrDefault(key, pod), pod);
      case DELETED -> deletePod(pod);
    }
    if (e.type() == WatchEvent.Type.DELETED) podCache.remove(key);
    else podCache.put(key, pod);
  }

  // addPod: a created pod wakes its controller, or every set that could adopt it
  private void addPod(Pod pod) {
    if (pod.metadata().deletionTimestamp() != null) {
      deletePod(pod);
      return;
    }
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref != null) {
      StatefulSet set = resolveControllerRef(pod.metadata().namespace(), ref);
      if (set != null) enqueue(set);
      return;
    }
    getStatefulSetsForPod(pod).forEach(this::enqueue);
  }

  // updatePod: the old and the new controller; a pod turning ready is checked again after
  // minReadySeconds + 1s for availability
  private void updatePod(Pod old, Pod cur) {
    if (Objects.equals(old.metadata().resourceVersion(), cur.metadata().resourceVersion())
        && old != cur) {
      return;
    }
    boolean labelChanged = !old.metadata().labels().equals(cur.metadata().labels());
    OwnerReference curRef = cur.metadata().controllerRef();
    OwnerReference oldRef = old.metadata().controllerRef();
    boolean refChanged = !Objects.equals(curRef, oldRef);
    if (refChanged && oldRef != null) {
      StatefulSet set = resolveControllerRef(old.metadata().namespace(), oldRef);
      if (set != null) enqueue(set);
    }
    if (curRef != null) {
      StatefulSet set = resolveControllerRef(cur.metadata().namespace(), curRef);
      if (set == null) return;
      enqueue(set);
      int minReady = StatefulSetUtils.minReadySeconds(set);
      if (!PodUtils.isPodReady(old) && PodUtils.isPodReady(cur) && minReady > 0) {
        queue.addAfter(set.metadata().key(), Duration.ofSeconds(minReady + 1L));
      }
      return;
    }
    if (labelChanged || refChanged) getStatefulSetsForPod(cur).forEach(this::enqueue);
  }

  private void deletePod(Pod pod) {
    OwnerReference ref = pod.metadata().controllerRef();
    if (ref == null) return; // nobody cares about orphans being deleted
    StatefulSet set = resolveControllerRef(pod.metadata().namespace(), ref);
    if (set != null) enqueue(set);
  }

  /** resolveControllerRef: the set the reference names, if its uid still matches. */
  private StatefulSet resolveControllerRef(String namespace, OwnerReference ref) {
    if (!StatefulSet.KIND.equals(ref.kind())) return null;
    return api.find(StatefulSet.class, namespace, ref.name())
        .filter(s -> Objects.equals(s.metadata().uid(), ref.uid()))
        .orElse(null);
  }

  /** getStatefulSetsForPod: the sets in the pod's namespace whose selector matches it. */
  private List<StatefulSet> getStatefulSetsForPod(Pod pod) {
    List<StatefulSet> out = new ArrayList<>();
    for (StatefulSet s : api.list(StatefulSet.class, pod.metadata().namespace())) {
      Selector sel = selectorOrNull(s);
      if (sel != null && !sel.empty() && sel.matches(pod.metadata().labels())) out.add(s);
    }
    return out;
  }

  private static Selector selectorOrNull(StatefulSet set) {
    try {
      return Selector.from(StatefulSetUtils.spec(set).selector());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** sync: one StatefulSet, by {@code namespace/name}. */
  void sync(String key) {
    int slash = key.indexOf('/');
    StatefulSet set =
        api.find(StatefulSet.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (set == null) return; // deleted
    Selector selector = selectorOrNull(set);
    if (selector == null) return; // a non-transient error: do not retry
    adoptOrphanRevisions(set);
    List<Pod> pods = getPodsForStatefulSet(set, selector);
    StatefulSetStatus status = control.updateStatefulSet(set, pods);
    // one more sync to see pods become available
    int minReady = StatefulSetUtils.minReadySeconds(set);
    if (minReady > 0
        && status != null
        && (status.availableReplicas() == null ? 0 : status.availableReplicas())
            != StatefulSetUtils.replicas(set)) {
      queue.addAfter(key, Duration.ofSeconds(minReady));
    }
  }

  private void adoptOrphanRevisions(StatefulSet set) {
    List<ControllerRevision> orphans = new ArrayList<>();
    for (ControllerRevision r : control.listRevisions(set)) {
      if (r.metadata().controllerRef() == null) orphans.add(r);
    }
    if (orphans.isEmpty()) return;
    canAdopt(set);
    control.adoptOrphanRevisions(set, orphans);
  }

  // RecheckDeletionTimestamp: adopt only for the same, live set
  private void canAdopt(StatefulSet set) {
    StatefulSet fresh =
        api.get(StatefulSet.class, set.metadata().namespace(), set.metadata().name());
    if (!Objects.equals(fresh.metadata().uid(), set.metadata().uid())) {
      throw StatefulPodControl.syncError(
          "original StatefulSet "
              + set.metadata().key()
              + " is gone: got uid "
              + fresh.metadata().uid()
              + ", wanted "
              + set.metadata().uid());
    }
    if (fresh.metadata().deletionTimestamp() != null) {
      throw StatefulPodControl.syncError(
          set.metadata().key()
              + " has just been deleted at "
              + fresh.metadata().deletionTimestamp());
    }
  }

  /**
   * getPodsForStatefulSet (PodControllerRefManager.ClaimPods): the set's pods; an orphan whose
   * labels match and whose name is the set's is adopted, an owned pod that no longer fits is
   * released.
   */
  private List<Pod> getPodsForStatefulSet(StatefulSet set, Selector selector) {
    List<Pod> out = new ArrayList<>();
    String uid = set.metadata().uid();
    boolean deleting = set.metadata().deletionTimestamp() != null;
    for (Pod pod : api.list(Pod.class, set.metadata().namespace())) {
      OwnerReference ref = pod.metadata().controllerRef();
      boolean fits =
          selector.matches(pod.metadata().labels()) && StatefulSetUtils.isMemberOf(set, pod);
      if (ref != null) {
        if (!Objects.equals(ref.uid(), uid)) continue; // someone else's
        if (fits) out.add(pod);
        else if (!deleting) release(pod, uid);
      } else if (fits && !deleting && pod.metadata().deletionTimestamp() == null) {
        canAdopt(set);
        out.add(adopt(pod, set));
      }
    }
    return out;
  }

  private Pod adopt(Pod pod, StatefulSet set) {
    ObjectMeta sm = set.metadata();
    List<OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
    refs.add(new OwnerReference(set.apiVersion(), set.kind(), sm.name(), sm.uid(), true, true));
    return api.update(pod.withMetadata(pod.metadata().withOwnerReferences(refs)));
  }

  private void release(Pod pod, String uid) {
    List<OwnerReference> refs = new ArrayList<>(pod.metadata().ownerReferences());
    refs.removeIf(r -> Objects.equals(r.uid(), uid));
    try {
      api.update(pod.withMetadata(pod.metadata().withOwnerReferences(refs)));
    } catch (ApiException.NotFound e) {
      // ignore: the pod is gone
    }
  }
}
