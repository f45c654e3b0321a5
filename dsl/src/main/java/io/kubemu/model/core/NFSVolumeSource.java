package io.kubemu.model.core;

/**
 * An NFS export.
 *
 * @param server required
 * @param path required
 * @param readOnly defaults to false
 */
public record NFSVolumeSource(String server, String path, Boolean readOnly) {}
