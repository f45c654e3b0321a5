package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ContainerCommand;
import io.kubemu.engine.runtime.ContainerInfo;
import io.kubemu.engine.runtime.ImageConfig;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Starts one container (kuberuntime_manager.go doBackOff and kuberuntime_container.go
 * startContainer, v1.30): the restart back-off (CrashLoopBackOff: 10 s doubling to 300 s, counted
 * from the last exit), the image, the container's environment, CreateContainer (event Created),
 * StartContainer (event Started), then the postStart hook; a failed hook kills the container
 * (FailedPostStartHook). A failure leaves its reason in the reason cache for the waiting state.
 */
final class ContainerStarter {

  static final String CRASH_LOOP_BACK_OFF = "CrashLoopBackOff";
  static final String CREATE_CONTAINER_CONFIG_ERROR = "CreateContainerConfigError";
  static final String POST_START_HOOK_ERROR = "PostStartHookError";

  private final Kubelet k;

  ContainerStarter(Kubelet k) {
    this.k = k;
  }

  // getStableKey
  static String stableKey(Pod pod, Container c) {
    return pod.metadata().name()
        + "_"
        + pod.metadata().namespace()
        + "_"
        + pod.metadata().uid()
        + "_"
        + c.name()
        + "_"
        + Integer.toHexString(c.hashCode());
  }

  /**
   * Starts {@code c}; {@code done} gets whether it started.
   *
   * @param snapshot the runtime state the sync started from (back-off is counted from its exits)
   * @param retry asks for a sync at a later time (when a back-off ends)
   */
  void start(
      PodWorker w,
      Pod pod,
      Container c,
      boolean init,
      PodRuntimeStatus snapshot,
      Consumer<Instant> retry,
      Consumer<Boolean> done) {
    String uid = pod.metadata().uid();
    // doBackOff
    PodRuntimeStatus.Instance exited = snapshot.latestExited(c.name());
    if (exited != null) {
      String key = stableKey(pod, c);
      if (k.backoff.isInBackOffSince(key, exited.finishedAt())) {
        k.event(
            pod,
            c,
            Event.TYPE_WARNING,
            KubeletEvents.BACK_OFF_START_CONTAINER,
            "Back-off restarting failed container "
                + c.name()
                + " in pod "
                + ContainerRefs.format(pod));
        Duration b = k.backoff.get(key);
        k.reasons.add(
            uid,
            c.name(),
            CRASH_LOOP_BACK_OFF,
            "back-off "
                + GoDuration.format(b)
                + " restarting failed container="
                + c.name()
                + " pod="
                + ContainerRefs.format(pod));
        retry.accept(exited.finishedAt().plus(b));
        done.accept(false);
        return;
      }
      k.backoff.next(key, exited.finishedAt());
    }
    PodRuntimeStatus.Instance latest = snapshot.latest(c.name());
    int restartCount = latest != null ? latest.restartCount() + 1 : previousRestarts(pod, c, init);
    PodSandbox sb = w.sandbox();
    Map<String, String> env;
    try {
      env = Environment.resolve(k.api, pod, c, sb == null ? null : sb.ip(), k.hostIp);
    } catch (Environment.ConfigException e) {
      k.reasons.add(uid, c.name(), CREATE_CONTAINER_CONFIG_ERROR, e.getMessage());
      k.event(
          pod,
          c,
          Event.TYPE_WARNING,
          KubeletEvents.FAILED_TO_CREATE_CONTAINER,
          "Error: " + e.getMessage());
      retry.accept(k.loop.now().plus(Backoff.INITIAL));
      done.accept(false);
      return;
    }
    ImageConfig image = k.runtime.catalogue().lookup(c.image());
    List<String> argv = ContainerCommand.argv(c.command(), c.args(), image, env);
    ContainerInfo info =
        new ContainerInfo(
            pod.metadata().namespace(),
            pod.metadata().name(),
            uid,
            k.nodeName,
            c.name(),
            c.image(),
            init,
            restartCount,
            argv,
            null);
    k.images.ensureImageExists(
        pod,
        c,
        info,
        outcome -> {
          if (!outcome.ok()) {
            k.reasons.add(uid, c.name(), outcome.reason(), outcome.message());
            k.event(
                pod,
                c,
                Event.TYPE_WARNING,
                KubeletEvents.FAILED_TO_CREATE_CONTAINER,
                "Error: " + outcome.reason());
            if (ImageManager.ERR_IMAGE_PULL.equals(outcome.reason())) {
              w.resyncAfter(k.config.relistPeriod());
            }
            if (outcome.retryAt() != null) retry.accept(outcome.retryAt());
            done.accept(false);
            return;
          }
          create(w, pod, c, init, restartCount, argv, env, image, done);
        });
  }

  /** The restart count the API last showed, for a container the runtime no longer has. */
  private static int previousRestarts(Pod pod, Container c, boolean init) {
    PodStatus s = pod.status();
    if (s == null) return 0;
    List<ContainerStatus> list = init ? s.initContainerStatuses() : s.containerStatuses();
    ContainerStatus cs = PodPhases.find(list, c.name());
    return cs == null || cs.restartCount() == null || cs.containerID() == null
        ? 0
        : cs.restartCount() + 1;
  }

  private void create(
      PodWorker w,
      Pod pod,
      Container c,
      boolean init,
      int restartCount,
      List<String> argv,
      Map<String, String> env,
      ImageConfig image,
      Consumer<Boolean> done) {
    PodSandbox sb = w.sandbox();
    if (sb == null || !sb.ready()) {
      done.accept(false);
      return;
    }
    Set<Integer> ports =
        Ports.listening(c, image.ports(), image.ownProgram() || image.ports().isEmpty());
    Quantity memoryLimit = c.resources() == null ? null : c.resources().limits().get("memory");
    boolean toCompletion = init || !Pod.RESTART_ALWAYS.equals(pod.spec().restartPolicy());
    RuntimeContainer rc;
    try {
      rc =
          k.runtime.createContainer(
              sb,
              c,
              init,
              restartCount,
              argv,
              env,
              Volumes.mounts(c, sb.volumes()),
              ports,
              memoryLimit,
              toCompletion);
    } catch (RuntimeException e) {
      String msg = "failed to create containerd container: " + e.getMessage();
      k.reasons.add(pod.metadata().uid(), c.name(), "CreateContainerError", msg);
      k.event(
          pod, c, Event.TYPE_WARNING, KubeletEvents.FAILED_TO_CREATE_CONTAINER, "Error: " + msg);
      done.accept(false);
      return;
    }
    w.runtimeChanged();
    k.event(
        pod,
        c,
        Event.TYPE_NORMAL,
        KubeletEvents.CREATED_CONTAINER,
        "Created container " + c.name());
    Duration delay = k.runtime.behavior(rc).startDelay(rc.info()).orElse(Duration.ZERO);
    if (delay.isZero()) {
      startCreated(pod, c, rc, done);
    } else {
      k.loop.schedule(
          k.loop.now().plus(delay),
          "start of container " + rc,
          () -> startCreated(pod, c, rc, done));
    }
  }

  private void startCreated(Pod pod, Container c, RuntimeContainer rc, Consumer<Boolean> done) {
    String uid = pod.metadata().uid();
    k.runtime.startContainer(rc);
    k.event(
        pod,
        c,
        Event.TYPE_NORMAL,
        KubeletEvents.STARTED_CONTAINER,
        "Started container " + c.name());
    if (c.lifecycle() == null || c.lifecycle().postStart() == null) {
      k.reasons.remove(uid, c.name());
      done.accept(true);
      return;
    }
    k.hooks.run(
        pod,
        rc,
        c.lifecycle().postStart(),
        null,
        error -> {
          if (error == null) {
            k.reasons.remove(uid, c.name());
            done.accept(true);
            return;
          }
          k.event(
              pod,
              c,
              Event.TYPE_WARNING,
              KubeletEvents.FAILED_POST_START_HOOK,
              "PostStartHook failed");
          k.killer.kill(
              pod,
              rc,
              c,
              "FailedPostStartHook",
              PodActions.KillReason.FAILED_POST_START_HOOK,
              null,
              () -> {
                k.reasons.add(uid, c.name(), POST_START_HOOK_ERROR, error);
                done.accept(false);
              });
        },
        () -> {});
  }
}
