package io.kubemu.dsl;

import io.kubemu.model.core.ContainerPort;

/** Builds a {@link ContainerPort}: {@code port(80).name("http").hostPort(10080)}. */
public final class ContainerPortBuilder {
  private final int containerPort;
  private String hostIP;
  private Integer hostPort;
  private String name;
  private String protocol;

  ContainerPortBuilder(int containerPort) {
    this.containerPort = containerPort;
  }

  /** {@code name}: an IANA_SVC_NAME that services and probes can refer to. */
  public ContainerPortBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** {@code hostPort}: a port on the node. */
  public ContainerPortBuilder hostPort(int hostPort) {
    this.hostPort = hostPort;
    return this;
  }

  /** {@code hostIP}: the host IP the hostPort binds to. */
  public ContainerPortBuilder hostIP(String hostIP) {
    this.hostIP = hostIP;
    return this;
  }

  /** {@code protocol}: TCP (the default), UDP or SCTP. */
  public ContainerPortBuilder protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /** {@return a new container port} */
  public ContainerPort build() {
    return new ContainerPort(containerPort, hostIP, hostPort, name, protocol);
  }
}
