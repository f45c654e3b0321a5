package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.Map;

/**
 * A volume provided by a CSI driver.
 *
 * @param driver required
 * @param volumeHandle required
 */
public record CSIPersistentVolumeSource(
    String driver,
    String volumeHandle,
    Boolean readOnly,
    String fsType,
    Map<String, String> volumeAttributes) {

  public CSIPersistentVolumeSource {
    volumeAttributes = Copies.map(volumeAttributes);
  }
}
