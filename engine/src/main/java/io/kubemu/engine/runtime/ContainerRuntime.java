package io.kubemu.engine.runtime;

import io.kubemu.engine.runtime.fs.ContainerFileSystem;
import io.kubemu.engine.runtime.fs.FsException;
import io.kubemu.engine.runtime.fs.ImageFiles;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import io.kubemu.engine.runtime.fs.Mount;
import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.engine.runtime.shell.ProcessOutput;
import io.kubemu.engine.runtime.shell.Shell;
import io.kubemu.engine.runtime.shell.ShellContext;
import io.kubemu.engine.runtime.shell.ShellProcess;
import io.kubemu.engine.runtime.shell.Step;
import io.kubemu.engine.runtime.shell.UnknownCommandPolicy;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated container runtime of one node (what containerd is behind the CRI): pod sandboxes,
 * containers and their processes on the virtual clock, images ({@link #images()}), and the
 * simulated network their servers answer on.
 *
 * <p>A container's process is its command line run by the simulated shell; each time it sleeps the
 * runtime schedules its wake-up on the {@link EventLoop}. Its {@link ContainerBehavior} (from the
 * registries, first registry first) may end it earlier ({@link ContainerBehavior#exit}), have it
 * OOMKilled ({@link ContainerBehavior#memory}) or delay its server ({@link
 * ContainerBehavior#timeToReady}). When a process ends the {@link Listener} hears of it.
 *
 * <p>Task modes: the timers of a container that runs to completion (an init container, or a pod
 * whose restartPolicy is not Always) are foreground tasks, so that {@code runUntilIdle} waits for
 * it to finish; those of other containers are background tasks (a server or {@code sleep 3600}
 * under restartPolicy Always is steady state). Stop-signal and SIGKILL timers are foreground.
 *
 * <p>Engine-internal: the kubelet drives it. Not thread-safe.
 */
public final class ContainerRuntime {

  /** Told when a container's process ends. */
  @FunctionalInterface
  public interface Listener {
    void containerExited(PodSandbox sandbox, RuntimeContainer container);
  }

  /** The exit code of a process killed by SIGKILL (128 + 9). */
  public static final int SIGKILL_EXIT_CODE = 137;

  /** Reason of a container that exited 0. */
  public static final String REASON_COMPLETED = "Completed";

  /** Reason of a container that exited non-zero. */
  public static final String REASON_ERROR = "Error";

  /** Reason of a container the OOM killer ended. */
  public static final String REASON_OOM_KILLED = "OOMKilled";

  private static final String NOT_SIMULATED = "is not simulated: treated as a long-running process";
  private static final int MAX_MESSAGE_BYTES = 4096;
  private static final int FALLBACK_LOG_LINES = 80;
  private static final int FALLBACK_LOG_BYTES = 2048;

  private final String node;
  private final EventLoop loop;
  private final Images catalogue;
  private final List<ContainerBehaviors> behaviors;
  private final ImageStore images = new ImageStore();
  private final Map<String, PodSandbox> sandboxes = new LinkedHashMap<>();
  private long layout; // see layout()
  private Listener listener = (sb, c) -> {};

  /**
   * A runtime for {@code node}.
   *
   * @param behaviors the behaviour registries, asked in order (faults first, then users')
   */
  public ContainerRuntime(
      String node, EventLoop loop, Images catalogue, List<ContainerBehaviors> behaviors) {
    this.node = node;
    this.loop = loop;
    this.catalogue = catalogue;
    this.behaviors = List.copyOf(behaviors);
  }

  /** Sets who hears of container exits. */
  public void setListener(Listener listener) {
    this.listener = listener;
  }

  /** {@return the node's name} */
  public String node() {
    return node;
  }

  /** {@return the images present on the node} */
  public ImageStore images() {
    return images;
  }

  /** {@return the image catalogue} */
  public Images catalogue() {
    return catalogue;
  }

  /** {@return the current virtual time} */
  public Instant now() {
    return loop.now();
  }

  // ================================================================ sandboxes

  /** Creates a pod's sandbox (RunPodSandbox): its IP, hostname and volumes. */
  public PodSandbox runPodSandbox(
      String uid,
      String namespace,
      String name,
      String ip,
      String hostname,
      Map<String, MemoryFileSystem> volumes) {
    PodSandbox sb = new PodSandbox(uid, namespace, name, ip, hostname, loop.now(), volumes);
    sandboxes.put(uid, sb);
    layout++;
    return sb;
  }

  /**
   * {@return a counter that changes whenever a sandbox is run or removed or a container instance is
   * created} (so callers may cache what {@link #sandbox} and {@link PodSandbox#latest} answered)
   */
  public long layout() {
    return layout;
  }

  /** {@return the sandbox of a pod} */
  public Optional<PodSandbox> sandbox(String uid) {
    return Optional.ofNullable(sandboxes.get(uid));
  }

  /** {@return every sandbox, in creation order} */
  public List<PodSandbox> sandboxes() {
    return new ArrayList<>(sandboxes.values());
  }

  /** Stops a sandbox (StopPodSandbox): not ready any more; its containers must have stopped. */
  public void stopPodSandbox(PodSandbox sb) {
    sb.ready = false;
  }

  /** Removes a sandbox and its containers. */
  public void removePodSandbox(String uid) {
    PodSandbox sb = sandboxes.remove(uid);
    if (sb == null) return;
    layout++;
    for (RuntimeContainer c : sb.all()) cancelTimers(c);
  }

  // ================================================================ containers

  /**
   * Creates a container (CreateContainer): its files (the image's root, the catalogue's extra
   * files, an empty termination log, {@code /etc/hostname}, the given mounts) and identity.
   *
   * @param ports the ports its server would listen on
   * @param memoryLimit its memory limit, or null
   * @param runsToCompletion whether its timers are foreground tasks (see the class comment)
   * @throws IllegalArgumentException when the mounts do not fit (e.g. two at one path)
   */
  public RuntimeContainer createContainer(
      PodSandbox sb,
      Container spec,
      boolean init,
      int restartCount,
      List<String> argv,
      Map<String, String> env,
      List<Mount> mounts,
      Set<Integer> ports,
      Quantity memoryLimit,
      boolean runsToCompletion) {
    ImageConfig image = catalogue.lookup(spec.image());
    MemoryFileSystem root = ImageFiles.rootFor(spec.image());
    for (Map.Entry<String, String> f : image.files().entrySet()) {
      root.createDirectories(parent(f.getKey()));
      root.write(f.getKey(), f.getValue());
    }
    root.write("/etc/hostname", sb.hostname + "\n");
    String termLog = terminationMessagePath(spec);
    root.createDirectories(parent(termLog));
    root.write(termLog, "");
    ContainerFileSystem fs = new ContainerFileSystem(root, mounts);
    String id =
        ImageStore.sha256(
            node + "/" + sb.uid + "/" + spec.name() + "/" + restartCount + "/" + init);
    ContainerInfo info =
        new ContainerInfo(
            sb.namespace,
            sb.name,
            sb.uid,
            node,
            spec.name(),
            spec.image(),
            init,
            restartCount,
            argv,
            null);
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("HOSTNAME", sb.hostname);
    environment.putAll(env);
    RuntimeContainer c =
        new RuntimeContainer(
            sb,
            spec,
            init,
            restartCount,
            id,
            ImageStore.imageRef(spec.image()),
            image,
            fs,
            environment,
            Set.copyOf(ports),
            memoryLimit,
            runsToCompletion,
            info);
    c.createdAt = loop.now();
    sb.add(c);
    layout++;
    return c;
  }

  /**
   * Starts a created container (StartContainer): its process runs from now; its behaviour's exit
   * and memory use are scheduled.
   */
  public void startContainer(RuntimeContainer c) {
    if (c.state != RuntimeState.CREATED) return;
    Instant now = loop.now();
    c.state = RuntimeState.RUNNING;
    c.startedAt = now;
    c.info = c.info.withStartedAt(now);
    ContainerBehavior b = behavior(c);
    c.acceptsFrom = b.timeToReady(c.info).map(now::plus).orElse(null);
    c.server = c.info.argv().isEmpty();
    ShellContext ctx =
        new ShellContext(
            c.fs, c.env, c.spec.workingDir(), c.output, UnknownCommandPolicy.LONG_RUNNING);
    c.process = Shell.parse(c.info.argv()).start(ctx);
    b.exit(c.info)
        .ifPresent(
            e -> timer(c, now.plus(e.after()), "exits", () -> exit(c, e.exitCode(), null), false));
    b.memory(c.info)
        .ifPresent(
            m -> {
              if (c.memoryLimit != null && m.usage().compareTo(c.memoryLimit) > 0) {
                timer(
                    c,
                    now.plus(m.after()),
                    "is OOM-killed",
                    () -> exit(c, SIGKILL_EXIT_CODE, REASON_OOM_KILLED),
                    false);
              }
            });
    step(c);
  }

  /** Runs the container's process up to now and schedules its next wake-up. */
  private void step(RuntimeContainer c) {
    if (c.state != RuntimeState.RUNNING) return;
    Step s = c.process.run(loop.now());
    if (!c.server) {
      for (String note : c.process.notes()) {
        if (note.contains(NOT_SIMULATED)) {
          c.server = true;
          break;
        }
      }
    }
    if (s instanceof Step.Exited e) {
      exit(c, e.exitCode(), null);
    } else if (s instanceof Step.Sleeping sl) {
      timer(c, sl.wakeAt(), "wakes up", () -> step(c), false);
    }
  }

  /**
   * Sends the stop signal; the process exits as its {@link StopResponse} says, or is killed
   * (SIGKILL, 137) after {@code graceSeconds}. {@code done} runs once it exited (at once if it is
   * not running). A second stop may only bring the kill forward.
   */
  public void stopContainer(RuntimeContainer c, long graceSeconds, Runnable done) {
    if (c.state != RuntimeState.RUNNING) {
      if (c.state == RuntimeState.CREATED) exit(c, SIGKILL_EXIT_CODE, null);
      done.run();
      return;
    }
    c.stopWaiters.add(done);
    Instant now = loop.now();
    Instant killAt = now.plusSeconds(Math.max(0, graceSeconds));
    if (c.stopping) {
      if (c.killTimer != null && killAt.isBefore(c.killTimer.time())) {
        c.killTimer.cancel();
        c.killTimer = timer(c, killAt, "is killed", () -> exit(c, SIGKILL_EXIT_CODE, null), true);
      }
      return;
    }
    c.stopping = true;
    StopResponse r = behavior(c).onStopSignal(c.info).orElseGet(() -> defaultStop(c));
    if (r.exits() && !now.plus(r.after()).isAfter(killAt)) {
      timer(
          c,
          now.plus(r.after()),
          "exits on its stop signal",
          () -> exit(c, r.exitCode(), null),
          true);
    }
    c.killTimer = timer(c, killAt, "is killed", () -> exit(c, SIGKILL_EXIT_CODE, null), true);
  }

  /** A server handles its stop signal; a shell or sleep as PID 1 has no handler and ignores it. */
  private static StopResponse defaultStop(RuntimeContainer c) {
    return c.server
        ? StopResponse.exitsAfter(Duration.ZERO, c.image.stopExitCode())
        : StopResponse.IGNORES;
  }

  /**
   * Ends a running container at once, as the OOM killer ({@code reason} OOMKilled) or {@code crictl
   * stop} (SIGKILL: exit 137, reason Error) would.
   *
   * @param reason null: Completed for 0, else Error
   * @return whether it was running
   */
  public boolean kill(RuntimeContainer c, int exitCode, String reason) {
    if (c.state != RuntimeState.RUNNING) return false;
    exit(c, exitCode, reason);
    return true;
  }

  private void exit(RuntimeContainer c, int exitCode, String reason) {
    if (c.state == RuntimeState.EXITED) return;
    cancelTimers(c);
    c.state = RuntimeState.EXITED;
    c.finishedAt = loop.now();
    c.exitCode = exitCode;
    c.reason = reason != null ? reason : exitCode == 0 ? REASON_COMPLETED : REASON_ERROR;
    c.message = terminationMessage(c);
    listener.containerExited(c.sandbox, c);
    List<Runnable> waiters = new ArrayList<>(c.stopWaiters);
    c.stopWaiters.clear();
    for (Runnable r : waiters) r.run();
  }

  // kuberuntime's getTerminationMessage: the file, else (FallbackToLogsOnError, failed) the log
  // tail
  private static String terminationMessage(RuntimeContainer c) {
    String path = terminationMessagePath(c.spec);
    try {
      if (c.fs.isFile(path)) {
        String text = c.fs.readString(path);
        if (!text.isEmpty()) return truncate(text, MAX_MESSAGE_BYTES);
      }
    } catch (FsException e) {
      // unreadable: no message
    }
    if (Container.TERMINATION_MESSAGE_FALLBACK_TO_LOGS_ON_ERROR.equals(
            c.spec.terminationMessagePolicy())
        && c.exitCode != 0) {
      List<LogLine> lines = c.output.lines();
      int from = Math.max(0, lines.size() - FALLBACK_LOG_LINES);
      StringBuilder sb = new StringBuilder();
      for (LogLine l : lines.subList(from, lines.size())) sb.append(l.text()).append('\n');
      String tail = sb.toString();
      if (tail.length() > FALLBACK_LOG_BYTES)
        tail = tail.substring(tail.length() - FALLBACK_LOG_BYTES);
      return tail.isEmpty() ? null : tail;
    }
    return null;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String terminationMessagePath(Container spec) {
    String p = spec.terminationMessagePath();
    return p == null || p.isEmpty() ? Container.DEFAULT_TERMINATION_MESSAGE_PATH : p;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private TaskHandle timer(
      RuntimeContainer c, Instant at, String what, Runnable action, boolean foreground) {
    String description = "container " + c + " " + what;
    boolean fg = foreground || c.runsToCompletion;
    TaskHandle t =
        fg
            ? loop.schedule(at, description, action)
            : loop.scheduleBackground(at, description, action);
    c.timers.removeIf(TaskHandle::isDone);
    c.timers.add(t);
    return t;
  }

  private static void cancelTimers(RuntimeContainer c) {
    for (TaskHandle t : c.timers) t.cancel();
    c.timers.clear();
    c.killTimer = null;
  }

  // ================================================================ behaviour

  /** {@return the container's behaviour now (the registries' matching rules, in order)} */
  public ContainerBehavior behavior(RuntimeContainer c) {
    long v = 0;
    for (ContainerBehaviors r : behaviors) v = v * 31 + r.version();
    if (c.behavior == null || c.behaviorVersion != v) {
      c.behavior = behaviorFor(c.info);
      c.behaviorVersion = v;
    }
    return c.behavior;
  }

  /** {@return the behaviour of a container that has no instance yet (for pulls)} */
  public ContainerBehavior behaviorFor(ContainerInfo info) {
    List<ContainerBehavior> layers = new ArrayList<>();
    for (ContainerBehaviors r : behaviors) {
      if (!r.isEmpty()) layers.add(r.resolve(info));
    }
    return ContainerBehavior.Layered.of(layers);
  }

  // ================================================================ exec and network

  /**
   * Runs a command in a running container (an exec probe), commands the shell does not simulate
   * succeeding, at most {@code timeout} of virtual time.
   */
  public ExecResult exec(RuntimeContainer c, List<String> argv, Duration timeout) {
    ProcessOutput out = new ProcessOutput();
    ShellProcess p = Shell.parse(argv).start(c.execContext(out));
    Instant now = loop.now();
    Step s = p.runUntil(now, now.plus(timeout));
    String output = out.stdout() + out.stderr();
    if (s instanceof Step.Exited e) return new ExecResult(e.exitCode(), output, false);
    return new ExecResult(-1, output, true);
  }

  /** {@return a new process of {@code argv} in the container (an exec hook); the caller runs it} */
  public ShellProcess execProcess(RuntimeContainer c, List<String> argv, ProcessOutput out) {
    return Shell.parse(argv).start(c.execContext(out));
  }

  /**
   * A simulated HTTP GET to the pod's {@code port}: refused unless a running container of the pod
   * serves it; an image with a document root (nginx, httpd) answers 200 for a location its
   * configuration answers ({@link ImageFiles#configuredLocations}) or a file under the root (a
   * directory's {@code index.html}) and 404 otherwise; other servers answer 200.
   */
  public HttpAnswer httpGet(PodSandbox sb, int port, String path) {
    Optional<RuntimeContainer> server = sb.listener(port, loop.now());
    if (server.isEmpty()) return HttpAnswer.REFUSED;
    RuntimeContainer c = server.get();
    String root = c.documentRoot;
    if (root == null) return HttpAnswer.status(200);
    String p = path == null || path.isEmpty() ? "/" : path;
    long mods = c.fs.modificationCount();
    if (p.equals(c.httpPath) && mods == c.httpModifications) return HttpAnswer.status(c.httpStatus);
    int status = serveFile(c, root, p);
    c.httpPath = p;
    c.httpModifications = mods;
    c.httpStatus = status;
    return HttpAnswer.status(status);
  }

  private static int serveFile(RuntimeContainer c, String root, String path) {
    String p = path;
    int q = p.indexOf('?');
    if (q >= 0) p = p.substring(0, q);
    if (!p.startsWith("/")) p = "/" + p;
    if (c.configuredLocations.contains(p)) return 200;
    String file = root + p;
    try {
      if (c.fs.isDirectory(file))
        file = file.endsWith("/") ? file + "index.html" : file + "/index.html";
      return c.fs.isFile(file) ? 200 : 404;
    } catch (FsException e) {
      return 404;
    }
  }

  /** A simulated TCP connect to the pod's {@code port}: whether a running container accepts it. */
  public boolean tcpConnect(PodSandbox sb, int port) {
    return sb.listener(port, loop.now()).isPresent();
  }
}
