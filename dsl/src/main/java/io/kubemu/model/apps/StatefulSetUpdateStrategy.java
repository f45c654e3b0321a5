package io.kubemu.model.apps;

/**
 * How a StatefulSet replaces its pods (apps/v1 StatefulSetUpdateStrategy).
 *
 * @param type {@value #ROLLING_UPDATE} (the default) or {@value #ON_DELETE}
 * @param rollingUpdate parameters when type is {@value #ROLLING_UPDATE}
 */
public record StatefulSetUpdateStrategy(
    String type, RollingUpdateStatefulSetStrategy rollingUpdate) {

  /** Replace pods in reverse ordinal order, respecting the partition (the default). */
  public static final String ROLLING_UPDATE = "RollingUpdate";

  /** Replace a pod only when it is deleted (the legacy behaviour). */
  public static final String ON_DELETE = "OnDelete";
}
