package io.kubemu.model.core;

/**
 * A port a container exposes (core/v1 ContainerPort).
 *
 * @param containerPort required, 1-65535
 * @param hostIP the host IP to bind a hostPort to
 * @param hostPort a port on the node; most containers do not need one
 * @param name an IANA_SVC_NAME, unique in the pod, that services can refer to
 * @param protocol TCP, UDP or SCTP; defaults to TCP
 */
public record ContainerPort(
    Integer containerPort, String hostIP, Integer hostPort, String name, String protocol) {

  /** protocol TCP, the default. */
  public static final String PROTOCOL_TCP = "TCP";

  /** protocol UDP. */
  public static final String PROTOCOL_UDP = "UDP";

  /** protocol SCTP. */
  public static final String PROTOCOL_SCTP = "SCTP";

  public ContainerPort withProtocol(String protocol) {
    return new ContainerPort(containerPort, hostIP, hostPort, name, protocol);
  }

  /** {@return a TCP port with just a number} */
  public static ContainerPort of(int containerPort) {
    return new ContainerPort(containerPort, null, null, null, null);
  }
}
