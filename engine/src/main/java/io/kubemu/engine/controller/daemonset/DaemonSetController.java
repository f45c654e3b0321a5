package io.kubemu.engine.controller.daemonset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.controller.util.Informer;
import io.kubemu.engine.controller.util.PodControl;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetUpdateStrategy;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DaemonSet controller (upstream pkg/controller/daemon/daemon_controller.go and update.go,
 * v1.30): one pod per eligible node, pinned to it by a {@code metadata.name} node affinity the
 * scheduler honours; pods on nodes no longer eligible deleted, failed pods replaced (with a
 * back-off of 1 s doubling to 15 min), RollingUpdate (maxUnavailable, maxSurge) or OnDelete, the
 * ControllerRevision history and the status counters.
 *
 * <p>kubemu's API reads are never stale, so upstream's expectations reduce to this: a sync that
 * created or deleted pods does not also run the rolling update; the watch events of those writes
 * bring the next sync. The nodes and pods a sync reads come from a write-fed index (never stale, as
 * the API server's lists), NodeShouldRunDaemonPod answers are kept per node across syncs, and the
 * daemon pods are read once per sync (again only after its own pod writes). Node deletions are not
 * watched (as upstream): pods bound to a deleted node are the pod garbage collector's. Events
 * (component {@value #COMPONENT}): SuccessfulCreate, SuccessfulDelete, FailedCreate, FailedDelete,
 * FailedDaemonPod, SucceededDaemonPod, SelectingAll. Not thread-safe: runs on the event loop.
 */
public final class DaemonSetController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "daemonset";

  /** The event source component. */
  public static final String COMPONENT = "daemonset-controller";

  private final ApiServer api;
  private final EventLoop loop;
  private final EventRecorder.ComponentRecorder recorder;
  private final WorkQueue queue;
  private final PodControl podControl;
  private final DaemonSetPods.FailedPodsBackoff failedPodsBackoff =
      new DaemonSetPods.FailedPodsBackoff();
  private final Informer<DaemonSet> daemonSets;
  private final Informer<Pod> pods;
  private final Informer<Node> nodes;
  private final Informer<ControllerRevision> histories;
  private final DaemonSetIndex index;
  private final ShouldRunCache shouldRunCache = new ShouldRunCache();
  // the parsed selector per DaemonSet, reused while the selector is equal (pods remember their
  // answer per Selector object); lookups only
  private final Map<String, Selectors> selectors = new HashMap<>();

  private record Selectors(LabelSelector labelSelector, Selector selector) {}

  public DaemonSetController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.recorder = ctx.events(COMPONENT);
    this.queue = ctx.queue(NAME, this::syncDaemonSet);
    this.podControl = new PodControl(api, recorder);
    this.index = new DaemonSetIndex(api);
    this.daemonSets = new Informer<>(api, DaemonSet.class).addHandler(new DaemonSetHandlers(this));
    this.pods = new Informer<>(api, Pod.class).addHandler(new DaemonSetHandlers.Pods(this));
    this.nodes = new Informer<>(api, Node.class).addHandler(new DaemonSetHandlers.Nodes(this));
    this.histories =
        new Informer<>(api, ControllerRevision.class)
            .addHandler(new DaemonSetHandlers.Histories(this));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    daemonSets.start();
    histories.start();
    pods.start();
    nodes.start();
  }

  // syncDaemonSet
  private void syncDaemonSet(String key) {
    int slash = key.indexOf('/');
    DaemonSet ds =
        api.find(DaemonSet.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (ds == null || ds.spec() == null || ds.spec().template() == null) {
      shouldRunCache.forget(key);
      selectors.remove(key);
      return;
    }
    List<Node> nodeList = index.nodes();
    if (ds.spec().selector() == null
        || (ds.spec().selector().matchLabels().isEmpty()
            && ds.spec().selector().matchExpressions().isEmpty())) {
      recorder.event(
          ds,
          Event.TYPE_WARNING,
          "SelectingAll",
          "This daemon set is selecting all pods. A non-empty selector is required.");
      return;
    }
    // a DaemonSet being deleted may have lost its history already: its status is not computed
    if (ds.metadata().deletionTimestamp() != null) return;
    DaemonSetHistory.Histories h = DaemonSetHistory.constructHistory(api, ds);
    String hash = h.cur().metadata().label(DaemonSetUtil.REVISION_HASH_LABEL);
    DaemonSetSync sync =
        new DaemonSetSync(
            this, ds, nodeList, hash, shouldRunCache.of(ds, nodeList.size()), selector(ds));
    ApiException err = null;
    try {
      updateDaemonSet(sync, h.old());
    } catch (ApiException e) {
      err = e;
    }
    DaemonSetStatusUpdater.updateDaemonSetStatus(this, sync, true);
    if (err != null) throw err;
  }

  // updateDaemonSet: manage, then the update strategy, then the history clean-up
  private void updateDaemonSet(DaemonSetSync sync, List<ControllerRevision> old) {
    int writes = sync.manage();
    DaemonSetUpdateStrategy strategy = sync.ds.spec().updateStrategy();
    if (writes == 0
        && strategy != null
        && DaemonSetUpdateStrategy.ROLLING_UPDATE.equals(strategy.type())) {
      RollingUpdate.rollingUpdate(sync);
    }
    try {
      DaemonSetHistory.cleanupHistory(api, sync.ds, old);
    } catch (ApiException e) {
      throw new ApiException(
          e.code(),
          e.reason(),
          "failed to clean up revisions of DaemonSet: " + e.getMessage(),
          e.kind(),
          e.name());
    }
  }

  private Selector selector(DaemonSet ds) {
    Selectors s = selectors.get(ds.key());
    LabelSelector ls = ds.spec().selector();
    if (s == null || !s.labelSelector().equals(ls)) {
      s = new Selectors(ls, Selector.from(ls));
      selectors.put(ds.key(), s);
    }
    return s.selector();
  }

  /** resolveControllerRef: the DaemonSet of that name and uid. */
  DaemonSet resolveControllerRef(String namespace, OwnerReference ref) {
    if (!DaemonSet.KIND.equals(ref.kind())) return null;
    return api.find(DaemonSet.class, namespace, ref.name())
        .filter(ds -> Objects.equals(ds.metadata().uid(), ref.uid()))
        .orElse(null);
  }

  /** getDaemonSetsForPod / GetHistoryDaemonSets: the namespace's DaemonSets selecting it. */
  List<DaemonSet> selecting(KubernetesObject o) {
    return api.list(DaemonSet.class, o.metadata().namespace()).stream()
        .filter(ds -> ds.spec() != null && ds.spec().selector() != null)
        .filter(ds -> Selector.from(ds.spec().selector()).matches(o.metadata().labels()))
        .toList();
  }

  void enqueue(DaemonSet ds) {
    queue.add(ds.key());
  }

  void enqueueAfter(DaemonSet ds, Duration after) {
    queue.addAfter(ds.key(), after);
  }

  boolean isReady(Pod p) {
    return PodUtils.isPodReady(p);
  }

  ApiServer api() {
    return api;
  }

  EventLoop loop() {
    return loop;
  }

  EventRecorder.ComponentRecorder recorder() {
    return recorder;
  }

  WorkQueue queue() {
    return queue;
  }

  DaemonSetIndex index() {
    return index;
  }

  PodControl podControl() {
    return podControl;
  }

  DaemonSetPods.FailedPodsBackoff failedPodsBackoff() {
    return failedPodsBackoff;
  }
}
