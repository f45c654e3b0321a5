package io.kubemu.engine.time;

import java.time.Instant;

/** A task scheduled on the {@link EventLoop}; lets the scheduler cancel it. */
public interface TaskHandle {

  /** {@return the virtual time the task runs at} */
  Instant time();

  /** {@return what the task does, for error messages and traces} */
  String description();

  /**
   * Cancels the task if it has not run yet.
   *
   * @return true if this call removed the task from the queue
   */
  boolean cancel();

  /** {@return whether the task was cancelled before it ran} */
  boolean isCancelled();

  /** {@return whether the task has run (or started running)} */
  boolean isDone();
}
