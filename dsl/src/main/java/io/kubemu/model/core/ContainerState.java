package io.kubemu.model.core;

import java.time.Instant;

/** A container's state; at most one of the three is set (none means waiting). */
public record ContainerState(
    ContainerStateWaiting waiting,
    ContainerStateRunning running,
    ContainerStateTerminated terminated) {

  /** {@return a waiting state} */
  public static ContainerState waiting(String reason, String message) {
    return new ContainerState(new ContainerStateWaiting(reason, message), null, null);
  }

  /** {@return a running state} */
  public static ContainerState running(Instant startedAt) {
    return new ContainerState(null, new ContainerStateRunning(startedAt), null);
  }

  /** {@return a terminated state} */
  public static ContainerState terminated(ContainerStateTerminated terminated) {
    return new ContainerState(null, null, terminated);
  }
}
