package io.kubemu.assertions.internal;

import java.math.BigDecimal;
import java.time.Duration;

/** Formats durations as Go's {@code time.Duration.String} does: {@code 1h2m3s}, {@code 1.5s}. */
public final class GoDurations {
  private GoDurations() {}

  private static String decimal(long units, int scale) {
    return BigDecimal.valueOf(units, scale).stripTrailingZeros().toPlainString();
  }

  /** {@return e.g. {@code 10m0s}, {@code 1h0m0s}, {@code 1.5s}, {@code 500ms}, {@code 0s}} */
  public static String format(Duration d) {
    if (d.isZero()) return "0s";
    if (d.isNegative()) return "-" + format(d.negated());
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      long nanos = d.toNanos();
      if (nanos < 1_000) return nanos + "ns";
      if (nanos < 1_000_000) return decimal(nanos, 3) + "µs";
      return decimal(nanos, 6) + "ms";
    }
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    String s = decimal(d.toSecondsPart() * 1_000_000_000L + d.toNanosPart(), 9) + "s";
    if (hours > 0) return hours + "h" + minutes + "m" + s;
    if (minutes > 0) return minutes + "m" + s;
    return s;
  }
}
