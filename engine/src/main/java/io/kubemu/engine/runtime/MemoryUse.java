package io.kubemu.engine.runtime;

import io.kubemu.model.Quantity;
import java.time.Duration;
import java.util.Objects;

/**
 * The memory a container reaches {@code after} it started. Above the container's memory limit the
 * kernel's OOM killer ends it at that moment: exit code 137, reason {@code OOMKilled}.
 *
 * @param usage the working set reached, e.g. {@code 300Mi}
 * @param after the time from start until it is reached; zero or more
 */
public record MemoryUse(Quantity usage, Duration after) {

  public MemoryUse {
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) throw new IllegalArgumentException("negative duration: " + after);
  }

  /** {@return the use of {@code quantity} (e.g. "300Mi") reached after {@code after}} */
  public static MemoryUse of(String quantity, Duration after) {
    return new MemoryUse(Quantity.parse(quantity), after);
  }
}
