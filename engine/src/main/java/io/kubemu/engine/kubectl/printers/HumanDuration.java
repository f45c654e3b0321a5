package io.kubemu.engine.kubectl.printers;

import java.time.Duration;
import java.time.Instant;

/**
 * kubectl's age rendering (k8s.io/apimachinery/pkg/util/duration): {@link #human} gives ~2-3
 * significant figures ({@code 5m12s}, {@code 10h}, {@code 3d4h}), {@link #shortHuman} one figure.
 * Stateless.
 */
public final class HumanDuration {
  private HumanDuration() {}

  private static final long MINUTE = 60;
  private static final long HOUR = 60 * MINUTE;

  /**
   * {@return the elapsed time from {@code since} to {@code now} as kubectl prints AGE columns, or
   * {@code <unknown>} when {@code since} is null} (printers.go translateTimestampSince)
   */
  public static String since(Instant since, Instant now) {
    if (since == null) return "<unknown>";
    return human(Duration.between(since, now));
  }

  /** {@return the duration as duration.HumanDuration renders it} */
  // duration.HumanDuration
  public static String human(Duration d) {
    // Go's int(d.Seconds()) truncates toward zero: -1.9s is -1, rendered "0s"
    long seconds = truncatedSeconds(d);
    if (seconds < -1) return "<invalid>";
    if (seconds < 0) return "0s";
    if (seconds < MINUTE * 2) return seconds + "s";
    long minutes = seconds / MINUTE;
    if (minutes < 10) {
      long s = seconds % 60;
      return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
    } else if (minutes < 60 * 3) {
      return minutes + "m";
    }
    long hours = seconds / HOUR;
    if (hours < 8) {
      long m = minutes % 60;
      return m == 0 ? hours + "h" : hours + "h" + m + "m";
    } else if (hours < 48) {
      return hours + "h";
    } else if (hours < 24 * 8) {
      long h = hours % 24;
      return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
    } else if (hours < 24 * 365 * 2) {
      return hours / 24 + "d";
    } else if (hours < 24 * 365 * 8) {
      long dy = (hours / 24) % 365;
      return dy == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + dy + "d";
    }
    return hours / 24 / 365 + "y";
  }

  /** {@return the duration as duration.ShortHumanDuration renders it} */
  // duration.ShortHumanDuration
  public static String shortHuman(Duration d) {
    long seconds = truncatedSeconds(d);
    if (seconds < -1) return "<invalid>";
    if (seconds < 0) return "0s";
    if (seconds < 60) return seconds + "s";
    long minutes = seconds / MINUTE;
    if (minutes < 60) return minutes + "m";
    long hours = seconds / HOUR;
    if (hours < 24) return hours + "h";
    if (hours < 24 * 365) return hours / 24 + "d";
    return hours / 24 / 365 + "y";
  }

  private static long truncatedSeconds(Duration d) {
    long s = d.getSeconds(); // floor
    if (s < 0 && d.getNano() > 0) s++; // toward zero
    return s;
  }
}
