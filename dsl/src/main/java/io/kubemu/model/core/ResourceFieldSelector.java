package io.kubemu.model.core;

import io.kubemu.model.Quantity;

/**
 * A container's resource limit or request (the downward API).
 *
 * @param containerName required for volumes, optional for env
 * @param resource required, e.g. {@code limits.memory}
 * @param divisor defaults to 1
 */
public record ResourceFieldSelector(String containerName, String resource, Quantity divisor) {}
