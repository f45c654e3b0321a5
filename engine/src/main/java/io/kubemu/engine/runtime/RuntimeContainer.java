package io.kubemu.engine.runtime;

import io.kubemu.engine.runtime.fs.ContainerFileSystem;
import io.kubemu.engine.runtime.fs.ImageFiles;
import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.engine.runtime.shell.ProcessOutput;
import io.kubemu.engine.runtime.shell.ShellContext;
import io.kubemu.engine.runtime.shell.ShellProcess;
import io.kubemu.engine.runtime.shell.UnknownCommandPolicy;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of a container in the simulated runtime: created, running, then exited; a restart is
 * a new instance with the next restart count. Read by the kubelet (state, times, exit); changed
 * only by the {@link ContainerRuntime}. Not thread-safe.
 */
public final class RuntimeContainer {
  /** The runtime's name in container IDs: {@code kubemu://<id>}. */
  public static final String RUNTIME_NAME = "kubemu";

  final PodSandbox sandbox;
  final Container spec;
  final boolean init;
  final int restartCount;
  final String id;
  private final String containerId;
  final String imageRef;
  final ImageConfig image;
  final ContainerFileSystem fs;
  final Map<String, String> env;
  final Set<Integer> ports;
  final Quantity memoryLimit;
  final boolean runsToCompletion;
  final ProcessOutput output = new ProcessOutput();
  final String documentRoot;
  final java.util.Set<String> configuredLocations;
  String httpPath;
  long httpModifications = -1;
  int httpStatus;
  ContainerInfo info;
  RuntimeState state = RuntimeState.CREATED;
  Instant createdAt;
  Instant startedAt;
  Instant finishedAt;
  int exitCode;
  String reason;
  String message;
  ShellProcess process;
  boolean server;
  Instant acceptsFrom;
  boolean stopping;
  final List<TaskHandle> timers = new ArrayList<>();
  TaskHandle killTimer;
  final List<Runnable> stopWaiters = new ArrayList<>();
  long behaviorVersion = -1;
  ContainerBehavior behavior;

  RuntimeContainer(
      PodSandbox sandbox,
      Container spec,
      boolean init,
      int restartCount,
      String id,
      String imageRef,
      ImageConfig image,
      ContainerFileSystem fs,
      Map<String, String> env,
      Set<Integer> ports,
      Quantity memoryLimit,
      boolean runsToCompletion,
      ContainerInfo info) {
    this.sandbox = sandbox;
    this.spec = spec;
    this.init = init;
    this.restartCount = restartCount;
    this.id = id;
    this.containerId = RUNTIME_NAME + "://" + id;
    this.imageRef = imageRef;
    this.image = image;
    this.fs = fs;
    this.env = env;
    this.ports = ports;
    this.memoryLimit = memoryLimit;
    this.runsToCompletion = runsToCompletion;
    this.info = info;
    this.documentRoot = ImageFiles.documentRoot(spec.image()).orElse(null);
    this.configuredLocations = ImageFiles.configuredLocations(spec.image());
  }

  /** {@return the pod sandbox it runs in} */
  public PodSandbox sandbox() {
    return sandbox;
  }

  /** {@return the container's name} */
  public String name() {
    return spec.name();
  }

  /** {@return the spec it was created from} */
  public Container spec() {
    return spec;
  }

  /** {@return whether it is an init container} */
  public boolean init() {
    return init;
  }

  /** {@return the runtime's id, 64 hex digits} */
  public String id() {
    return id;
  }

  /** {@return {@code kubemu://<id>}, as container statuses show it} */
  public String containerId() {
    return containerId;
  }

  /** {@return the restarts before this instance} */
  public int restartCount() {
    return restartCount;
  }

  /** {@return the image reference of the spec} */
  public String image() {
    return spec.image();
  }

  /** {@return the image's digest reference} */
  public String imageRef() {
    return imageRef;
  }

  /** {@return its state} */
  public RuntimeState state() {
    return state;
  }

  /** {@return whether its process runs} */
  public boolean running() {
    return state == RuntimeState.RUNNING;
  }

  /** {@return whether a stop signal was sent and it has not exited yet} */
  public boolean stopping() {
    return stopping && state == RuntimeState.RUNNING;
  }

  /** {@return when it was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when it started, or null} */
  public Instant startedAt() {
    return startedAt;
  }

  /** {@return when it exited, or null} */
  public Instant finishedAt() {
    return finishedAt;
  }

  /** {@return its exit code (meaningful once exited)} */
  public int exitCode() {
    return exitCode;
  }

  /** {@return Completed, Error or OOMKilled once exited} */
  public String reason() {
    return reason;
  }

  /** {@return its termination message, or null} */
  public String message() {
    return message;
  }

  /** {@return what it tells behaviours} */
  public ContainerInfo info() {
    return info;
  }

  /** {@return its files: the image's root with the pod's volumes mounted} */
  public ContainerFileSystem fileSystem() {
    return fs;
  }

  /** {@return its environment, in order} */
  public Map<String, String> environment() {
    return env;
  }

  /** {@return its log lines so far} */
  public List<LogLine> logs() {
    return output.lines();
  }

  /** {@return the ports its server listens on (when it runs a server)} */
  public Set<Integer> ports() {
    return ports;
  }

  /** {@return whether it runs a server (an image program the shell does not simulate)} */
  public boolean server() {
    return server;
  }

  /** {@return how long it has been running at {@code now}} */
  public Duration runningFor(Instant now) {
    return info.runningFor(now);
  }

  /** {@return a shell context over its files and environment, for exec probes and hooks} */
  public ShellContext execContext(ProcessOutput out) {
    return new ShellContext(fs, env, spec.workingDir(), out, UnknownCommandPolicy.SUCCEED);
  }

  /** {@return whether it accepts connections on {@code port} at {@code now}} */
  boolean accepts(int port, Instant now) {
    return state == RuntimeState.RUNNING
        && server
        && ports.contains(port)
        && (acceptsFrom == null || !now.isBefore(acceptsFrom));
  }

  @Override
  public String toString() {
    return sandbox.key() + "/" + name() + "#" + restartCount + " " + state;
  }
}
