package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** A Secret in a projected volume. */
public record SecretProjection(String name, List<KeyToPath> items, Boolean optional) {

  public SecretProjection {
    items = Copies.list(items);
  }
}
