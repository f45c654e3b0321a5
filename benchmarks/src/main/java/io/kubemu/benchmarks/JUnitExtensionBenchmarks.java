package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.node;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.model.core.Node;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #5's figure: the per-test overhead of {@code @KubemuTest} (create, inject and close a
 * 3-node cluster). Sample time per test, so JMH reports the median (p0.50).
 *
 * <p>The extension acts through JUnit's {@code ExtensionContext} (store, lifecycle, annotations),
 * which only a running Jupiter engine provides, so the honest measure runs it: one op launches a
 * fixture class of {@value #TESTS} repetitions through the JUnit Platform launcher, and JMH divides
 * by {@value #TESTS} ({@code @OperationsPerInvocation}); discovery and engine start-up, paid once
 * per class in real use too, are spread over the tests. The extension's own cost per test is {@link
 * #withExtension} minus {@link #withoutExtension} (the same class without it). {@link
 * #clusterCreateClose} is its building block alone: build the 3-node cluster the annotation
 * declares (kubelets registering the nodes) and close it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class JUnitExtensionBenchmarks {
  static final int TESTS = 100;

  /** The fixture: each repetition takes a fresh injected cluster. */
  @KubemuTest(nodes = 3)
  public static class WithKubemu {
    Cluster field;

    @RepeatedTest(TESTS)
    void test(Cluster cluster) {
      if (cluster != field || cluster.isClosed()) throw new AssertionError("not injected");
    }
  }

  /** The baseline: the same class without the extension. */
  public static class Plain {
    @RepeatedTest(TESTS)
    void test() {}
  }

  private Launcher launcher;
  private LauncherDiscoveryRequest withKubemu;
  private LauncherDiscoveryRequest plain;
  private TestExecutionSummary last;
  private Node[] nodes;

  @Setup(Level.Trial)
  public void launcher() {
    launcher = LauncherFactory.create();
    withKubemu = request(WithKubemu.class);
    plain = request(Plain.class);
    nodes = new Node[] {node("node-1").build(), node("node-2").build(), node("node-3").build()};
  }

  private static LauncherDiscoveryRequest request(Class<?> testClass) {
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(testClass))
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .build();
  }

  @TearDown(Level.Iteration)
  public void allPassed() {
    if (last == null) return;
    Fixtures.check(
        last.getTestsSucceededCount() == TESTS && last.getTotalFailureCount() == 0,
        TESTS
            + " tests passed; got "
            + last.getTestsSucceededCount()
            + " and failures "
            + last.getFailures());
  }

  @Benchmark
  @OperationsPerInvocation(TESTS)
  public TestExecutionSummary withExtension() {
    return run(withKubemu);
  }

  @Benchmark
  @OperationsPerInvocation(TESTS)
  public TestExecutionSummary withoutExtension() {
    return run(plain);
  }

  @Benchmark
  public boolean clusterCreateClose() {
    Cluster cluster = Cluster.builder().nodes(nodes).build();
    cluster.close();
    return cluster.isClosed();
  }

  private TestExecutionSummary run(LauncherDiscoveryRequest request) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    last = listener.getSummary();
    return last;
  }
}
