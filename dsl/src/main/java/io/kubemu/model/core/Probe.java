package io.kubemu.model.core;

/**
 * A health check of a container (core/v1 Probe); exactly one handler is set. Null means unset; the
 * API server's defaulting fills in the defaults stated here.
 *
 * @param initialDelaySeconds seconds after start before the first probe; defaults to 0
 * @param terminationGracePeriodSeconds overrides the pod's on a liveness or startup failure
 * @param periodSeconds defaults to 10
 * @param timeoutSeconds defaults to 1
 * @param failureThreshold consecutive failures that count as failed; defaults to 3
 * @param successThreshold consecutive successes after a failure; defaults to 1 (must be 1 for
 *     liveness and startup)
 */
public record Probe(
    ExecAction exec,
    HTTPGetAction httpGet,
    TCPSocketAction tcpSocket,
    Integer initialDelaySeconds,
    Long terminationGracePeriodSeconds,
    Integer periodSeconds,
    Integer timeoutSeconds,
    Integer failureThreshold,
    Integer successThreshold,
    GRPCAction grpc) {

  /** The default {@code periodSeconds}. */
  public static final int DEFAULT_PERIOD_SECONDS = 10;

  /** The default {@code timeoutSeconds}. */
  public static final int DEFAULT_TIMEOUT_SECONDS = 1;

  /** The default {@code failureThreshold}. */
  public static final int DEFAULT_FAILURE_THRESHOLD = 3;

  /** The default {@code successThreshold}. */
  public static final int DEFAULT_SUCCESS_THRESHOLD = 1;

  /** {@code Probe} with every field unset. */
  public static final Probe EMPTY =
      new Probe(null, null, null, null, null, null, null, null, null, null);

  public Probe withExec(ExecAction exec) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withHttpGet(HTTPGetAction httpGet) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withTcpSocket(TCPSocketAction tcpSocket) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withInitialDelaySeconds(Integer initialDelaySeconds) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withPeriodSeconds(Integer periodSeconds) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withTimeoutSeconds(Integer timeoutSeconds) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withFailureThreshold(Integer failureThreshold) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }

  public Probe withSuccessThreshold(Integer successThreshold) {
    return new Probe(
        exec,
        httpGet,
        tcpSocket,
        initialDelaySeconds,
        terminationGracePeriodSeconds,
        periodSeconds,
        timeoutSeconds,
        failureThreshold,
        successThreshold,
        grpc);
  }
}
