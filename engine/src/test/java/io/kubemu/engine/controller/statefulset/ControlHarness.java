package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.history.ApiHistory;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Drives {@link StatefulSetControl} by hand as upstream's stateful_set_control_test.go does: the
 * set and its revisions live in a real {@link ApiServer}, pods and claims in a {@link
 * FakeObjectManager}; each {@link #sync()} is one reconcile.
 */
final class ControlHarness {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 1);
  final ApiServer api = new ApiServer(loop);
  final FakeObjectManager om = new FakeObjectManager();
  final StatefulSetControl control;
  StatefulSet set;

  ControlHarness(StatefulSet set) {
    this(set, StatefulSetControl.Options.DEFAULT);
  }

  ControlHarness(StatefulSet set, StatefulSetControl.Options options) {
    EventRecorder recorder = new EventRecorder(api);
    control =
        new StatefulSetControl(
            new StatefulPodControl(om, recorder.forComponent("statefulset-controller", null)),
            StatefulSetStatusUpdater.through(api),
            new ApiHistory(api),
            loop::now,
            options);
    this.set = api.create(set);
  }

  /**
   * newStatefulSet: {@code name} with {@code replicas}, selector app=foo, one container "nginx" and
   * a volumeClaimTemplate "datadir" (as upstream's test helper), RollingUpdate partition 0.
   */
  static StatefulSet newStatefulSet(String name, int replicas) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: %s, namespace: default}
        spec:
          replicas: %d
          serviceName: governingsvc
          selector: {matchLabels: {app: foo}}
          updateStrategy: {type: RollingUpdate, rollingUpdate: {partition: 0}}
          podManagementPolicy: OrderedReady
          revisionHistoryLimit: 2
          template:
            metadata: {labels: {app: foo}}
            spec:
              containers:
              - {name: nginx, image: "nginx:1.25"}
          volumeClaimTemplates:
          - metadata: {name: datadir}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
        """
            .formatted(name, replicas),
        StatefulSet.class);
  }

  /** One reconcile of the set with its pods; the set is re-read afterwards. */
  void sync() {
    set = api.get(StatefulSet.class, "default", set.metadata().name());
    om.now(loop.now());
    control.updateStatefulSet(set, om.podList());
    set = api.get(StatefulSet.class, "default", set.metadata().name());
  }

  /** Changes the spec as a user would (an update of the stored set). */
  void edit(UnaryOperator<StatefulSet> change) {
    set = api.update(change.apply(api.get(StatefulSet.class, "default", set.metadata().name())));
  }

  void advance(Duration d) {
    loop.advance(d);
  }

  /** Marks every created pod Running and Ready now; {@return whether any pod changed} */
  boolean readyAll() {
    boolean changed = false;
    for (Pod p : om.podList()) {
      if (PodStates.isCreated(p) && !PodStates.isRunningAndReady(p)) {
        om.setRunningReady(p.metadata().name(), loop.now());
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Scales up as upstream's scaleUpStatefulSetControl: sync, make the newest pod Running and Ready,
   * until the set has its replicas ready; the calls made are forgotten.
   */
  void syncUntilReady() {
    for (int i = 0; i < 100; i++) {
      sync();
      readyAll();
      if (set.status() != null
          && set.status().readyReplicas() != null
          && set.status().readyReplicas() == StatefulSetUtils.replicas(set)
          && om.pods.size() == StatefulSetUtils.replicas(set)) {
        sync();
        om.drainCalls();
        return;
      }
    }
    throw new AssertionError("did not converge: " + om.pods.keySet());
  }

  List<String> podNames() {
    return om.pods.values().stream()
        .sorted(Comparator.comparingInt(StatefulSetUtils::getOrdinal))
        .map(p -> p.metadata().name())
        .toList();
  }

  String revisionOf(String pod) {
    return StatefulSetUtils.getPodRevision(om.pod(pod));
  }

  List<ControllerRevision> revisions() {
    return api.list(ControllerRevision.class, "default");
  }

  List<String> eventMessages() {
    return api.list(Event.class).stream()
        .sorted(Comparator.comparing(e -> e.metadata().creationTimestamp()))
        .map(e -> e.reason() + " " + e.message())
        .toList();
  }
}
