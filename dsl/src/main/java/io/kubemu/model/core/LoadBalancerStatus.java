package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/** The load balancer of a LoadBalancer service. */
public record LoadBalancerStatus(List<LoadBalancerIngress> ingress) {

  public LoadBalancerStatus {
    ingress = Copies.list(ingress);
  }
}
