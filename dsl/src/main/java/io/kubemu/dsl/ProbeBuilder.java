package io.kubemu.dsl;

import io.kubemu.model.core.ExecAction;
import io.kubemu.model.core.GRPCAction;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.HTTPHeader;
import io.kubemu.model.core.LifecycleHandler;
import io.kubemu.model.core.Probe;
import io.kubemu.model.core.SleepAction;
import io.kubemu.model.core.TCPSocketAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Probe} (for {@code liveness}, {@code readiness}, {@code startup}) or a {@link
 * LifecycleHandler} (for {@code postStart}, {@code preStop}) from one action: {@code exec(...)},
 * {@code httpGet(...)}, {@code tcpSocket(...)}, {@code grpc(...)} (probes only) or {@code
 * sleep(...)} (handlers only). The timing fields are the probe's; unset ones are defaulted by the
 * API server (period 10, timeout 1, success 1, failure 3, initial delay 0). Mutable, not
 * thread-safe.
 */
public final class ProbeBuilder {

  private ExecAction exec;
  private HTTPGetAction httpGet;
  private TCPSocketAction tcpSocket;
  private GRPCAction grpc;
  private SleepAction sleep;
  private Integer initialDelaySeconds;
  private Long terminationGracePeriodSeconds;
  private Integer periodSeconds;
  private Integer timeoutSeconds;
  private Integer failureThreshold;
  private Integer successThreshold;

  private ProbeBuilder() {}

  static ProbeBuilder exec(ExecAction exec) {
    ProbeBuilder b = new ProbeBuilder();
    b.exec = exec;
    return b;
  }

  static ProbeBuilder httpGet(HTTPGetAction httpGet) {
    ProbeBuilder b = new ProbeBuilder();
    b.httpGet = httpGet;
    return b;
  }

  static ProbeBuilder tcpSocket(TCPSocketAction tcpSocket) {
    ProbeBuilder b = new ProbeBuilder();
    b.tcpSocket = tcpSocket;
    return b;
  }

  static ProbeBuilder grpc(GRPCAction grpc) {
    ProbeBuilder b = new ProbeBuilder();
    b.grpc = grpc;
    return b;
  }

  static ProbeBuilder sleep(SleepAction sleep) {
    ProbeBuilder b = new ProbeBuilder();
    b.sleep = sleep;
    return b;
  }

  /** {@code initialDelaySeconds}: seconds after the container started before the first probe. */
  public ProbeBuilder initialDelaySeconds(int seconds) {
    this.initialDelaySeconds = seconds;
    return this;
  }

  /** {@code periodSeconds}: how often to probe (unset means 10). */
  public ProbeBuilder periodSeconds(int seconds) {
    this.periodSeconds = seconds;
    return this;
  }

  /** {@code timeoutSeconds} (unset means 1). */
  public ProbeBuilder timeoutSeconds(int seconds) {
    this.timeoutSeconds = seconds;
    return this;
  }

  /** {@code failureThreshold}: consecutive failures that count as failed (unset means 3). */
  public ProbeBuilder failureThreshold(int threshold) {
    this.failureThreshold = threshold;
    return this;
  }

  /** {@code successThreshold}: consecutive successes after a failure (unset means 1). */
  public ProbeBuilder successThreshold(int threshold) {
    this.successThreshold = threshold;
    return this;
  }

  /** {@code terminationGracePeriodSeconds}: overrides the pod's after a liveness failure. */
  public ProbeBuilder terminationGracePeriodSeconds(long seconds) {
    this.terminationGracePeriodSeconds = seconds;
    return this;
  }

  /** {@code httpGet.host} (unset means the pod IP). */
  public ProbeBuilder host(String host) {
    if (httpGet != null) {
      httpGet =
          new HTTPGetAction(
              httpGet.port(), host, httpGet.httpHeaders(), httpGet.path(), httpGet.scheme());
    } else if (tcpSocket != null) {
      tcpSocket = new TCPSocketAction(tcpSocket.port(), host);
    } else {
      throw new IllegalStateException("host applies to httpGet and tcpSocket only");
    }
    return this;
  }

  /** {@code httpGet.scheme}: HTTP (the default) or HTTPS. */
  public ProbeBuilder scheme(String scheme) {
    httpGet = requireHttpGet("scheme").withScheme(scheme);
    return this;
  }

  /** Appends {@code {name, value}} to {@code httpGet.httpHeaders}. */
  public ProbeBuilder httpHeader(String name, String value) {
    HTTPGetAction h = requireHttpGet("httpHeader");
    List<HTTPHeader> headers = new ArrayList<>(h.httpHeaders());
    headers.add(new HTTPHeader(name, value));
    httpGet = new HTTPGetAction(h.port(), h.host(), headers, h.path(), h.scheme());
    return this;
  }

  /**
   * {@return a new probe}
   *
   * @throws IllegalStateException for a {@code sleep} action, which only lifecycle handlers take
   */
  public Probe build() {
    if (sleep != null) {
      throw new IllegalStateException("sleep is a lifecycle handler action, not a probe action");
    }
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

  /**
   * {@return a new lifecycle handler}
   *
   * @throws IllegalStateException if a probe timing field is set or the action is {@code grpc},
   *     which lifecycle handlers do not have
   */
  public LifecycleHandler buildHandler() {
    if (grpc != null) {
      throw new IllegalStateException("grpc is a probe action, not a lifecycle handler action");
    }
    if (initialDelaySeconds != null
        || terminationGracePeriodSeconds != null
        || periodSeconds != null
        || timeoutSeconds != null
        || failureThreshold != null
        || successThreshold != null) {
      throw new IllegalStateException("a lifecycle handler has no probe timing fields");
    }
    return new LifecycleHandler(exec, httpGet, sleep, tcpSocket);
  }

  private HTTPGetAction requireHttpGet(String field) {
    if (httpGet == null) throw new IllegalStateException(field + " applies to httpGet only");
    return httpGet;
  }
}
