package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.runtime.RuntimeState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot of what the runtime knows of a pod (kubecontainer.PodStatus): taken when a sync
 * starts, so that decisions in that sync (back-off, as upstream) see the state it started from.
 *
 * @param sandboxReady whether a ready sandbox exists
 * @param ip the sandbox's IP, or null
 * @param containers every known container instance, newest first per name
 */
record PodRuntimeStatus(boolean sandboxReady, String ip, List<Instance> containers) {

  /** One container instance, frozen. */
  record Instance(
      RuntimeContainer container,
      String name,
      boolean init,
      RuntimeState state,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt,
      int exitCode,
      String reason,
      String message,
      int restartCount,
      String containerId,
      String image,
      String imageRef) {

    boolean running() {
      return state == RuntimeState.RUNNING;
    }

    boolean exited() {
      return state == RuntimeState.EXITED;
    }
  }

  static final PodRuntimeStatus NONE = new PodRuntimeStatus(false, null, List.of());

  static PodRuntimeStatus of(PodSandbox sb) {
    if (sb == null) return NONE;
    List<Instance> out = new ArrayList<>();
    for (RuntimeContainer c : sb.all()) {
      out.add(
          new Instance(
              c,
              c.name(),
              c.init(),
              c.state(),
              c.createdAt(),
              c.startedAt(),
              c.finishedAt(),
              c.exitCode(),
              c.reason(),
              c.message(),
              c.restartCount(),
              c.containerId(),
              c.image(),
              c.imageRef()));
    }
    return new PodRuntimeStatus(sb.ready(), sb.ip(), List.copyOf(out));
  }

  /** {@return the newest instance of a container, or null} (FindContainerStatusByName) */
  Instance latest(String name) {
    for (Instance i : containers) if (i.name.equals(name)) return i;
    return null;
  }

  /** {@return the newest exited instance of a container, or null} */
  Instance latestExited(String name) {
    for (Instance i : containers) if (i.name.equals(name) && i.exited()) return i;
    return null;
  }

  /** {@return the instances of a container, newest first} */
  List<Instance> instances(String name) {
    List<Instance> out = new ArrayList<>();
    for (Instance i : containers) if (i.name.equals(name)) out.add(i);
    return out;
  }

  /** {@return whether any container runs} */
  boolean anyRunning() {
    for (Instance i : containers) if (i.running()) return true;
    return false;
  }
}
