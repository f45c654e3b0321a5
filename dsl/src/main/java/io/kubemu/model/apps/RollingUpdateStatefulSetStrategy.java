package io.kubemu.model.apps;

import io.kubemu.model.IntOrString;

/**
 * Parameters of a RollingUpdate StatefulSet update (apps/v1 RollingUpdateStatefulSetStrategy).
 *
 * @param partition ordinals at or above it are updated, those below keep the current revision;
 *     defaults to 0
 * @param maxUnavailable pods that may be unavailable during the update, absolute or percent
 *     (rounded up), not 0; defaults to 1 (alpha: MaxUnavailableStatefulSet)
 */
public record RollingUpdateStatefulSetStrategy(Integer partition, IntOrString maxUnavailable) {}
