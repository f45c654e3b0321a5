package io.kubemu.model.core;

import java.time.Instant;

/**
 * A container that ran and stopped.
 *
 * @param exitCode required
 * @param reason e.g. Completed, Error, OOMKilled
 * @param containerID {@code <type>://<id>}
 */
public record ContainerStateTerminated(
    Integer exitCode,
    Integer signal,
    String reason,
    String message,
    Instant startedAt,
    Instant finishedAt,
    String containerID) {}
