package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** A ConfigMap in a projected volume. */
public record ConfigMapProjection(String name, List<KeyToPath> items, Boolean optional) {

  public ConfigMapProjection {
    items = Copies.list(items);
  }
}
