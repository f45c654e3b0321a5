package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * A ConfigMap's keys as files.
 *
 * @param name the ConfigMap's name
 * @param items the keys to project; all keys when empty
 * @param defaultMode file mode bits; defaults to 0644 (420)
 * @param optional whether the ConfigMap may be missing
 */
public record ConfigMapVolumeSource(
    String name, List<KeyToPath> items, Integer defaultMode, Boolean optional) {

  public ConfigMapVolumeSource {
    items = Copies.list(items);
  }
}
