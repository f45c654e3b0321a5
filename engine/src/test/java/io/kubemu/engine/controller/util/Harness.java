package io.kubemu.engine.controller.util;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.api.admission.AppsDefaults;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.deployment.DeploymentController;
import io.kubemu.engine.controller.replicaset.ReplicaSetController;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A control plane for controller tests: event loop, API server with the default admission, event
 * recorder and timeline, the replicaset and deployment controllers, and a stand-in for the
 * scheduler and kubelets: pods are bound round-robin to {@code node-1}, {@code node-2} on creation,
 * become Running and Ready after a chosen delay, and leave a chosen time after their deletion was
 * requested.
 */
public final class Harness {
  public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  public final EventLoop loop;
  public final Timeline timeline = new Timeline();
  public final ApiServer api;
  public final EventRecorder recorder;
  public final ControllerContext ctx;
  private Function<Pod, Duration> readyDelay = p -> Duration.ofSeconds(5);
  private Duration terminationDelay = Duration.ofSeconds(1);
  private int nextNode;

  /** A harness with Kubernetes' default admission. */
  public Harness(long seed) {
    this(seed, true);
  }

  /**
   * @param defaultAdmission install the full default admission (defaulting and validation of every
   *     kind); false: only the apps/v1 defaults of Deployments and ReplicaSets, which is cheaper
   *     for property tests that create thousands of pods
   */
  public Harness(long seed, boolean defaultAdmission) {
    loop = new EventLoop(T0, seed);
    api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
    if (defaultAdmission) {
      DefaultAdmission.install(api);
    } else {
      api.admission()
          .register(Deployment.class, appsDefaults())
          .register(ReplicaSet.class, appsDefaults());
    }
    api.admission().register(Pod.class, new BindOnCreate());
    recorder = new EventRecorder(api);
    ctx = new ControllerContext(api, loop, recorder);
  }

  /** Starts the replicaset and deployment controllers and the pod simulation. */
  public Harness start() {
    new ReplicaSetController(ctx).start();
    new DeploymentController(ctx).start();
    api.watch(Pod.class, null, this::onPod);
    loop.runDue();
    return this;
  }

  /** Sets how long a new pod takes to become Ready (null: never). */
  public Harness readyDelay(Function<Pod, Duration> delay) {
    this.readyDelay = Objects.requireNonNull(delay);
    return this;
  }

  /** Sets how long a pod takes to go once its deletion was requested; default 1 s. */
  public Harness terminationDelay(Duration delay) {
    this.terminationDelay = delay;
    return this;
  }

  private static Admission appsDefaults() {
    return new Admission() {
      @Override
      public KubernetesObject admit(AdmissionRequest r) {
        if (r.isStatus()) return r.object();
        if (r.object() instanceof Deployment d) return AppsDefaults.deployment(d);
        return AppsDefaults.replicaSet((ReplicaSet) r.object());
      }
    };
  }

  /** The scheduler's stand-in: binds a new pod to the next node. */
  private final class BindOnCreate implements Admission {
    @Override
    public KubernetesObject admit(AdmissionRequest r) {
      Pod p = (Pod) r.object();
      if (r.operation() != Operation.CREATE || !PodUtils.nodeName(p).isEmpty()) return p;
      return p.withNodeName("node-" + (1 + nextNode++ % 2));
    }
  }

  private void onPod(WatchEvent<Pod> e) {
    Pod p = e.object();
    String ns = p.metadata().namespace();
    String name = p.metadata().name();
    String uid = p.metadata().uid();
    if (e.type() == WatchEvent.Type.ADDED && p.metadata().deletionTimestamp() == null) {
      Duration d = readyDelay.apply(p);
      if (d != null) loop.scheduleAfter(d, "ready " + name, () -> markReady(ns, name, uid));
    } else if (e.type() == WatchEvent.Type.MODIFIED && p.metadata().deletionTimestamp() != null) {
      loop.scheduleAfter(terminationDelay, "remove " + name, () -> remove(ns, name, uid));
    }
  }

  /** Marks the pod Running and Ready now, as its kubelet would once its probe passes. */
  public void markReady(String ns, String name, String uid) {
    Pod cur = api.find(Pod.class, ns, name).orElse(null);
    if (cur == null
        || !cur.metadata().uid().equals(uid)
        || cur.metadata().deletionTimestamp() != null) {
      return;
    }
    Instant now = loop.now();
    PodStatus s =
        PodStatus.EMPTY
            .withPhase(Pod.PHASE_RUNNING)
            .withStartTime(cur.metadata().creationTimestamp())
            .withConditions(
                List.of(
                    new PodCondition(
                        PodCondition.READY, ConditionStatus.TRUE, null, now, null, null),
                    new PodCondition(
                        PodCondition.CONTAINERS_READY,
                        ConditionStatus.TRUE,
                        null,
                        now,
                        null,
                        null)));
    api.updateStatus(cur.withStatus(s));
  }

  private void remove(String ns, String name, String uid) {
    Pod cur = api.find(Pod.class, ns, name).orElse(null);
    if (cur == null || !cur.metadata().uid().equals(uid)) return;
    try {
      api.delete(Pod.class, ns, name, DeleteOptions.gracePeriod(0));
    } catch (ApiException.NotFound gone) {
      // already gone
    }
  }

  /** {@return the pods of a namespace that are not terminating} */
  public List<Pod> activePods(String ns) {
    return PodUtils.filterActivePods(api.list(Pod.class, ns));
  }

  /** {@return the messages of the events about an object, oldest first} */
  public List<String> events(KubernetesObject involved) {
    return api.list(Event.class, involved.metadata().namespace()).stream()
        .filter(
            e ->
                e.involvedObject() != null
                    && Objects.equals(e.involvedObject().uid(), involved.metadata().uid()))
        .sorted(
            java.util.Comparator.comparing(Event::firstTimestamp)
                .thenComparing(e -> e.metadata().name()))
        .map(e -> e.reason() + " " + e.message())
        .toList();
  }
}
