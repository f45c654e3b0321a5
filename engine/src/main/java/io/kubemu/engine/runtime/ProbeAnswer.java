package io.kubemu.engine.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * A probe's outcome as a {@link ContainerBehavior} gives it.
 *
 * @param passed whether the probe passes
 * @param output the probe's output; for a failure it ends up in the {@code Unhealthy} event ({@code
 *     Liveness probe failed: <output>})
 * @param took how long the check took; longer than the probe's {@code timeoutSeconds} is a timeout
 *     failure. Default zero
 */
public record ProbeAnswer(boolean passed, String output, Duration took) {

  public ProbeAnswer {
    output = output == null ? "" : output;
    Objects.requireNonNull(took, "took");
  }

  /** {@return a passing probe} */
  public static ProbeAnswer success() {
    return new ProbeAnswer(true, "", Duration.ZERO);
  }

  /** {@return a failing probe with this output} */
  public static ProbeAnswer failure(String output) {
    return new ProbeAnswer(false, output, Duration.ZERO);
  }

  /** {@return this answer, arriving after {@code took}} */
  public ProbeAnswer withTook(Duration took) {
    return new ProbeAnswer(passed, output, took);
  }
}
