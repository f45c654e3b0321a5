package io.kubemu.model.apps;

/**
 * How a DaemonSet replaces its pods (apps/v1 DaemonSetUpdateStrategy).
 *
 * @param type {@value #ROLLING_UPDATE} (the default) or {@value #ON_DELETE}
 * @param rollingUpdate parameters when type is {@value #ROLLING_UPDATE}
 */
public record DaemonSetUpdateStrategy(String type, RollingUpdateDaemonSet rollingUpdate) {

  /** Replace old pods node by node (the default). */
  public static final String ROLLING_UPDATE = "RollingUpdate";

  /** Replace a pod only when it is deleted. */
  public static final String ON_DELETE = "OnDelete";
}
