package io.kubemu.engine.controller.nodelifecycle;

import java.time.Duration;

/**
 * kubectl drain's flags.
 *
 * @param ignoreDaemonSets --ignore-daemonsets: skip DaemonSet-managed pods; default false
 * @param deleteEmptyDirData --delete-emptydir-data: evict pods with emptyDir volumes; default false
 * @param force --force: evict pods without a controller; default false
 * @param timeout --timeout: give up after this long; zero (the default) waits forever
 * @param gracePeriodSeconds --grace-period: null (the default, kubectl's -1) uses each pod's own
 */
public record DrainOptions(
    boolean ignoreDaemonSets,
    boolean deleteEmptyDirData,
    boolean force,
    Duration timeout,
    Long gracePeriodSeconds) {

  /** No flags: kubectl drain's defaults. */
  public static final DrainOptions DEFAULT =
      new DrainOptions(false, false, false, Duration.ZERO, null);

  public DrainOptions {
    timeout = timeout == null ? Duration.ZERO : timeout;
  }

  public DrainOptions withIgnoreDaemonSets(boolean v) {
    return new DrainOptions(v, deleteEmptyDirData, force, timeout, gracePeriodSeconds);
  }

  public DrainOptions withDeleteEmptyDirData(boolean v) {
    return new DrainOptions(ignoreDaemonSets, v, force, timeout, gracePeriodSeconds);
  }

  public DrainOptions withForce(boolean v) {
    return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, v, timeout, gracePeriodSeconds);
  }

  public DrainOptions withTimeout(Duration v) {
    return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, v, gracePeriodSeconds);
  }

  public DrainOptions withGracePeriodSeconds(Long v) {
    return new DrainOptions(ignoreDaemonSets, deleteEmptyDirData, force, timeout, v);
  }
}
