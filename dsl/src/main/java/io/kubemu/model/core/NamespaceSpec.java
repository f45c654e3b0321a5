package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The desired state of a namespace.
 *
 * @param finalizers set to [kubernetes] on creation
 */
public record NamespaceSpec(List<String> finalizers) {

  public NamespaceSpec {
    finalizers = Copies.list(finalizers);
  }
}
