package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * A Secret's keys as files.
 *
 * @param secretName the Secret's name
 * @param items the keys to project; all keys when empty
 * @param defaultMode file mode bits; defaults to 0644 (420)
 * @param optional whether the Secret may be missing
 */
public record SecretVolumeSource(
    String secretName, List<KeyToPath> items, Integer defaultMode, Boolean optional) {

  public SecretVolumeSource {
    items = Copies.list(items);
  }
}
