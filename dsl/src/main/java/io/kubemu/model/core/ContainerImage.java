package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * An image on a node.
 *
 * @param names e.g. {@code nginx:1.25} and its digest form
 */
public record ContainerImage(List<String> names, Long sizeBytes) {

  public ContainerImage {
    names = Copies.list(names);
  }
}
