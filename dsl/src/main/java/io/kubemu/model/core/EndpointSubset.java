package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Addresses that share a set of ports.
 *
 * @param addresses ready addresses
 */
public record EndpointSubset(
    List<EndpointAddress> addresses,
    List<EndpointAddress> notReadyAddresses,
    List<EndpointPort> ports) {

  public EndpointSubset {
    addresses = Copies.list(addresses);
    notReadyAddresses = Copies.list(notReadyAddresses);
    ports = Copies.list(ports);
  }
}
