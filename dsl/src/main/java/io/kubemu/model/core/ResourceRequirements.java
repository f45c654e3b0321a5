package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.Map;

/**
 * Compute resources of a container (core/v1 ResourceRequirements), keyed by resource name ({@code
 * cpu}, {@code memory}, {@code ephemeral-storage}, ...). A request left out where a limit is set
 * defaults to the limit.
 *
 * @param limits the most the container may use
 * @param requests what the scheduler reserves
 */
public record ResourceRequirements(Map<String, Quantity> limits, Map<String, Quantity> requests) {

  /** {@code ResourceRequirements} with every field unset. */
  public static final ResourceRequirements EMPTY = new ResourceRequirements(null, null);

  public ResourceRequirements {
    limits = Copies.map(limits);
    requests = Copies.map(requests);
  }

  public ResourceRequirements withLimits(Map<String, Quantity> limits) {
    return new ResourceRequirements(limits, requests);
  }

  public ResourceRequirements withRequests(Map<String, Quantity> requests) {
    return new ResourceRequirements(limits, requests);
  }
}
