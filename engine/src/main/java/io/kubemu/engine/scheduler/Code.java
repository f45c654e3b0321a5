package io.kubemu.engine.scheduler;

/**
 * The outcome class of a plugin call. Mirrors pkg/scheduler/framework/interface.go Code (v1.30).
 */
public enum Code {
  /** The plugin ran correctly and found the pod schedulable. */
  SUCCESS("Success"),
  /** An internal plugin error, unexpected input, etc. */
  ERROR("Error"),
  /** The pod does not fit, but preemption may help. */
  UNSCHEDULABLE("Unschedulable"),
  /** The pod does not fit on this node and preemption would not change that. */
  UNSCHEDULABLE_AND_UNRESOLVABLE("UnschedulableAndUnresolvable"),
  /** A Permit plugin wants the pod to wait. */
  WAIT("Wait"),
  /** The plugin has nothing to do for this pod; its later extension points are skipped. */
  SKIP("Skip"),
  /** The pod waits for something outside the scheduler. */
  PENDING("Pending");

  private final String text;

  Code(String text) {
    this.text = text;
  }

  /** {@return the name as upstream prints it} */
  @Override
  public String toString() {
    return text;
  }
}
