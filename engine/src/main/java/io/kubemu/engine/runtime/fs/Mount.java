package io.kubemu.engine.runtime.fs;

import java.util.Objects;

/**
 * A volume mounted into a container: Kubernetes' {@code volumeMounts[]} entry bound to the volume's
 * files.
 *
 * @param mountPath where the volume appears in the container; absolute, not {@code /}; normalised
 * @param volume the volume's files, shared by every container that mounts it (an emptyDir is one
 *     {@link MemoryFileSystem} per pod)
 * @param subPath the sub-path inside the volume to mount instead of its root ({@code volumeMounts[]
 *     .subPath}); {@code ""} (the default) mounts the root. Relative, without {@code ..}
 * @param readOnly whether writes through this mount fail with {@code EROFS}; default false
 */
public record Mount(String mountPath, MemoryFileSystem volume, String subPath, boolean readOnly) {

  public Mount {
    Objects.requireNonNull(mountPath, "mountPath");
    Objects.requireNonNull(volume, "volume");
    if (!mountPath.startsWith("/")) {
      throw new IllegalArgumentException("mountPath must be absolute: " + mountPath);
    }
    mountPath = FsPaths.normalize(mountPath);
    if (mountPath.equals(FsPaths.ROOT)) {
      throw new IllegalArgumentException("mountPath must not be /");
    }
    subPath = subPath == null ? "" : subPath;
    if (subPath.startsWith("/") || (("/" + subPath + "/").contains("/../"))) {
      // Kubernetes' validation of volumeMounts[].subPath: relative, no '..'.
      throw new IllegalArgumentException(
          "subPath must be a relative path without '..': " + subPath);
    }
    subPath = FsPaths.relativize(FsPaths.ROOT, FsPaths.normalize(subPath));
  }

  /** A read-write mount of the whole volume. */
  public static Mount of(String mountPath, MemoryFileSystem volume) {
    return new Mount(mountPath, volume, "", false);
  }

  /** The same mount, read-only. */
  public Mount asReadOnly() {
    return new Mount(mountPath, volume, subPath, true);
  }

  /** The absolute path inside {@link #volume} that appears at {@link #mountPath}. */
  public String volumePath() {
    return FsPaths.normalize("/" + subPath);
  }
}
