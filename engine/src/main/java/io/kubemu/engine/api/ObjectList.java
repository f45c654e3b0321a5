package io.kubemu.engine.api;

import io.kubemu.model.KubernetesObject;
import java.util.List;

/**
 * A list answer: the items, sorted by namespace then name, and the store's resourceVersion at the
 * time of the list, from which a watch continues without gaps.
 *
 * @param items immutable
 * @param resourceVersion opaque; pass it to {@code watch}
 * @param <T> the item type
 */
public record ObjectList<T extends KubernetesObject>(List<T> items, String resourceVersion) {
  public ObjectList {
    items = List.copyOf(items);
  }
}
