package io.kubemu.engine.runtime.shell;

import java.time.Instant;

/** Where a {@link ShellProcess} stands after {@link ShellProcess#run}. */
public sealed interface Step {

  /** The process ended with {@code exitCode} (0 to 255). */
  record Exited(int exitCode) implements Step {}

  /**
   * The process is alive and waits for virtual time: call {@link ShellProcess#run} again at (or
   * after) {@code wakeAt}. Nothing happens in it before then.
   */
  record Sleeping(Instant wakeAt) implements Step {}

  /**
   * The process runs forever and never changes anything by itself again: it ran a command that is
   * not simulated (a server such as {@code nginx}), {@code sleep infinity}, or a loop that never
   * sleeps. {@code reason} says which, for notes and debugging.
   */
  record LongRunning(String reason) implements Step {}
}
