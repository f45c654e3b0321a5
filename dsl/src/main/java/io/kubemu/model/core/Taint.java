package io.kubemu.model.core;

import java.time.Instant;

/**
 * A node taint that repels pods not tolerating it (core/v1 Taint).
 *
 * @param key required
 * @param effect required: NoSchedule, PreferNoSchedule or NoExecute
 * @param timeAdded when a NoExecute taint was added
 */
public record Taint(String key, String value, String effect, Instant timeAdded) {

  /** effect NoSchedule: new pods that do not tolerate it are not scheduled. */
  public static final String EFFECT_NO_SCHEDULE = "NoSchedule";

  /** effect PreferNoSchedule: the scheduler tries to avoid the node. */
  public static final String EFFECT_PREFER_NO_SCHEDULE = "PreferNoSchedule";

  /** effect NoExecute: running pods that do not tolerate it are evicted. */
  public static final String EFFECT_NO_EXECUTE = "NoExecute";

  /** The node lifecycle controller's taint for a node whose Ready condition is False. */
  public static final String NOT_READY = "node.kubernetes.io/not-ready";

  /** The node lifecycle controller's taint for a node whose Ready condition is Unknown. */
  public static final String UNREACHABLE = "node.kubernetes.io/unreachable";

  /** The taint for a cordoned node ({@code spec.unschedulable}). */
  public static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";

  /** The taint for a node under memory pressure. */
  public static final String MEMORY_PRESSURE = "node.kubernetes.io/memory-pressure";

  /** The taint for a node under disk pressure. */
  public static final String DISK_PRESSURE = "node.kubernetes.io/disk-pressure";

  /** The taint for a node under PID pressure. */
  public static final String PID_PRESSURE = "node.kubernetes.io/pid-pressure";

  /** The taint for a node whose network is unavailable. */
  public static final String NETWORK_UNAVAILABLE = "node.kubernetes.io/network-unavailable";

  /** {@return a taint without a value} */
  public static Taint of(String key, String effect) {
    return new Taint(key, null, effect, null);
  }
}
