package io.kubemu.engine.kubectl;

import java.time.Duration;

/**
 * The flags of {@code kubectl drain}.
 *
 * @param ignoreDaemonSets {@code --ignore-daemonsets}: skip DaemonSet-managed pods; default false
 * @param deleteEmptyDirData {@code --delete-emptydir-data}: evict pods with emptyDir volumes;
 *     default false
 * @param force {@code --force}: also evict pods without a controller; default false
 * @param gracePeriodSeconds {@code --grace-period}: -1 (the default) uses each pod's own
 * @param timeout {@code --timeout}: how long to wait in virtual time; zero (the default) waits
 *     forever
 * @param disableEviction {@code --disable-eviction}: delete instead of evicting; default false
 */
public record DrainOptions(
    boolean ignoreDaemonSets,
    boolean deleteEmptyDirData,
    boolean force,
    int gracePeriodSeconds,
    Duration timeout,
    boolean disableEviction) {

  /** kubectl's defaults. */
  public static final DrainOptions DEFAULT =
      new DrainOptions(false, false, false, -1, Duration.ZERO, false);
}
