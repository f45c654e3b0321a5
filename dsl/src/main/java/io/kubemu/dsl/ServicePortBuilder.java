package io.kubemu.dsl;

import io.kubemu.model.IntOrString;
import io.kubemu.model.core.ServicePort;

/** Builds a {@link ServicePort}: {@code servicePort(80).name("http").targetPort(8080)}. */
public final class ServicePortBuilder {
  private String name;
  private String protocol;
  private String appProtocol;
  private final int port;
  private IntOrString targetPort;
  private Integer nodePort;

  ServicePortBuilder(int port) {
    this.port = port;
  }

  /** {@code name}: required when the service has more than one port. */
  public ServicePortBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** {@code protocol}: TCP (the default), UDP or SCTP. */
  public ServicePortBuilder protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /** {@code appProtocol}. */
  public ServicePortBuilder appProtocol(String appProtocol) {
    this.appProtocol = appProtocol;
    return this;
  }

  /** {@code targetPort}, a number (unset means the same as {@code port}). */
  public ServicePortBuilder targetPort(int targetPort) {
    this.targetPort = IntOrString.of(targetPort);
    return this;
  }

  /** {@code targetPort}, a container port name. */
  public ServicePortBuilder targetPort(String targetPort) {
    this.targetPort = IntOrString.of(targetPort);
    return this;
  }

  /** {@code nodePort}, for NodePort and LoadBalancer services. */
  public ServicePortBuilder nodePort(int nodePort) {
    this.nodePort = nodePort;
    return this;
  }

  /** {@return a new service port} */
  public ServicePort build() {
    return new ServicePort(name, protocol, appProtocol, port, targetPort, nodePort);
  }
}
