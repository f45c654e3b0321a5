package io.kubemu.engine;

import io.kubemu.dsl.ObjectBuilder;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.ApplyResult;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.DeleteResult;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.ConditionTimeoutException;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.SimClock;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * An in-memory Kubernetes cluster on a virtual clock: the facade users hold.
 *
 * <p>Every write goes to the {@link ApiServer} (admission, then the store); the control plane
 * (controllers, scheduler, kubelets) reacts through watches on the {@link EventLoop}. A facade
 * write returns once everything due at the current virtual instant has run (the control plane has
 * <em>reacted</em>, without time passing), as a kubectl command returns after the API call and a
 * controller's immediate sync. Time moves only through {@link #advance}, {@link #advanceTo}, {@link
 * #runUntilIdle} and {@link #runUntil}.
 *
 * <p>Same inputs and the same seed give the same {@link #timeline()}, byte for byte.
 *
 * <p>Not thread-safe: use a cluster from one thread (one per test). {@link #close()} is idempotent.
 *
 * <pre>{@code
 * Cluster cluster = Cluster.builder().seed(7).build();
 * cluster.apply(Manifests.readResource("seed/manifests/nginx-v1.12.yaml"));
 * cluster.advance(Duration.ofMinutes(1));
 * }</pre>
 */
public final class Cluster implements AutoCloseable {

  /** The default virtual start time: {@value}. */
  public static final String DEFAULT_START = "2026-01-01T00:00:00Z";

  private final EventLoop loop;
  private final ApiServer api;
  private final Timeline timeline;
  private final EventRecorder recorder;
  private final ControlPlane.Components components;
  private volatile boolean closed;
  private volatile LiveRunner live;

  private Cluster(Builder b) {
    this.loop = new EventLoop(b.start, b.seed);
    this.timeline = new Timeline();
    this.api =
        new ApiServer(
            loop,
            ApiServer.Options.DEFAULT
                .withStrictNamespaces(b.strictNamespaces)
                // kubelets remove deleted pods once their containers stopped
                .withExpireGracePeriods(!b.kubelets),
            timeline);
    this.recorder = new EventRecorder(api);
    this.components = ControlPlane.install(this, b);
    loop.setStateSummary(this::stateSummary);
    // Nodes register themselves (created, not kubectl-applied), all or nothing.
    api.atomically(
        () -> {
          b.nodes.forEach(api::create);
          return null;
        });
    loop.runDue();
  }

  /** {@return a builder with the defaults: no nodes, seed 1, start {@value #DEFAULT_START}} */
  public static Builder builder() {
    return new Builder();
  }

  // ================================================================ objects

  /**
   * Creates or updates an object as {@code kubectl apply} does.
   *
   * @return the stored object
   * @throws io.kubemu.engine.api.ApiException if the API server rejects it (nothing is stored)
   */
  public <T extends KubernetesObject> T apply(T object) {
    return guarded(() -> settle(api.apply(object)).object());
  }

  /** As {@link #apply(KubernetesObject)}, recording the change cause annotation first. */
  public <T extends KubernetesObject> T apply(T object, ChangeCause cause) {
    return apply(cause.applyTo(object));
  }

  /** As {@link #apply(KubernetesObject)} for a DSL builder. */
  public <T extends KubernetesObject> T apply(ObjectBuilder<T> builder) {
    return apply(builder.build());
  }

  /** As {@link #apply(KubernetesObject, ChangeCause)} for a DSL builder. */
  public <T extends KubernetesObject> T apply(ObjectBuilder<T> builder, ChangeCause cause) {
    return apply(builder.build(), cause);
  }

  /**
   * Applies several objects (e.g. every document of a manifest) all or nothing: each is validated
   * before any is stored.
   *
   * @return kubectl's outcome per object, in order
   */
  public List<ApplyResult<KubernetesObject>> apply(List<? extends KubernetesObject> objects) {
    return applyAll(objects);
  }

  /** As {@link #apply(List)}, recording the change cause on every object. */
  public List<ApplyResult<KubernetesObject>> apply(
      List<? extends KubernetesObject> objects, ChangeCause cause) {
    List<KubernetesObject> annotated = new ArrayList<>();
    for (KubernetesObject o : objects) annotated.add(cause.applyTo(o));
    return applyAll(annotated);
  }

  /** Reads a manifest file (one or many documents) and applies it all or nothing. */
  public List<ApplyResult<KubernetesObject>> apply(Path manifest) {
    return applyAll(Manifests.read(manifest));
  }

  private List<ApplyResult<KubernetesObject>> applyAll(List<? extends KubernetesObject> objects) {
    return guarded(() -> settle(api.applyAll(objects)));
  }

  /** Creates an object; fails if it exists ({@code kubectl create}). */
  public <T extends KubernetesObject> T create(T object) {
    return guarded(() -> settle(api.create(object)));
  }

  /** As {@link #create(KubernetesObject)} for a DSL builder. */
  public <T extends KubernetesObject> T create(ObjectBuilder<T> builder) {
    return create(builder.build());
  }

  /** Replaces an object's spec and metadata ({@code kubectl replace}); status is kept. */
  public <T extends KubernetesObject> T replace(T object) {
    return guarded(() -> settle(api.update(object)));
  }

  /**
   * Applies a JSON merge patch ({@code kubectl patch --type merge}).
   *
   * @param key {@code namespace/name}, or {@code name}
   */
  public <T extends KubernetesObject> T patch(Class<T> type, String key, String mergePatch) {
    ObjectKey k = ObjectKey.parse(Kinds.of(type), key);
    return guarded(() -> settle(api.patch(type, k.namespace(), k.name(), mergePatch)));
  }

  /** Deletes an object with the server's defaults (graceful for pods, background cascade). */
  public <T extends KubernetesObject> DeleteResult<T> delete(Class<T> type, String key) {
    return delete(type, key, DeleteOptions.DEFAULT);
  }

  /** Deletes an object with options (grace period, preconditions, propagation policy). */
  public <T extends KubernetesObject> DeleteResult<T> delete(
      Class<T> type, String key, DeleteOptions options) {
    ObjectKey k = ObjectKey.parse(Kinds.of(type), key);
    return guarded(() -> settle(api.delete(type, k.namespace(), k.name(), options)));
  }

  /**
   * {@return the object}
   *
   * @param key {@code namespace/name}, or {@code name} ({@code default} namespace)
   * @throws io.kubemu.engine.api.ApiException.NotFound if there is none
   */
  public <T extends KubernetesObject> T get(Class<T> type, String key) {
    ObjectKey k = ObjectKey.parse(Kinds.of(type), key);
    return guarded(() -> api.get(type, k.namespace(), k.name()));
  }

  /** {@return the object, if there is one} */
  public <T extends KubernetesObject> Optional<T> find(Class<T> type, String key) {
    ObjectKey k = ObjectKey.parse(Kinds.of(type), key);
    return guarded(() -> api.find(type, k.namespace(), k.name()));
  }

  /** {@return every object of the type, sorted by namespace and name} */
  public <T extends KubernetesObject> List<T> list(Class<T> type) {
    return guarded(() -> api.list(type));
  }

  /** {@return the objects of the type in a namespace, sorted by name} */
  public <T extends KubernetesObject> List<T> list(Class<T> type, String namespace) {
    return guarded(() -> api.list(type, namespace));
  }

  /**
   * {@return the objects of the type in a namespace (null: all) matching a label selector as {@code
   * kubectl -l} takes it}
   */
  public <T extends KubernetesObject> List<T> list(
      Class<T> type, String namespace, String labelSelector) {
    return guarded(
        () -> api.list(type, new ListOptions(namespace, null, null).labels(labelSelector)).items());
  }

  /**
   * Sets ({@code value} non-null) or removes ({@code value} null) a label, as {@code kubectl label
   * --overwrite}.
   */
  public <T extends KubernetesObject> T label(
      Class<T> type, String key, String label, String value) {
    return guarded(
        () -> {
          T current = get(type, key);
          ObjectMeta meta = current.metadata().withLabel(label, value);
          return replace(type.cast(current.withMetadata(meta)));
        });
  }

  /** Sets or removes an annotation, as {@code kubectl annotate --overwrite}. */
  public <T extends KubernetesObject> T annotate(
      Class<T> type, String key, String annotation, String value) {
    return guarded(
        () -> {
          T current = get(type, key);
          ObjectMeta meta = current.metadata().withAnnotation(annotation, value);
          return replace(type.cast(current.withMetadata(meta)));
        });
  }

  /** Adds a node; its kubelet starts and registers it. */
  public Node addNode(Node node) {
    return create(node);
  }

  /** As {@link #addNode(Node)} for a DSL builder. */
  public Node addNode(ObjectBuilder<Node> node) {
    return addNode(node.build());
  }

  /**
   * {@return node operations as kubectl offers them: label, taint, cordon, uncordon, drain (through
   * the eviction API, honouring PodDisruptionBudgets), and stopping or starting a node's kubelet.
   * Each returns the line kubectl prints and throws {@code NodeOperationException} with kubectl's
   * error text.}
   */
  public io.kubemu.engine.controller.nodelifecycle.NodeOperations nodes() {
    requireNotLive();
    return components.nodeOperations();
  }

  /**
   * {@return fault injection: make images unpullable, probes fail or containers crash from a
   * virtual time, kill or OOM-kill a container}
   *
   * @throws IllegalStateException if the cluster runs without kubelets
   */
  public io.kubemu.engine.kubelet.Faults faults() {
    return kubelets().faults();
  }

  /** {@return the container behaviours in force; register more at any time} */
  public io.kubemu.engine.runtime.ContainerBehaviors behaviors() {
    return kubelets().behaviors();
  }

  /**
   * {@return a container's log lines ({@code kubectl logs [--previous]})}
   *
   * @param podKey {@code namespace/name} or {@code name}
   */
  public List<io.kubemu.engine.runtime.shell.LogLine> logs(
      String podKey, String container, boolean previous) {
    String key = podKey.contains("/") ? podKey : ApiServer.DEFAULT_NAMESPACE + "/" + podKey;
    return guarded(() -> kubelets().logs(key, container, previous));
  }

  private io.kubemu.engine.kubelet.Kubelets kubelets() {
    if (components.kubelets() == null) {
      throw new IllegalStateException(
          "this cluster runs without kubelets (Builder.kubelets(false))");
    }
    return components.kubelets();
  }

  /**
   * Runs a kubectl command line on this cluster and returns what kubectl prints, e.g. {@code
   * kubectl("get pods -n app -o wide")}, {@code kubectl("rollout status deployment/web -n app")}
   * (which advances virtual time until the rollout is done), {@code kubectl("apply -f
   * seed/manifests/pod-demo.yaml")} (files are read from the classpath when not found on disk).
   *
   * @throws io.kubemu.engine.kubectl.KubectlException with kubectl's error text
   */
  public String kubectl(String commandLine) {
    return kubectl().run(commandLine);
  }

  /**
   * {@return kubectl on this cluster, to run commands or to fix a namespace: {@code
   * kubectl().withNamespace("app").run("get pods")}}
   */
  public io.kubemu.engine.kubectl.Kubectl kubectl() {
    requireNotLive();
    return new io.kubemu.engine.kubectl.Kubectl(this);
  }

  /**
   * {@return {@code kubectl rollout} for Deployments, typed: {@code status} (advances virtual time
   * until the rollout is done and returns kubectl's lines), {@code history}, {@code undo}, {@code
   * pause}, {@code resume}, {@code restart}, plus {@code scale} and {@code setImage}. Keys are
   * {@code namespace/name} or {@code name}. Each write returns once everything due at the current
   * virtual instant has run, as {@link #apply(KubernetesObject)} does: {@code
   * cluster.rollout().pause("app/web")} right after an apply leaves the rollout where the
   * controllers took it in that instant.}
   *
   * @throws IllegalStateException while the cluster runs live ({@code status} moves time)
   */
  public io.kubemu.engine.controller.deployment.DeploymentRollouts rollout() {
    requireNotLive();
    return new io.kubemu.engine.controller.deployment.DeploymentRollouts(api);
  }

  /** Removes a node object ({@code kubectl delete node}); its pods are left to the controllers. */
  public void removeNode(String name) {
    delete(Node.class, name);
  }

  /**
   * {@return how the scheduler placed (or failed to place) a pod in its last attempt: per node, the
   * plugin that filtered it out or each plugin's score, and the choice}
   *
   * @param podKey {@code namespace/name} or {@code name}
   */
  public Optional<io.kubemu.engine.scheduler.Explanation> explain(String podKey) {
    ObjectKey k = ObjectKey.parse(Kinds.of(Pod.class), podKey);
    String ns = k.namespace() == null ? ApiServer.DEFAULT_NAMESPACE : k.namespace();
    return guarded(() -> components.scheduler().explain(ns, k.name()));
  }

  /** {@return the events about an object, oldest first} */
  public List<Event> events(KubernetesObject involved) {
    String uid = involved.metadata().uid();
    List<Event> all = guarded(() -> api.list(Event.class));
    return all.stream()
        .filter(
            e ->
                e.involvedObject() != null
                    && (uid != null
                        ? uid.equals(e.involvedObject().uid())
                        : involved.metadata().name().equals(e.involvedObject().name())))
        .sorted(Comparator.comparing(Cluster::eventTime))
        .toList();
  }

  private static Instant eventTime(Event e) {
    return e.firstTimestamp() != null ? e.firstTimestamp() : e.metadata().creationTimestamp();
  }

  // ================================================================ time

  /**
   * {@return the virtual clock; hand it to code under test that takes a {@link java.time.Clock}}
   */
  public SimClock clock() {
    return loop.clock();
  }

  /** {@return the current virtual time} */
  public Instant now() {
    return loop.now();
  }

  /** Runs everything due up to and including {@code now + duration}; returns settled there. */
  public Cluster advance(Duration duration) {
    requireNotLive();
    loop.advance(duration);
    return this;
  }

  /** Runs everything due up to and including {@code target}; returns settled there. */
  public Cluster advanceTo(Instant target) {
    requireNotLive();
    loop.advanceTo(target);
    return this;
  }

  /**
   * Runs until no foreground work is pending (periodic probes do not count), at most an hour of
   * virtual time.
   *
   * @return the virtual time that passed
   * @throws ConditionTimeoutException if work is still pending at the limit
   */
  public Duration runUntilIdle() {
    requireNotLive();
    return loop.runUntilIdle();
  }

  /**
   * Runs event by event until the condition holds, at most {@code limit} of virtual time.
   *
   * @param description what is awaited, for the timeout message
   * @return the virtual time that passed
   * @throws ConditionTimeoutException naming the condition, the virtual time and the cluster state
   */
  public Duration runUntil(String description, BooleanSupplier condition, Duration limit) {
    requireNotLive();
    return loop.runUntil(description, condition, limit);
  }

  // ================================================================ internals users may need

  /** {@return every write so far, in order} */
  public Timeline timeline() {
    return timeline;
  }

  /** {@return the API server, for direct API calls (watches, status writes, patches)} */
  public ApiServer api() {
    return api;
  }

  /** {@return the event loop that runs the control plane} */
  public EventLoop loop() {
    return loop;
  }

  EventRecorder recorder() {
    return recorder;
  }

  /**
   * Runs the cluster live: a background thread moves virtual time at {@code speed} virtual seconds
   * per wall second, so tools that poll in real time (Awaitility's {@code await()}) can watch it.
   * While live, the facade is thread-safe (every call runs under the runner's lock) and time moves
   * on its own: {@link #advance} and friends throw. Stop with {@link #stopLive()}.
   *
   * @return the runner, whose {@link LiveRunner#call} runs other work under the same lock
   */
  public LiveRunner live(double speed) {
    LiveRunner runner = new LiveRunner(this).start(speed);
    live = runner;
    return runner;
  }

  /** Stops live mode, if on; the cluster is then driven by explicit time calls again. */
  public void stopLive() {
    LiveRunner runner = live;
    live = null;
    if (runner != null) runner.stop();
  }

  /** {@return whether the cluster runs live} */
  public boolean isLive() {
    LiveRunner runner = live;
    return runner != null && runner.isRunning();
  }

  /** Stops the cluster (and live mode): pending work is dropped. Idempotent. */
  @Override
  public void close() {
    closed = true;
    stopLive();
    if (components.kubelets() != null) components.kubelets().close();
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return closed;
  }

  private <R> R guarded(java.util.function.Supplier<R> work) {
    LiveRunner runner = live;
    return runner == null ? work.get() : runner.call(work);
  }

  private void requireNotLive() {
    if (live != null) {
      throw new IllegalStateException(
          "the cluster is live: time moves on its own; stopLive() it first");
    }
  }

  private <R> R settle(R result) {
    loop.runDue();
    return result;
  }

  /** A short state summary for timeouts: objects per kind and pods per phase. */
  String stateSummary() {
    StringBuilder sb = new StringBuilder();
    for (Kind kind : Kinds.all()) {
      if (kind.type() == Event.class) continue;
      int n = api.list(kind.type()).size();
      if (n > 0) sb.append(kind.plural()).append('=').append(n).append(' ');
    }
    Map<String, Integer> phases = new TreeMap<>();
    for (Pod p : api.list(Pod.class)) {
      String phase = p.status() == null || p.status().phase() == null ? "-" : p.status().phase();
      phases.merge(phase, 1, Integer::sum);
    }
    if (!phases.isEmpty()) sb.append("pods by phase ").append(phases);
    return sb.toString().trim();
  }

  /** Configures a {@link Cluster}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private long seed = 1;
    private Instant start = Instant.parse(DEFAULT_START);
    private boolean strictNamespaces;
    boolean controllers = true;
    boolean scheduler = true;
    io.kubemu.engine.scheduler.SchedulerOptions schedulerOptions =
        io.kubemu.engine.scheduler.SchedulerOptions.defaults();
    boolean kubelets = true;
    final Map<String, io.kubemu.engine.runtime.ImageConfig> images =
        new java.util.LinkedHashMap<>();
    final List<java.util.function.Consumer<io.kubemu.engine.runtime.ContainerBehaviors>> behaviors =
        new ArrayList<>();
    private final List<KubernetesObject> nodes = new ArrayList<>();

    private Builder() {}

    /** The seed of every random choice (names, uids, scheduler ties); default 1. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The virtual start time; default {@value Cluster#DEFAULT_START}. */
    public Builder startTime(Instant start) {
      this.start = start;
      return this;
    }

    /** Require namespaces to exist, as a real cluster does; default: created on first use. */
    public Builder strictNamespaces(boolean strict) {
      this.strictNamespaces = strict;
      return this;
    }

    /**
     * Whether kube-controller-manager's controllers run; default true. Off, objects stay as
     * written: useful to test against hand-written statuses.
     */
    public Builder controllers(boolean run) {
      this.controllers = run;
      return this;
    }

    /**
     * Whether kube-scheduler runs; default true. Off, pods stay unbound unless they name a node.
     */
    public Builder scheduler(boolean run) {
      this.scheduler = run;
      return this;
    }

    /**
     * Configures kube-scheduler (profiles and plugin weights, percentageOfNodesToScore, back-off);
     * default {@link io.kubemu.engine.scheduler.SchedulerOptions#defaults()}, the Kubernetes
     * version kubemu follows.
     */
    public Builder scheduler(io.kubemu.engine.scheduler.SchedulerOptions options) {
      this.schedulerOptions = Objects.requireNonNull(options);
      return this;
    }

    /**
     * Whether a kubelet runs on each node; default true. Off, pods never start and nodes report no
     * status: tests then write pod statuses themselves.
     */
    public Builder kubelets(boolean run) {
      this.kubelets = run;
      return this;
    }

    /**
     * Makes containers of images matching {@code imageGlob} (e.g. {@code *nginx*}) behave as {@code
     * behavior} says (start delay, readiness, exit, crash, probe answers, memory, pulls). Anything
     * the behaviour leaves empty keeps the image's default. A plain interface: mock it with Mockito
     * if you like.
     */
    public Builder behavior(String imageGlob, io.kubemu.engine.runtime.ContainerBehavior behavior) {
      behaviors.add(registry -> registry.forImage(imageGlob, behavior));
      return this;
    }

    /**
     * As {@link #behavior(String, io.kubemu.engine.runtime.ContainerBehavior)} for one container.
     */
    public Builder behavior(
        String podGlob, String container, io.kubemu.engine.runtime.ContainerBehavior behavior) {
      behaviors.add(registry -> registry.forContainer(podGlob, container, behavior));
      return this;
    }

    /**
     * Declares what images matching {@code imageGlob} hold, as their image config would: ENTRYPOINT
     * and CMD (which a container's {@code command} and {@code args} replace), ports, files, size
     * and pull time. Images not declared use kubemu's catalogue of well-known images (nginx,
     * busybox, centos...), then a long-running server.
     */
    public Builder image(String imageGlob, io.kubemu.engine.runtime.ImageConfig config) {
      images.put(Objects.requireNonNull(imageGlob), Objects.requireNonNull(config));
      return this;
    }

    /** Adds nodes present from the start. */
    public Builder nodes(Node... nodes) {
      this.nodes.addAll(List.of(nodes));
      return this;
    }

    /** Adds nodes present from the start, from DSL builders. */
    @SafeVarargs
    public final Builder nodes(ObjectBuilder<Node>... nodes) {
      for (ObjectBuilder<Node> n : nodes) this.nodes.add(n.build());
      return this;
    }

    /** Adds the nodes of a manifest (e.g. {@code seed/manifests/nodes-hdss7.yaml}). */
    public Builder nodes(List<? extends KubernetesObject> manifest) {
      for (KubernetesObject o : manifest) {
        if (!(o instanceof Node)) {
          throw new IllegalArgumentException(
              "expected only Nodes, got " + o.kind() + " \"" + o.metadata().name() + "\"");
        }
        nodes.add(o);
      }
      return this;
    }

    /** {@return a new cluster} */
    public Cluster build() {
      return new Cluster(this);
    }
  }
}
