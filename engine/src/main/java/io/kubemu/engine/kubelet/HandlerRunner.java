package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ContainerRuntime;
import io.kubemu.engine.runtime.HttpAnswer;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.runtime.shell.ProcessOutput;
import io.kubemu.engine.runtime.shell.ShellProcess;
import io.kubemu.engine.runtime.shell.Step;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.LifecycleHandler;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Runs lifecycle hooks (pkg/kubelet/lifecycle/handlers.go, v1.30) on the virtual clock: an exec
 * hook runs in the container's shell (commands it does not simulate succeed) and takes the time its
 * script sleeps; an HTTP hook fails only when nothing accepts the connection; a sleep hook takes
 * its seconds; a tcpSocket hook is not supported and fails. The outcome is an error message, or
 * null on success.
 */
final class HandlerRunner {
  private final ContainerRuntime runtime;
  private final EventLoop loop;

  HandlerRunner(ContainerRuntime runtime, EventLoop loop) {
    this.runtime = runtime;
    this.loop = loop;
  }

  /** A running hook; {@link #cancel()} stops waiting for it. */
  static final class Run {
    private TaskHandle task;
    private boolean cancelled;

    void cancel() {
      cancelled = true;
      if (task != null) task.cancel();
    }
  }

  /**
   * Runs {@code handler}; {@code done} gets null on success or the error message.
   *
   * @param deadline when to stop waiting (the preStop grace period), or null for never
   * @param onTimeout runs instead of {@code done} when the deadline passes first
   */
  Run run(
      Pod pod,
      RuntimeContainer c,
      LifecycleHandler handler,
      Instant deadline,
      Consumer<String> done,
      Runnable onTimeout) {
    Run run = new Run();
    Container spec = c.spec();
    if (handler.exec() != null) {
      ProcessOutput out = new ProcessOutput();
      ShellProcess p = runtime.execProcess(c, handler.exec().command(), out);
      stepExec(run, pod, spec, handler, p, out, deadline, done, onTimeout);
    } else if (handler.httpGet() != null) {
      done.accept(httpGet(pod, c, handler));
    } else if (handler.sleep() != null) {
      long secs = handler.sleep().seconds() == null ? 0 : handler.sleep().seconds();
      at(
          run,
          loop.now().plusSeconds(Math.max(0, secs)),
          deadline,
          () -> done.accept(null),
          onTimeout);
    } else {
      done.accept("Cannot run handler: invalid handler: " + handler);
    }
    return run;
  }

  private void stepExec(
      Run run,
      Pod pod,
      Container spec,
      LifecycleHandler handler,
      ShellProcess p,
      ProcessOutput out,
      Instant deadline,
      Consumer<String> done,
      Runnable onTimeout) {
    if (run.cancelled) return;
    Step s = p.run(loop.now());
    if (s instanceof Step.Exited e) {
      if (e.exitCode() == 0) {
        done.accept(null);
        return;
      }
      String cmd = String.join(" ", handler.exec().command());
      String err = "command '" + cmd + "' exited with " + e.exitCode() + ": " + out.stderr();
      done.accept(
          "Exec lifecycle hook (["
              + String.join(" ", handler.exec().command())
              + "]) for Container \""
              + spec.name()
              + "\" in Pod \""
              + ContainerRefs.format(pod)
              + "\" failed - error: "
              + err
              + ", message: \""
              + (out.stdout() + out.stderr()).replace("\"", "\\\"").replace("\n", "\\n")
              + "\"");
    } else if (s instanceof Step.Sleeping sl) {
      at(
          run,
          sl.wakeAt(),
          deadline,
          () -> stepExec(run, pod, spec, handler, p, out, deadline, done, onTimeout),
          onTimeout);
    } else if (deadline != null) {
      at(run, deadline, null, onTimeout, onTimeout);
    }
    // a long-running hook without deadline never completes (as a postStart hook that hangs)
  }

  private void at(Run run, Instant when, Instant deadline, Runnable action, Runnable onTimeout) {
    if (deadline != null && when.isAfter(deadline)) {
      run.task = loop.schedule(deadline, "lifecycle hook times out", onTimeout);
    } else {
      run.task = loop.schedule(when, "lifecycle hook runs", action);
    }
  }

  private String httpGet(Pod pod, RuntimeContainer c, LifecycleHandler handler) {
    PodSandbox sb = c.sandbox();
    int port;
    try {
      port = Ports.resolve(handler.httpGet().port(), c.spec());
    } catch (Ports.PortException e) {
      return hookError(pod, c, handler, e.getMessage());
    }
    String path = handler.httpGet().path() == null ? "/" : handler.httpGet().path();
    String host =
        handler.httpGet().host() == null || handler.httpGet().host().isEmpty()
            ? sb.ip()
            : handler.httpGet().host();
    HttpAnswer a = runtime.httpGet(sb, port, path);
    if (a.connected()) return null;
    return hookError(
        pod,
        c,
        handler,
        "Get \""
            + Prober.url(handler.httpGet(), host, port, path)
            + "\": "
            + Prober.refused(host, port));
  }

  private static String hookError(Pod pod, RuntimeContainer c, LifecycleHandler h, String err) {
    String path = h.httpGet().path() == null ? "" : h.httpGet().path();
    return "HTTP lifecycle hook ("
        + path
        + ") for Container \""
        + c.name()
        + "\" in Pod \""
        + ContainerRefs.format(pod)
        + "\" failed - error: "
        + err;
  }
}
