package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.Map;

/** Storage asked for by a claim. */
public record VolumeResourceRequirements(
    Map<String, Quantity> limits, Map<String, Quantity> requests) {

  public VolumeResourceRequirements {
    limits = Copies.map(limits);
    requests = Copies.map(requests);
  }
}
