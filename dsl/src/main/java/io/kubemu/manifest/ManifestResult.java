package io.kubemu.manifest;

import io.kubemu.model.KubernetesObject;
import java.util.List;

/**
 * What a {@link ManifestReader} read.
 *
 * @param objects the objects, in document order ({@code kind: List} items in place of their list)
 * @param warnings unknown and duplicate fields in {@link ManifestOptions.Validation#WARN} mode,
 *     each prefixed with its location; empty in the other modes
 */
public record ManifestResult(List<KubernetesObject> objects, List<String> warnings) {
  public ManifestResult {
    objects = List.copyOf(objects);
    warnings = List.copyOf(warnings);
  }
}
