package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.engine.runtime.ContainerBehaviors;
import io.kubemu.engine.runtime.ContainerInfo;
import io.kubemu.engine.runtime.ContainerRuntime;
import io.kubemu.engine.runtime.ProbeAnswer;
import io.kubemu.engine.runtime.ProbeCall;
import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.time.EventLoop;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Fault injection into the simulated nodes: unpullable images, crashing containers, failing probes,
 * containers killed from outside. Rules ({@link #imageUnpullable}, {@link #failProbe}) are asked
 * before any user behaviour; timed faults ({@link #crashContainer}) are event-loop tasks. Pods are
 * named by key {@code namespace/name} (globs allowed where stated). Not thread-safe.
 */
public final class Faults {

  /** The pull error of an unpullable image, as containerd reports a missing one. */
  public static final String DEFAULT_PULL_ERROR =
      "rpc error: code = NotFound desc = failed to pull and unpack image \"%1$s\": failed to"
          + " resolve reference \"%1$s\": %1$s: not found";

  private final Kubelets kubelets;
  private final ContainerBehaviors registry = new ContainerBehaviors();

  Faults(Kubelets kubelets) {
    this.kubelets = kubelets;
  }

  ContainerBehaviors registry() {
    return registry;
  }

  private EventLoop loop() {
    return kubelets.api().loop();
  }

  /** Pulls of images matching {@code imageGlob} fail from now on ({@link #DEFAULT_PULL_ERROR}). */
  public Faults imageUnpullable(String imageGlob) {
    return imageUnpullable(imageGlob, loop().now(), null);
  }

  /**
   * Pulls of images matching {@code imageGlob} started at or after {@code from} fail with {@code
   * error} (null: {@link #DEFAULT_PULL_ERROR} with the image).
   */
  public Faults imageUnpullable(String imageGlob, Instant from, String error) {
    Objects.requireNonNull(from, "from");
    registry.forImage(
        imageGlob,
        new ContainerBehavior() {
          @Override
          public Optional<String> pullFailure(ContainerInfo c, Instant now) {
            if (now.isBefore(from)) return Optional.empty();
            return Optional.of(
                error != null ? error : String.format(DEFAULT_PULL_ERROR, c.image()));
          }
        });
    return this;
  }

  /**
   * Probes of {@code type} of container {@code container} in the pods matching {@code podGlob} fail
   * from {@code from} on: an HTTP probe gets status 500, a TCP or gRPC probe is refused, an exec
   * probe exits 1.
   */
  public Faults failProbe(String podGlob, String container, ProbeType type, Instant from) {
    Objects.requireNonNull(type, "type");
    registry.forContainer(
        podGlob,
        container,
        new ContainerBehavior() {
          @Override
          public Optional<ProbeAnswer> probe(ProbeCall call) {
            if (call.type() != type || call.now().isBefore(from)) return Optional.empty();
            return Optional.of(ProbeAnswer.failure(failureOutput(call)));
          }
        });
    return this;
  }

  private static String failureOutput(ProbeCall call) {
    return switch (call.action()) {
      case ProbeCall.HTTP_GET -> "HTTP probe failed with statuscode: 500";
      case ProbeCall.TCP_SOCKET, ProbeCall.GRPC -> Prober.refused(call.host(), call.port());
      default -> "";
    };
  }

  /**
   * At {@code at} (now if past), the running instance of the container exits with {@code exitCode}
   * (reason Error, or Completed for 0), as if its process crashed.
   */
  public Faults crashContainer(String podKey, String container, int exitCode, Instant at) {
    loop()
        .schedule(
            at,
            "fault: container " + podKey + "/" + container + " crashes with " + exitCode,
            () ->
                kubelets
                    .container(podKey, container, false)
                    .ifPresent(c -> end(c, exitCode, null)));
    return this;
  }

  /**
   * Kills the running container now with SIGKILL (exit 137, reason Error), as {@code crictl stop}
   * does; the kubelet then restarts it per restartPolicy.
   *
   * @return whether a running container was killed
   */
  public boolean killContainer(String podKey, String container) {
    return kubelets
        .container(podKey, container, false)
        .map(c -> end(c, ContainerRuntime.SIGKILL_EXIT_CODE, null))
        .orElse(false);
  }

  /**
   * Kills the running container now as the kernel's OOM killer does (exit 137, reason OOMKilled).
   *
   * @return whether a running container was killed
   */
  public boolean oomKill(String podKey, String container) {
    return kubelets
        .container(podKey, container, false)
        .map(c -> end(c, ContainerRuntime.SIGKILL_EXIT_CODE, ContainerRuntime.REASON_OOM_KILLED))
        .orElse(false);
  }

  private boolean end(RuntimeContainer c, int exitCode, String reason) {
    for (Kubelet k : kubelets.kubelets()) {
      if (k.runtime().sandbox(c.sandbox().uid()).isPresent()) {
        return k.runtime().kill(c, exitCode, reason);
      }
    }
    return false;
  }

  /** Removes every fault rule (timed faults already scheduled still happen). */
  public void clear() {
    registry.clear();
  }
}
