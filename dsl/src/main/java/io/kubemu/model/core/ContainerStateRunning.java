package io.kubemu.model.core;

import java.time.Instant;

/** A running container. */
public record ContainerStateRunning(Instant startedAt) {}
