package io.kubemu.model.core;

import java.time.Instant;

/** A condition of a claim (e.g. Resizing). */
public record PersistentVolumeClaimCondition(
    String type,
    String status,
    Instant lastProbeTime,
    Instant lastTransitionTime,
    String reason,
    String message) {}
