package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** Linux capabilities added to or dropped from a container's defaults. */
public record Capabilities(List<String> add, List<String> drop) {

  public Capabilities {
    add = Copies.list(add);
    drop = Copies.list(drop);
  }
}
