package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Pod fields and container resources as files.
 *
 * @param defaultMode file mode bits; defaults to 0644 (420)
 */
public record DownwardAPIVolumeSource(List<DownwardAPIVolumeFile> items, Integer defaultMode) {

  public DownwardAPIVolumeSource {
    items = Copies.list(items);
  }
}
