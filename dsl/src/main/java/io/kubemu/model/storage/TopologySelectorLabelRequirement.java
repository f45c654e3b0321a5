package io.kubemu.model.storage;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * A topology label must have one of the values (core/v1 TopologySelectorLabelRequirement; kept here
 * as only StorageClass uses it).
 *
 * @param key the label key, e.g. {@code topology.kubernetes.io/zone}
 * @param values the allowed values; never null
 */
public record TopologySelectorLabelRequirement(String key, List<String> values) {
  public TopologySelectorLabelRequirement {
    values = Copies.list(values);
  }
}
