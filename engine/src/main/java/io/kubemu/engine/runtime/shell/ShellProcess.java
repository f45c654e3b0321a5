package io.kubemu.engine.runtime.shell;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A running script: a container's main process, or an exec probe or hook. It runs only inside
 * {@link #run}: each call executes everything due by {@code now} and reports the {@link Step} it
 * stopped at, never sleeping and never starting threads.
 *
 * <p>Time: the first call starts the process at its {@code now}. A process sleeping until {@code T}
 * resumes at {@code T} exactly, even when the call comes later (so {@code sleep 60; sleep 600} ends
 * at 660 s whatever the caller's granularity); everything then runs at that instant, which is what
 * {@code date} prints, and output lines are stamped with it. A call before the wake-up time does
 * nothing. Calls after the process exited or became long-running return the same step again.
 *
 * <p>Not thread-safe; deterministic.
 */
public final class ShellProcess {
  private final Interpreter interpreter;
  private Step last;

  ShellProcess(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  /**
   * Runs the process until it exits, sleeps past {@code now}, or can never do anything again.
   *
   * @param now the current virtual time; the first call starts the process at it
   * @return where the process stopped
   */
  public Step run(Instant now) {
    Objects.requireNonNull(now, "now");
    last = interpreter.run(now);
    return last;
  }

  /**
   * Runs the process, following its sleeps, up to {@code deadline}: for exec probes and hooks with
   * a timeout. Returns {@link Step.Exited} when it ended by then, {@link Step.Sleeping} with a
   * wake-up time after {@code deadline} when it timed out, or {@link Step.LongRunning}.
   */
  public Step runUntil(Instant now, Instant deadline) {
    Step step = run(now);
    while (step instanceof Step.Sleeping s && !s.wakeAt().isAfter(deadline)) {
      step = run(s.wakeAt());
    }
    return step;
  }

  /** The last step {@link #run} returned, or null before the first call. */
  public Step lastStep() {
    return last;
  }

  /** Whether the process has exited. */
  public boolean hasExited() {
    return last instanceof Step.Exited;
  }

  /**
   * The virtual time the process has reached: when it started, last woke up, or exited; null before
   * it started.
   */
  public Instant time() {
    return interpreter.time;
  }

  /**
   * What the simulation approximated, in order, without repeats: commands that are not simulated
   * ({@code `nginx -g daemon off;` is not simulated: treated as a long-running process}), busy
   * loops.
   */
  public List<String> notes() {
    return interpreter.notes();
  }
}
