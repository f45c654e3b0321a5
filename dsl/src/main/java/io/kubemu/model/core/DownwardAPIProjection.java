package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** Downward API files in a projected volume. */
public record DownwardAPIProjection(List<DownwardAPIVolumeFile> items) {

  public DownwardAPIProjection {
    items = Copies.list(items);
  }
}
