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

  /** {@return the result, or null when the probe errored (its result is thrown away)} */
  ProbeResult probe(ProbeType type, Pod pod, Container container, Probe spec, String containerId) {
    evaluations++;
    Optional<PodSandbox> sb = runtime.sandbox(pod.metadata().uid());
    Optional<RuntimeContainer> c = sb.flatMap(s -> s.latest(container.name()));
    if (sb.isEmpty() || c.isEmpty() || !c.get().containerId().equals(containerId)) {
      return ProbeResult.FAILURE;
    }
    Outcome o;
    try {
      o = run(type, sb.get(), c.get(), container, spec);
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

  private Outcome run(
      ProbeType type, PodSandbox sb, RuntimeContainer c, Container container, Probe spec)
      throws Ports.PortException {
    Duration timeout =
        Duration.ofSeconds(
            spec.timeoutSeconds() == null ? Probe.DEFAULT_TIMEOUT_SECONDS : spec.timeoutSeconds());
    String host = sb.ip();
    String action;
    Integer port = null;
    String path = null;
    List<String> command = List.of();
    if (spec.exec() != null) {
      action = ProbeCall.EXEC;
      command = spec.exec().command();
    } else if (spec.httpGet() != null) {
      action = ProbeCall.HTTP_GET;
      port = Ports.resolve(spec.httpGet().port(), container);
      path = spec.httpGet().path() == null ? "/" : spec.httpGet().path();
      if (spec.httpGet().host() != null && !spec.httpGet().host().isEmpty()) {
        host = spec.httpGet().host();
      }
    } else if (spec.tcpSocket() != null) {
      action = ProbeCall.TCP_SOCKET;
      port = Ports.resolve(spec.tcpSocket().port(), container);
      if (spec.tcpSocket().host() != null && !spec.tcpSocket().host().isEmpty()) {
        host = spec.tcpSocket().host();
      }
    } else if (spec.grpc() != null) {
      action = ProbeCall.GRPC;
      port = spec.grpc().port();
    } else {
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
