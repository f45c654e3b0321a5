package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.tcpSocket;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #3's figure: {@value #PODS} pods bound to {@value #NODES} nodes (by {@code spec.nodeName};
 * scheduler and controllers off, so only the kubelets work), each with an HTTP readiness and a TCP
 * liveness probe (period 10 s, the default), simulated for 10 virtual minutes.
 *
 * <ul>
 *   <li>{@link #startPods}: create the pods and run until the kubelets have nothing left to do
 *       (every pod Running and Ready). Pods started per second = {@value #PODS} / time.
 *   <li>{@link #probeTenMinutes}: the pods already started (set-up), advance 10 virtual minutes:
 *       only probing. Probe evaluations per second = evaluations per op (printed by the tear-down,
 *       {@code 2 × 60 × 10,000 = 1,200,000}) / time.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Thread)
public class KubeletBenchmarks {
  static final int NODES = 100;
  static final int PODS = 10_000;

  private Pod[] pods;

  @Setup(Level.Trial)
  public void pods() {
    pods = new Pod[PODS];
    for (int i = 0; i < PODS; i++) {
      pods[i] =
          pod("app-" + i)
              .label("app", "probed")
              .nodeName("node-" + (i % NODES + 1))
              .container(
                  container("app")
                      .image("registry.k8s.io/pause:3.10")
                      .port(8080)
                      .readiness(httpGet(8080, "/healthz").periodSeconds(10))
                      .liveness(tcpSocket(8080).periodSeconds(10)))
              .build();
    }
  }

  static Cluster kubeletsOnly() {
    return Cluster.builder()
        .controllers(false)
        .scheduler(false)
        .nodes(Fixtures.nodes(NODES))
        .build();
  }

  /** A booted cluster of kubelets only; the pods not yet created. */
  @State(Scope.Thread)
  public static class Booted {
    Cluster cluster;
    long cpuStart;

    @Setup(Level.Iteration)
    public void boot() {
      cluster = kubeletsOnly();
      cpuStart = Fixtures.cpuNanos();
    }

    @TearDown(Level.Iteration)
    public void allStarted() {
      Fixtures.printCpu(cpuStart);
      checkAllReady(cluster);
      cluster.close();
    }
  }

  @Benchmark
  public Duration startPods(KubeletBenchmarks b, Booted booted) {
    for (Pod p : b.pods) booted.cluster.api().create(p);
    return booted.cluster.runUntilIdle();
  }

  /** The pods created and started (all Ready) before the measurement. */
  @State(Scope.Thread)
  public static class Started {
    Cluster cluster;
    long cpuStart;
    long probesBefore;

    @Setup(Level.Iteration)
    public void start(KubeletBenchmarks b) {
      cluster = kubeletsOnly();
      for (Pod p : b.pods) cluster.api().create(p);
      cluster.runUntilIdle();
      checkAllReady(cluster);
      probesBefore = Fixtures.probeEvaluations(cluster);
      cpuStart = Fixtures.cpuNanos();
    }

    @TearDown(Level.Iteration)
    public void probesRan() {
      Fixtures.printCpu(cpuStart);
      long probes = Fixtures.probeEvaluations(cluster) - probesBefore;
      System.out.println("  [probe evaluations in the op: " + probes + "]");
      Fixtures.check(probes >= PODS * 2L * 55, "probes ran for 10 minutes: " + probes);
      checkAllReady(cluster);
      cluster.close();
    }
  }

  @Benchmark
  public Cluster probeTenMinutes(Started started) {
    return started.cluster.advance(Duration.ofMinutes(10));
  }

  static void checkAllReady(Cluster cluster) {
    long ready =
        cluster.list(Pod.class).stream()
            .filter(p -> p.status() != null && "Running".equals(p.status().phase()))
            .filter(
                p ->
                    p.status().conditions().stream()
                        .anyMatch(c -> "Ready".equals(c.type()) && "True".equals(c.status())))
            .filter(
                p ->
                    Integer.valueOf(0).equals(p.status().containerStatuses().get(0).restartCount()))
            .count();
    Fixtures.check(ready == PODS, PODS + " pods Running and Ready, none restarted; got " + ready);
  }
}
