package io.kubemu.model.apps;

import io.kubemu.model.IntOrString;

/**
 * Parameters of a RollingUpdate DaemonSet update (apps/v1 RollingUpdateDaemonSet).
 *
 * @param maxUnavailable nodes whose daemon pod may be unavailable during the update, absolute or
 *     percent of desired pods (rounded up); defaults to 1
 * @param maxSurge nodes that may run an old and a new pod at once, absolute or percent (rounded
 *     up); defaults to 0; not 0 when maxUnavailable is 0
 */
public record RollingUpdateDaemonSet(IntOrString maxUnavailable, IntOrString maxSurge) {}
