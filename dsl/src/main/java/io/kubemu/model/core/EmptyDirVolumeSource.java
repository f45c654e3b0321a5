package io.kubemu.model.core;

import io.kubemu.model.Quantity;

/**
 * A directory that lives as long as the pod.
 *
 * @param medium "" (node storage, the default) or Memory
 */
public record EmptyDirVolumeSource(String medium, Quantity sizeLimit) {}
