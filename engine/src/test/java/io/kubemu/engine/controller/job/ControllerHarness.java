package io.kubemu.engine.controller.job;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.api.admission.BatchDefaults;
import io.kubemu.engine.api.admission.DefaultingAdmission;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A bare control plane for controller tests: an event loop, an API server with the decoding
 * defaults (no validation), an event recorder, the Job selector the API server generates on create
 * (BatchDefaults.generateSelector, as a watch until the API server does it), and helpers that play
 * the scheduler and the kubelet by writing pod status at chosen virtual times.
 */
public final class ControllerHarness {

  /** The virtual start time. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  public final EventLoop loop;
  public final ApiServer api;
  public final EventRecorder recorder;
  public final ControllerContext ctx;

  public ControllerHarness() {
    loop = new EventLoop(START, 1);
    api = new ApiServer(loop);
    api.admission().registerForAll(new DefaultingAdmission());
    recorder = new EventRecorder(api);
    ctx = new ControllerContext(api, loop, recorder);
    api.watch(Job.class, null, this::generateSelector);
  }

  // the job strategy's PrepareForCreate: the selector on controller-uid
  private void generateSelector(WatchEvent<Job> e) {
    Job job = e.object();
    if (e.type() != WatchEvent.Type.ADDED || job.spec() == null || job.spec().selector() != null) {
      return;
    }
    api.find(Job.class, job.metadata().namespace(), job.metadata().name())
        .filter(j -> j.spec().selector() == null)
        .ifPresent(j -> api.update(BatchDefaults.generateSelector(j)));
  }

  /** Starts a controller and lets it settle. */
  public <T extends Controller> T start(T controller) {
    controller.start();
    loop.runDue();
    return controller;
  }

  /** Creates an object and lets the control plane react. */
  public <T extends KubernetesObject> T create(T object) {
    T created = api.create(object);
    loop.runDue();
    return created;
  }

  public void advance(Duration d) {
    loop.advance(d);
  }

  /** The pods of a namespace, oldest first (then by name). */
  public List<Pod> pods(String namespace) {
    List<Pod> out = new ArrayList<>(api.list(Pod.class, namespace));
    out.sort(
        Comparator.comparing((Pod p) -> p.metadata().creationTimestamp())
            .thenComparing(p -> p.metadata().name()));
    return out;
  }

  /** The events about an object, in creation order, as "Type Reason Message". */
  public List<String> events(KubernetesObject involved) {
    List<Event> events = new ArrayList<>();
    for (Event e : api.list(Event.class)) {
      if (Objects.equals(e.involvedObject().uid(), involved.metadata().uid())) events.add(e);
    }
    events.sort(
        Comparator.comparing((Event e) -> e.firstTimestamp())
            .thenComparing(e -> Long.parseLong(e.metadata().resourceVersion())));
    return events.stream().map(e -> e.type() + " " + e.reason() + " " + e.message()).toList();
  }

  // ---------------------------------------------------------------- the kubelet's part

  /** Binds a pod to a node (the scheduler's part). */
  public Pod bind(Pod pod, String node) {
    Pod cur = current(pod);
    return api.update(cur.withNodeName(node));
  }

  /** Writes a pod's status; {@code edit} derives it from the current status (never null). */
  public Pod status(Pod pod, Function<PodStatus, PodStatus> edit) {
    Pod cur = current(pod);
    PodStatus s = cur.status() == null ? PodStatus.EMPTY : cur.status();
    return api.updateStatus(cur.withStatus(edit.apply(s)));
  }

  /** Running since now, with a Ready condition of the given status. */
  public Pod running(Pod pod, boolean ready) {
    Instant now = loop.now();
    return status(
        pod,
        s ->
            s.withPhase(Pod.PHASE_RUNNING)
                .withStartTime(s.startTime() == null ? now : s.startTime())
                .withConditions(List.of(readyCondition(ready, now, null)))
                .withContainerStatuses(
                    containerNames(pod).stream()
                        .map(
                            n ->
                                new ContainerStatus(
                                    n,
                                    ContainerState.running(now),
                                    null,
                                    ready,
                                    0,
                                    null,
                                    null,
                                    null,
                                    true))
                        .toList()));
  }

  /** Terminated: Succeeded for exit code 0, else Failed; Ready=False since now. */
  public Pod terminated(Pod pod, int exitCode) {
    Instant now = loop.now();
    String phase = exitCode == 0 ? Pod.PHASE_SUCCEEDED : Pod.PHASE_FAILED;
    String reason = exitCode == 0 ? "Completed" : "Error";
    return status(
        pod,
        s ->
            s.withPhase(phase)
                .withConditions(
                    List.of(
                        readyCondition(false, now, exitCode == 0 ? "PodCompleted" : "PodFailed")))
                .withContainerStatuses(
                    containerNames(pod).stream()
                        .map(
                            n ->
                                new ContainerStatus(
                                    n,
                                    ContainerState.terminated(
                                        new ContainerStateTerminated(
                                            exitCode,
                                            null,
                                            reason,
                                            null,
                                            s.startTime(),
                                            now,
                                            null)),
                                    null,
                                    false,
                                    0,
                                    null,
                                    null,
                                    null,
                                    false))
                        .toList()));
  }

  /** A container restart in place (restartPolicy OnFailure): restartCount + 1, running again. */
  public Pod restarted(Pod pod) {
    Instant now = loop.now();
    return status(
        pod,
        s ->
            s.withContainerStatuses(
                s.containerStatuses().stream()
                    .map(
                        c ->
                            c.withRestartCount(
                                    (c.restartCount() == null ? 0 : c.restartCount()) + 1)
                                .withState(ContainerState.running(now)))
                    .toList()));
  }

  /**
   * How a simulated kubelet runs a pod.
   *
   * @param startAfter from binding to Running and Ready
   * @param runFor from Running to the exit
   * @param exitCode 0 for Succeeded, else Failed
   */
  public record Run(Duration startAfter, Duration runFor, int exitCode) {}

  /**
   * A simulated kubelet on {@code node}: every new pod {@code behaviour} answers for (null: not
   * this kubelet's) is bound at once, runs after {@code startAfter} and exits after {@code runFor},
   * unless it was deleted meanwhile.
   */
  public void kubelet(String node, Function<Pod, Run> behaviour) {
    kubelet(p -> node, behaviour);
  }

  /**
   * As {@link #kubelet(String, Function)}, the scheduler placing each pod on the node {@code
   * placement} names (null: left pending).
   */
  public void kubelet(Function<Pod, String> placement, Function<Pod, Run> behaviour) {
    api.watch(
        Pod.class,
        null,
        e -> {
          if (e.type() != WatchEvent.Type.ADDED || e.object().spec().nodeName() != null) return;
          Pod p = e.object();
          Run r = behaviour.apply(p);
          String node = placement.apply(p);
          if (r == null || node == null) return;
          bind(p, node);
          loop.scheduleAfter(
              r.startAfter(),
              "start " + p.key(),
              () -> {
                if (!alive(p)) return;
                running(p, true);
                loop.scheduleAfter(
                    r.runFor(),
                    "exit " + p.key(),
                    () -> {
                      if (alive(p)) terminated(p, r.exitCode());
                    });
              });
        });
  }

  /**
   * Makes the simulated kubelets stop a deleted pod's containers {@code after} its deletion and
   * remove it (the kubelet's final delete with grace period 0), instead of waiting for the whole
   * grace period.
   */
  public void stopDeletedPodsAfter(Duration after) {
    api.watch(
        Pod.class,
        null,
        e -> {
          Pod p = e.object();
          if (e.type() != WatchEvent.Type.MODIFIED || p.metadata().deletionTimestamp() == null) {
            return;
          }
          loop.scheduleAfter(
              after,
              "stop " + p.key(),
              () -> {
                Pod cur =
                    api.find(Pod.class, p.metadata().namespace(), p.metadata().name()).orElse(null);
                if (cur != null && Objects.equals(cur.metadata().uid(), p.metadata().uid())) {
                  api.delete(
                      Pod.class,
                      p.metadata().namespace(),
                      p.metadata().name(),
                      io.kubemu.engine.api.DeleteOptions.gracePeriod(0));
                }
              });
        });
  }

  private boolean alive(Pod p) {
    return api.find(Pod.class, p.metadata().namespace(), p.metadata().name())
        .filter(c -> Objects.equals(c.metadata().uid(), p.metadata().uid()))
        .filter(c -> c.metadata().deletionTimestamp() == null)
        .isPresent();
  }

  private static PodCondition readyCondition(boolean ready, Instant now, String reason) {
    return new PodCondition(
        PodCondition.READY,
        ready ? ConditionStatus.TRUE : ConditionStatus.FALSE,
        null,
        now,
        reason,
        null);
  }

  private static List<String> containerNames(Pod pod) {
    return pod.spec().containers().stream().map(c -> c.name()).toList();
  }

  /** {@return the stored version of the pod} */
  public Pod current(Pod pod) {
    return api.get(Pod.class, pod.metadata().namespace(), pod.metadata().name());
  }
}
