package io.kubemu.model.apps;

import io.kubemu.model.IntOrString;

/**
 * How a Deployment replaces old pods by new ones (apps/v1 DeploymentStrategy).
 *
 * @param type {@value #ROLLING_UPDATE} (the default) or {@value #RECREATE}
 * @param rollingUpdate parameters when type is {@value #ROLLING_UPDATE}; must be null for {@value
 *     #RECREATE}
 */
public record DeploymentStrategy(String type, RollingUpdateDeployment rollingUpdate) {

  /** Kill all existing pods before creating new ones. */
  public static final String RECREATE = "Recreate";

  /** Replace the old ReplicaSet by the new one gradually (the default). */
  public static final String ROLLING_UPDATE = "RollingUpdate";

  /** {@return a {@value #RECREATE} strategy} */
  public static DeploymentStrategy recreate() {
    return new DeploymentStrategy(RECREATE, null);
  }

  /** {@return a {@value #ROLLING_UPDATE} strategy with the given bounds (null = default)} */
  public static DeploymentStrategy rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    return new DeploymentStrategy(
        ROLLING_UPDATE, new RollingUpdateDeployment(maxUnavailable, maxSurge));
  }
}
