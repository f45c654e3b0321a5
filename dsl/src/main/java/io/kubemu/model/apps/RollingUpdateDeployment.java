package io.kubemu.model.apps;

import io.kubemu.model.IntOrString;

/**
 * Parameters of a RollingUpdate deployment strategy (apps/v1 RollingUpdateDeployment).
 *
 * @param maxUnavailable how many pods may be unavailable during the update, absolute or percent of
 *     desired pods (rounded down); defaults to 25%
 * @param maxSurge how many pods may be created above the desired count, absolute or percent
 *     (rounded up); defaults to 25%; not 0 when maxUnavailable is 0
 */
public record RollingUpdateDeployment(IntOrString maxUnavailable, IntOrString maxSurge) {}
