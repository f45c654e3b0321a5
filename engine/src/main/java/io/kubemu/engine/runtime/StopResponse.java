package io.kubemu.engine.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * What a container's main process does with its stop signal (SIGTERM, or the image's STOPSIGNAL):
 * exit with {@code exitCode} {@code after} the signal, or ignore it and be killed (SIGKILL, exit
 * 137) when the grace period runs out.
 *
 * @param exits whether it exits by itself
 * @param exitCode its exit code when it does (e.g. 0, or 143 = 128 + SIGTERM)
 * @param after how long it takes to exit; ignored when it does not exit
 */
public record StopResponse(boolean exits, int exitCode, Duration after) {

  /** A process that ignores the signal, as PID 1 without a handler does. */
  public static final StopResponse IGNORES = new StopResponse(false, 137, Duration.ZERO);

  public StopResponse {
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) throw new IllegalArgumentException("negative duration: " + after);
  }

  /** {@return a process that exits with {@code exitCode} {@code after} the signal} */
  public static StopResponse exitsAfter(Duration after, int exitCode) {
    return new StopResponse(true, exitCode, after);
  }

  /** {@return a process that ignores the signal} */
  public static StopResponse ignores() {
    return IGNORES;
  }
}
