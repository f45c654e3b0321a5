package io.kubemu.engine.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One probe the kubelet runs against a container, as a {@link ContainerBehavior} sees it.
 *
 * @param container the container probed
 * @param type liveness, readiness or startup
 * @param action {@value #EXEC}, {@value #HTTP_GET}, {@value #TCP_SOCKET} or {@value #GRPC}
 * @param host the address probed (the pod's IP unless the probe names a host); null for exec
 * @param port the port probed (resolved from a port name); null for exec
 * @param path the HTTP path; null unless {@value #HTTP_GET}
 * @param command the exec command; empty unless {@value #EXEC}
 * @param now the virtual time of the probe
 */
public record ProbeCall(
    ContainerInfo container,
    ProbeType type,
    String action,
    String host,
    Integer port,
    String path,
    List<String> command,
    Instant now) {

  /** An exec probe. */
  public static final String EXEC = "exec";

  /** An HTTP GET probe. */
  public static final String HTTP_GET = "httpGet";

  /** A TCP connect probe. */
  public static final String TCP_SOCKET = "tcpSocket";

  /** A gRPC health probe. */
  public static final String GRPC = "grpc";

  public ProbeCall {
    command = command == null ? List.of() : List.copyOf(command);
  }

  /** {@return how long the container has been running at the probe (zero if not started)} */
  public Duration sinceStart() {
    return container.runningFor(now);
  }
}
