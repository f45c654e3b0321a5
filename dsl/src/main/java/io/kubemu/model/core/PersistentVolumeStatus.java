package io.kubemu.model.core;

import java.time.Instant;

/**
 * The observed state of a volume.
 *
 * @param phase Pending, Available, Bound, Released or Failed
 */
public record PersistentVolumeStatus(
    String phase, String message, String reason, Instant lastPhaseTransitionTime) {}
