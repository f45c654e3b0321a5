package io.kubemu.engine.runtime;

/** A container's state in the runtime (kubecontainer.State). */
public enum RuntimeState {
  /** Created, not started yet. */
  CREATED,
  /** Its process runs. */
  RUNNING,
  /** Its process ended. */
  EXITED
}
