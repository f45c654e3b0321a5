package io.kubemu.engine.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * A container process that ends by itself: with {@code exitCode}, {@code after} it started.
 *
 * @param exitCode 0 to 255; 0 is success (reason {@code Completed}), anything else a failure
 *     (reason {@code Error})
 * @param after the time from start to exit; zero or more
 */
public record ContainerExit(int exitCode, Duration after) {

  public ContainerExit {
    if (exitCode < 0 || exitCode > 255) {
      throw new IllegalArgumentException("exit code out of range 0..255: " + exitCode);
    }
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) throw new IllegalArgumentException("negative duration: " + after);
  }

  /** {@return an exit with {@code exitCode} after {@code after}} */
  public static ContainerExit after(Duration after, int exitCode) {
    return new ContainerExit(exitCode, after);
  }
}
