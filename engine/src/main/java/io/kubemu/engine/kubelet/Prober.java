package io.kubemu.engine.kubelet;

import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.engine.runtime.ContainerRuntime;
import io.kubemu.engine.runtime.ExecResult;
import io.kubemu.engine.runtime.HttpAnswer;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.ProbeAnswer;
import io.kubemu.engine.runtime.ProbeCall;
import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.HTTPGetAction;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Probe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one probe against a container (pkg/kubelet/prober/prober.go): the container's behaviour may
 * answer it; otherwise an exec probe runs in the container's shell, an HTTP probe asks the pod's
 * simulated server ({@code 200..399} passes), a TCP or gRPC probe connects. A failure records a
 * Warning {@code Unhealthy} event "{@code <Type> probe failed: <output>}" on the container.
 */
final class Prober {
  private final ContainerRuntime runtime;
  private final EventRecorder recorder;
  private final String node;
  private long evaluations;

  Prober(ContainerRuntime runtime, EventRecorder recorder, String node) {
    this.runtime = runtime;
    this.recorder = recorder;
    this.node = node;
  }

  /** {@return the probes run so far} */
  long evaluations() {
    return evaluations;
  }

  private record Outcome(boolean success, String output) {}

  /**
   * A probe worker's memo of the sandbox and latest container instance it probes, valid while the
   * runtime's {@link ContainerRuntime#layout()} is unchanged.
   */
  static final class Target {
    private long layout = -1;
    private PodSandbox sandbox;
    private RuntimeContainer container;
    private String matchedId; // the last containerId found equal to container's
    private Handler handler; // resolved on the first run
  }

  /** {@return the result, or null when the probe errored (its result is thrown away)} */
  ProbeResult probe(ProbeType type, Pod pod, Container container, Probe spec, String containerId) {
    return probe(type, pod, container, spec, containerId, new Target());
  }

  /** {@link #probe(ProbeType, Pod, Container, Probe, String)} with the worker's memo. */
  ProbeResult probe(
      ProbeType type, Pod pod, Container container, Probe spec, String containerId, Target target) {
    evaluations++;
    if (target.layout != runtime.layout()) {
      target.sandbox = runtime.sandbox(pod.metadata().uid()).orElse(null);
      target.container =
          target.sandbox == null ? null : target.sandbox.latest(container.name()).orElse(null);
      target.layout = runtime.layout();
      target.matchedId = null;
    }
    PodSandbox sb = target.sandbox;
    RuntimeContainer c = target.container;
    if (c == null) return ProbeResult.FAILURE;
    if (containerId != target.matchedId) {
      if (!c.containerId().equals(containerId)) return ProbeResult.FAILURE;
      target.matchedId = containerId;
    }
    Outcome o;
    try {
      o = run(type, sb, c, container, spec, target);
    } catch (Ports.PortException e) {
      event(pod, container, type.label() + " probe errored: " + e.getMessage());
      return null;
    }
    if (!o.success) {
      event(pod, container, type.label() + " probe failed: " + o.output);
      return ProbeResult.FAILURE;
    }
    return ProbeResult.SUCCESS;
  }

  private void event(Pod pod, Container container, String message) {
    recorder.record(
        ContainerRefs.ref(pod, container),
        Event.TYPE_WARNING,
        KubeletEvents.CONTAINER_UNHEALTHY,
        message,
        KubeletEvents.COMPONENT,
        node);
  }

  /**
   * What a probe's spec says, resolved once per worker (spec and container never change): the
   * action, its port (or why it does not resolve), path, explicit host (null: the pod's IP),
   * command and timeout.
   */
  private record Handler(
      String action,
      Integer port,
      String portError,
      String path,
      String host,
      List<String> command,
      Duration timeout) {}

  private static Handler handler(Probe spec, Container container) {
    Duration timeout =
        Duration.ofSeconds(
            spec.timeoutSeconds() == null ? Probe.DEFAULT_TIMEOUT_SECONDS : spec.timeoutSeconds());
    String action = null;
    Integer port = null;
    String portError = null;
    String path = null;
    String host = null;
    List<String> command = List.of();
    try {
      if (spec.exec() != null) {
        action = ProbeCall.EXEC;
        command = spec.exec().command();
      } else if (spec.httpGet() != null) {
        action = ProbeCall.HTTP_GET;
        path = spec.httpGet().path() == null ? "/" : spec.httpGet().path();
        if (spec.httpGet().host() != null && !spec.httpGet().host().isEmpty()) {
          host = spec.httpGet().host();
        }
        port = Ports.resolve(spec.httpGet().port(), container);
      } else if (spec.tcpSocket() != null) {
        action = ProbeCall.TCP_SOCKET;
        if (spec.tcpSocket().host() != null && !spec.tcpSocket().host().isEmpty()) {
          host = spec.tcpSocket().host();
        }
        port = Ports.resolve(spec.tcpSocket().port(), container);
      } else if (spec.grpc() != null) {
        action = ProbeCall.GRPC;
        port = spec.grpc().port();
      }
    } catch (Ports.PortException e) {
      portError = e.getMessage();
    }
    return new Handler(action, port, portError, path, host, command, timeout);
  }

  private Outcome run(
      ProbeType type,
      PodSandbox sb,
      RuntimeContainer c,
      Container container,
      Probe spec,
      Target target)
      throws Ports.PortException {
    Handler h = target.handler;
    if (h == null) {
      h = handler(spec, container);
      target.handler = h;
    }
    if (h.portError() != null) throw new Ports.PortException(h.portError());
    Duration timeout = h.timeout();
    String host = h.host() == null ? sb.ip() : h.host();
    String action = h.action();
    Integer port = h.port();
    String path = h.path();
    List<String> command = h.command();
    if (action == null) {
      return new Outcome(false, "missing probe handler for " + container.name());
    }
    ContainerBehavior behavior = runtime.behavior(c);
    if (behavior != ContainerBehavior.DEFAULT) {
      ProbeCall call =
          new ProbeCall(c.info(), type, action, host, port, path, command, runtime.now());
      Optional<ProbeAnswer> answer = behavior.probe(call);
      if (answer.isPresent()) {
        ProbeAnswer a = answer.get();
        if (a.took().compareTo(timeout) > 0) {
          return new Outcome(
              false, timeoutMessage(action, command, spec, host, port, path, timeout));
        }
        return new Outcome(a.passed(), a.output());
      }
    }
    switch (action) {
      case ProbeCall.EXEC -> {
        ExecResult r = runtime.exec(c, command, timeout);
        if (r.timedOut()) {
          return new Outcome(
              false, timeoutMessage(action, command, spec, host, port, path, timeout));
        }
        return new Outcome(r.exitCode() == 0, r.output());
      }
      case ProbeCall.HTTP_GET -> {
        HttpAnswer r = runtime.httpGet(sb, port, path);
        if (!r.connected()) {
          return new Outcome(
              false,
              "Get \"" + url(spec.httpGet(), host, port, path) + "\": " + refused(host, port));
        }
        if (r.status() >= 200 && r.status() < 400) return new Outcome(true, "");
        return new Outcome(false, "HTTP probe failed with statuscode: " + r.status());
      }
      case ProbeCall.TCP_SOCKET -> {
        if (runtime.tcpConnect(sb, port)) return new Outcome(true, "");
        return new Outcome(false, refused(host, port));
      }
      default -> {
        if (runtime.tcpConnect(sb, port)) return new Outcome(true, "");
        return new Outcome(
            false,
            "timeout: failed to connect service \""
                + host
                + ":"
                + port
                + "\" within "
                + GoDuration.format(timeout)
                + ": context deadline exceeded");
      }
    }
  }

  static String refused(String host, int port) {
    return "dial tcp " + host + ":" + port + ": connect: connection refused";
  }

  static String url(HTTPGetAction a, String host, int port, String path) {
    String scheme = a.scheme() == null ? "http" : a.scheme().toLowerCase();
    return scheme + "://" + host + ":" + port + (path.startsWith("/") ? path : "/" + path);
  }

  private static String timeoutMessage(
      String action,
      List<String> command,
      Probe spec,
      String host,
      Integer port,
      String path,
      Duration timeout) {
    return switch (action) {
      case ProbeCall.EXEC -> "command \"" + String.join(" ", command) + "\" timed out";
      case ProbeCall.HTTP_GET ->
          "Get \""
              + url(spec.httpGet(), host, port, path)
              + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
      case ProbeCall.TCP_SOCKET -> "dial tcp " + host + ":" + port + ": i/o timeout";
      default ->
          "timeout: failed to connect service \""
              + host
              + ":"
              + port
              + "\" within "
              + GoDuration.format(timeout)
              + ": context deadline exceeded";
    };
  }
}
