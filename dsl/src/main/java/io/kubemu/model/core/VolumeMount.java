package io.kubemu.model.core;

/**
 * Where a pod volume is mounted in a container (core/v1 VolumeMount).
 *
 * @param mountPath required
 * @param name required, the pod volume's name
 * @param mountPropagation None, HostToContainer or Bidirectional
 * @param readOnly defaults to false
 * @param subPath a path within the volume; defaults to its root
 * @param subPathExpr like subPath, expanding {@code $(VAR)} from the environment
 */
public record VolumeMount(
    String mountPath,
    String name,
    String mountPropagation,
    Boolean readOnly,
    String subPath,
    String subPathExpr) {

  /** {@return a read-write mount of the whole volume} */
  public static VolumeMount of(String name, String mountPath) {
    return new VolumeMount(mountPath, name, null, null, null, null);
  }
}
