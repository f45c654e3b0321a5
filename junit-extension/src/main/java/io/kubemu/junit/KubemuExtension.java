package io.kubemu.junit;

import io.kubemu.dsl.ObjectBuilder;
import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest.Lifecycle;
import io.kubemu.model.core.Node;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit Jupiter extension behind {@link KubemuTest @KubemuTest}: a fresh in-memory {@link
 * Cluster} for every test, closed after it.
 *
 * <h2>Registration</h2>
 *
 * Declaratively with {@code @KubemuTest} (or {@code @ExtendWith(KubemuExtension.class)}),
 * configured by its attributes, {@link WithNode @WithNode} and {@link
 * WithManifests @WithManifests}; or programmatically with a builder:
 *
 * <pre>{@code
 * @RegisterExtension
 * static KubemuExtension kubemu =
 *     KubemuExtension.builder().seed(7).node(node("n1").label("disktype", "ssd")).build();
 * }</pre>
 *
 * Use one or the other for a class: a builder and {@code @KubemuTest} together are rejected.
 * {@code @WithNode} and {@code @WithManifests} add to the builder's nodes and manifests.
 *
 * <h2>Injection</h2>
 *
 * The cluster is resolved by type for parameters of test methods, {@code @BeforeEach} and
 * {@code @AfterEach} methods, and (when the class shares one cluster) constructors and
 * {@code @BeforeAll} / {@code @AfterAll} methods; it is also set into every non-final field of type
 * {@code Cluster}: instance fields (of the test instance and its enclosing instances) before each
 * test, static fields before all tests of the class.
 *
 * <h2>Lifecycle</h2>
 *
 * One cluster per test method (per invocation of a parameterized or repeated test) by default; one
 * per class with {@code @TestInstance(PER_CLASS)}, a static {@code Cluster} field, or {@link
 * KubemuTest#lifecycle()} (see {@link Lifecycle}). A {@code @Nested} class gets its own clusters,
 * configured by its own annotations and its enclosing classes'. The cluster is kept in the
 * extension store as an {@link AutoCloseable} and also closed explicitly after each test (or after
 * all tests of the class).
 *
 * <h2>Failures</h2>
 *
 * When a test fails, the extension, while the cluster is still alive, (1) appends a summary of the
 * cluster's timeline (pods per ReplicaSet/revision over virtual time, the pods, the events, the
 * last writes; at most {@value #TIMELINE_MAX_CHARS} characters, default {@value
 * #DEFAULT_TIMELINE_MAX_CHARS}, 0 to turn it off) to the message of the assertion error, keeping
 * the original as its cause; (2) writes a self-contained HTML report with charts of pods and ready
 * pods per ReplicaSet/revision and each pod's state over virtual time, to {@code
 * <dir>/<TestClass>/<testMethod>.html}, {@code <dir>} being the configuration parameter (or system
 * property) {@value #REPORTS_DIR}, default {@value #DEFAULT_REPORTS_DIR}; (3) publishes both as a
 * report entry with keys {@code kubemu.timeline} and {@code kubemu.report}.
 *
 * <h2>Parallel execution</h2>
 *
 * Supported: the extension keeps its state only in the {@link ExtensionContext.Store}, and clusters
 * share nothing (each has its own clock, seeded random source and id generators). A cluster shared
 * by a class is not thread-safe: run such a class in {@code SAME_THREAD} mode.
 */
public final class KubemuExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {

  /** The configuration parameter (or system property) naming the reports directory. */
  public static final String REPORTS_DIR = "kubemu.reports.dir";

  /** The reports directory unless {@value #REPORTS_DIR} is set. */
  public static final String DEFAULT_REPORTS_DIR = "target/kubemu-reports";

  /** The configuration parameter capping the timeline appended to failures, in characters. */
  public static final String TIMELINE_MAX_CHARS = "kubemu.timeline.max-chars";

  /** The cap on the appended timeline unless {@value #TIMELINE_MAX_CHARS} is set. */
  public static final int DEFAULT_TIMELINE_MAX_CHARS = 4000;

  static final Namespace NAMESPACE = Namespace.create(KubemuExtension.class);

  /** The store key of the cluster whose scope is the context with this unique id. */
  private record ClusterKey(String scope) {}

  /** The store key of the extension instance acting on the context with this unique id. */
  private record OwnerKey(String scope) {}

  /** The store key of the effective lifecycle of the class context with this unique id. */
  private record LifecycleKey(String scope) {}

  /** The store key of a test's {@link TestMark}. */
  private record MarkKey(String scope) {}

  /** Where a test began on its cluster's timeline. */
  private record TestMark(long sequence) {}

  /** The store value: JUnit closes it with its context if nothing else did. */
  private record ClusterResource(Cluster cluster) implements AutoCloseable {
    @Override
    public void close() {
      cluster.close();
    }
  }

  private final ProgrammaticConfig config;

  /**
   * The extension as {@code @KubemuTest} and {@code @ExtendWith} create it (JUnit calls this
   * constructor by reflection): configured by annotations only.
   */
  public KubemuExtension() {
    this(null);
  }

  private KubemuExtension(ProgrammaticConfig config) {
    this.config = config;
  }

  /** {@return a builder for a programmatically configured extension, with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ callbacks

  @Override
  public void beforeAll(ExtensionContext context) {
    claim(context);
    if (lifecycle(context) != Lifecycle.PER_CLASS) return;
    Cluster cluster = cluster(context);
    ClusterFields.injectStatic(context.getRequiredTestClass(), cluster);
    context
        .getTestInstances()
        .ifPresent(i -> i.getAllInstances().forEach(o -> ClusterFields.injectInstance(o, cluster)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    claim(context);
    if (perClass(context)) {
      SettingsResolver.checkNoMethodSettings(context.getRequiredTestMethod());
    }
    Cluster cluster = clusterFor(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      ClusterFields.injectInstance(instance, cluster);
    }
    store(context).put(new MarkKey(context.getUniqueId()), new TestMark(cluster.timeline().size()));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    int max = maxChars(context);
    Optional<Cluster> cluster = existing(context);
    if (max <= 0 || cluster.isEmpty() || cluster.get().isClosed()) throw throwable;
    cluster.get().stopLive(); // a live cluster's timeline would move while it is read
    String summary;
    try {
      TimelineSnapshot snapshot = snapshot(context, cluster.get());
      summary =
          TimelineSummary.render(
              snapshot,
              PodHistory.of(snapshot),
              title(context),
              ReportFiles.path(context).toString(),
              max);
    } catch (RuntimeException e) {
      throwable.addSuppressed(e); // never hide the test's own failure
      throw throwable;
    }
    throw Failures.withTimeline(throwable, summary);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      existing(context).ifPresent(Cluster::stopLive);
      context.getExecutionException().ifPresent(failure -> report(context, failure));
    } finally {
      close(context); // a per-method cluster; a shared one is closed after all
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close(context);
  }

  // ------------------------------------------------------------------ parameters

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Cluster.class;
  }

  @Override
  public Cluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isPresent()) return clusterFor(context);
    if (lifecycle(context) == Lifecycle.PER_CLASS) return cluster(context);
    Executable executable = parameter.getDeclaringExecutable();
    String where =
        executable instanceof java.lang.reflect.Constructor<?>
            ? "the constructor"
            : "@BeforeAll/@AfterAll method " + executable.getName() + "()";
    throw new ExtensionConfigurationException(
        "Cluster parameters are not supported on "
            + where
            + " of "
            + context.getRequiredTestClass().getName()
            + " unless the class shares one cluster: there is one cluster per test method, and"
            + " none at class level. Take the Cluster in @BeforeEach or the test method, or share"
            + " one cluster per class with @TestInstance(PER_CLASS) or @KubemuTest(lifecycle ="
            + " PER_CLASS).");
  }

  // ------------------------------------------------------------------ internals

  /** Rejects a second extension instance acting on the same test (declarative + programmatic). */
  private void claim(ExtensionContext context) {
    Object owner =
        store(context).getOrComputeIfAbsent(new OwnerKey(context.getUniqueId()), k -> this);
    if (owner != this) throw SettingsResolver.registeredTwice(context);
  }

  /** {@return the cluster of a test (its own, or its class's)} */
  private Cluster clusterFor(ExtensionContext testContext) {
    return cluster(scope(testContext));
  }

  /** {@return the cluster whose scope is the context, created on first use} */
  private Cluster cluster(ExtensionContext scope) {
    return store(scope)
        .getOrComputeIfAbsent(
            new ClusterKey(scope.getUniqueId()),
            k -> new ClusterResource(create(scope)),
            ClusterResource.class)
        .cluster();
  }

  private Cluster create(ExtensionContext scope) {
    Settings settings = SettingsResolver.resolve(scope, config);
    return settings.createCluster(scope.getRequiredTestClass().getClassLoader());
  }

  private Optional<Cluster> existing(ExtensionContext testContext) {
    ExtensionContext scope = scope(testContext);
    return Optional.ofNullable(
            store(scope).get(new ClusterKey(scope.getUniqueId()), ClusterResource.class))
        .map(ClusterResource::cluster);
  }

  /** {@return the test's own context, or its class's when the class shares one cluster} */
  private ExtensionContext scope(ExtensionContext testContext) {
    return perClass(testContext) ? classContext(testContext) : testContext;
  }

  private boolean perClass(ExtensionContext context) {
    return lifecycle(classContext(context)) == Lifecycle.PER_CLASS;
  }

  /** {@return PER_METHOD or PER_CLASS for a class context, computed once per class} */
  private Lifecycle lifecycle(ExtensionContext classContext) {
    return store(classContext)
        .getOrComputeIfAbsent(
            new LifecycleKey(classContext.getUniqueId()),
            k -> SettingsResolver.lifecycle(classContext, config),
            Lifecycle.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (!(c.getElement().orElse(null) instanceof Class<?>)) {
      c = c.getParent().orElseThrow(() -> new IllegalStateException("no test class context"));
    }
    return c;
  }

  private void close(ExtensionContext scope) {
    ClusterResource r =
        store(scope).remove(new ClusterKey(scope.getUniqueId()), ClusterResource.class);
    if (r != null) r.close();
  }

  private void report(ExtensionContext context, Throwable failure) {
    Optional<Cluster> cluster = existing(context);
    if (cluster.isEmpty() || cluster.get().isClosed()) return;
    TimelineSnapshot snapshot = snapshot(context, cluster.get());
    PodHistory pods = PodHistory.of(snapshot);
    Path file = ReportFiles.path(context);
    String title = title(context);
    ReportFiles.write(file, HtmlReport.render(snapshot, pods, title, failureText(failure)));
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("kubemu.report", file.toString());
    entry.put(
        "kubemu.timeline",
        TimelineSummary.render(snapshot, pods, title, null, DEFAULT_TIMELINE_MAX_CHARS));
    context.publishReportEntry(entry);
  }

  private TimelineSnapshot snapshot(ExtensionContext context, Cluster cluster) {
    TestMark mark = store(context).get(new MarkKey(context.getUniqueId()), TestMark.class);
    long from = mark == null || !perClass(context) ? 0 : mark.sequence();
    return TimelineSnapshot.of(cluster, from);
  }

  private static String failureText(Throwable failure) {
    String text = failure.toString();
    int cut = text.indexOf("\n\nkubemu timeline of ");
    return cut < 0 ? text : text.substring(0, cut);
  }

  /** {@return e.g. {@code MyTest.rolls_out()}, plus the display name when it differs} */
  private static String title(ExtensionContext context) {
    String method = context.getTestMethod().map(Method::getName).orElse("");
    String base = context.getRequiredTestClass().getSimpleName() + "." + method + "()";
    String display = context.getDisplayName();
    return display.startsWith(method + "(") ? base : base + " " + display;
  }

  private static int maxChars(ExtensionContext context) {
    String value = context.getConfigurationParameter(TIMELINE_MAX_CHARS).orElse(null);
    if (value == null) return DEFAULT_TIMELINE_MAX_CHARS;
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return DEFAULT_TIMELINE_MAX_CHARS;
    }
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  /**
   * Configures a {@link KubemuExtension} in code, for {@code @RegisterExtension} fields. Every
   * setting defaults to what {@code @KubemuTest} without attributes means. Not thread-safe; {@link
   * #build()} may be called repeatedly.
   */
  public static final class Builder {
    private ProgrammaticConfig config = ProgrammaticConfig.DEFAULTS;
    private final List<Node> nodes = new ArrayList<>();
    private final List<ManifestSource> manifests = new ArrayList<>();
    private final List<Consumer<Cluster.Builder>> customizers = new ArrayList<>();

    private Builder() {}

    /** The seed of every random choice in the cluster; default 1. */
    public Builder seed(long seed) {
      config =
          with(seed, config.start(), config.nodes(), config.strictNamespaces(), config.lifecycle());
      return this;
    }

    /** The virtual start time; default {@value Cluster#DEFAULT_START}. */
    public Builder startTime(Instant start) {
      Objects.requireNonNull(start, "start");
      config =
          with(config.seed(), start, config.nodes(), config.strictNamespaces(), config.lifecycle());
      return this;
    }

    /**
     * Plain nodes {@code node-1} … {@code node-N}, in addition to the declared ones; default one
     * node when none is declared anywhere, none otherwise (see {@link KubemuTest#nodes()}).
     *
     * @throws IllegalArgumentException if count is negative
     */
    public Builder nodes(int count) {
      if (count < 0) throw new IllegalArgumentException("nodes must be >= 0 but was " + count);
      config =
          with(config.seed(), config.start(), count, config.strictNamespaces(), config.lifecycle());
      return this;
    }

    /** Adds a node, e.g. {@code node(node("n1").label("disktype", "ssd"))}. */
    public Builder node(ObjectBuilder<Node> node) {
      return node(node.build());
    }

    /** Adds a node. */
    public Builder node(Node node) {
      nodes.add(Objects.requireNonNull(node, "node"));
      return this;
    }

    /** Adds classpath manifests applied before each test, in order. */
    public Builder manifests(String... resources) {
      for (String r : resources)
        manifests.add(new ManifestSource(r, true, "KubemuExtension.builder()"));
      return this;
    }

    /** Adds manifest files applied before each test, in order. */
    public Builder manifestFiles(Path... files) {
      for (Path f : files) {
        manifests.add(new ManifestSource(f.toString(), false, "KubemuExtension.builder()"));
      }
      return this;
    }

    /** Require namespaces to exist before use; default false. */
    public Builder strictNamespaces(boolean strict) {
      config = with(config.seed(), config.start(), config.nodes(), strict, config.lifecycle());
      return this;
    }

    /** How long a cluster lives; default {@link Lifecycle#DEFAULT}. */
    public Builder lifecycle(Lifecycle lifecycle) {
      Objects.requireNonNull(lifecycle, "lifecycle");
      config =
          with(config.seed(), config.start(), config.nodes(), config.strictNamespaces(), lifecycle);
      return this;
    }

    /**
     * Further configures the engine's {@link Cluster.Builder} of every cluster, after the settings
     * above (e.g. for engine options that have no annotation).
     */
    public Builder configure(Consumer<Cluster.Builder> customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /** {@return a new extension with this configuration} */
    public KubemuExtension build() {
      return new KubemuExtension(
          new ProgrammaticConfig(
              config.seed(),
              config.start(),
              config.nodes(),
              config.strictNamespaces(),
              config.lifecycle(),
              nodes,
              manifests,
              customizers));
    }

    private ProgrammaticConfig with(
        long seed, Instant start, int nodeCount, boolean strict, Lifecycle lifecycle) {
      return config.withScalars(seed, start, nodeCount, strict, lifecycle);
    }
  }
}
