package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Several sources projected into one directory.
 *
 * @param defaultMode file mode bits; defaults to 0644 (420)
 */
public record ProjectedVolumeSource(List<VolumeProjection> sources, Integer defaultMode) {

  public ProjectedVolumeSource {
    sources = Copies.list(sources);
  }
}
