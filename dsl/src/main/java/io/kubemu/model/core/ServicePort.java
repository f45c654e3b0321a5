package io.kubemu.model.core;

import io.kubemu.model.IntOrString;

/**
 * A port of a service (core/v1 ServicePort).
 *
 * @param name required when there are several ports
 * @param protocol TCP, UDP or SCTP; defaults to TCP
 * @param port required
 * @param targetPort a pod port number or name; defaults to port
 * @param nodePort allocated for NodePort and LoadBalancer services
 */
public record ServicePort(
    String name,
    String protocol,
    String appProtocol,
    Integer port,
    IntOrString targetPort,
    Integer nodePort) {

  public ServicePort withProtocol(String protocol) {
    return new ServicePort(name, protocol, appProtocol, port, targetPort, nodePort);
  }

  public ServicePort withTargetPort(IntOrString targetPort) {
    return new ServicePort(name, protocol, appProtocol, port, targetPort, nodePort);
  }

  public ServicePort withNodePort(Integer nodePort) {
    return new ServicePort(name, protocol, appProtocol, port, targetPort, nodePort);
  }
}
