package io.kubemu.model.core;

/**
 * A local disk, partition or directory on one node.
 *
 * @param path required
 */
public record LocalVolumeSource(String path, String fsType) {}
