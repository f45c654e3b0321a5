package io.kubemu.model.core;

/**
 * A PersistentVolumeClaim in the pod's namespace, as a volume.
 *
 * @param claimName required
 * @param readOnly defaults to false
 */
public record PersistentVolumeClaimVolumeSource(String claimName, Boolean readOnly) {}
