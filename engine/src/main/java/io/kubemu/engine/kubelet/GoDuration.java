package io.kubemu.engine.kubelet;

import java.time.Duration;

/** Go's {@code time.Duration.String()}, for messages that print durations ({@code 1m20s}). */
final class GoDuration {
  private GoDuration() {}

  /** {@return the duration as Go prints it: 0s, 500ms, 1.5s, 1m20s, 5m0s, 1h0m0s} */
  static String format(Duration d) {
    long nanos = d.toNanos();
    if (nanos == 0) return "0s";
    boolean neg = nanos < 0;
    long u = Math.abs(nanos);
    StringBuilder sb = new StringBuilder();
    if (u < 1_000_000_000L) {
      // less than a second: ns, µs or ms with a fraction
      String unit;
      long div;
      if (u < 1_000L) {
        unit = "ns";
        div = 1;
      } else if (u < 1_000_000L) {
        unit = "µs";
        div = 1_000L;
      } else {
        unit = "ms";
        div = 1_000_000L;
      }
      sb.append(fraction(u, div)).append(unit);
    } else {
      long totalSeconds = u / 1_000_000_000L;
      long fracNanos = u % 1_000_000_000L;
      long h = totalSeconds / 3600;
      long m = (totalSeconds % 3600) / 60;
      long s = totalSeconds % 60;
      if (h > 0) sb.append(h).append('h');
      if (h > 0 || m > 0) sb.append(m).append('m');
      sb.append(fraction(s * 1_000_000_000L + fracNanos, 1_000_000_000L)).append('s');
    }
    return neg ? "-" + sb : sb.toString();
  }

  private static String fraction(long value, long div) {
    long whole = value / div;
    long rest = value % div;
    if (rest == 0) return Long.toString(whole);
    int digits = Long.toString(div).length() - 1;
    String f = String.format("%0" + digits + "d", rest);
    int end = f.length();
    while (end > 0 && f.charAt(end - 1) == '0') end--;
    return whole + "." + f.substring(0, end);
  }
}
