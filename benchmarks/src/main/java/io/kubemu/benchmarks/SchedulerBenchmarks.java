package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.cpu;
import static io.kubemu.dsl.Kubemu.memory;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.podAffinityTerm;

import io.kubemu.dsl.PodBuilder;
import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Issue #4's figures, in the shapes of kube-scheduler's scheduler_perf ({@code
 * test/integration/scheduler_perf/config/performance-config.yaml}): {@value #NODES} nodes
 * (node-default.yaml: 4 CPU, 32Gi, 110 pods), pods as pod-default.yaml (pause, requests and limits
 * 100m/500Mi). Kubelets and controllers off: only the scheduler works (pods are created directly,
 * as scheduler_perf does). Each op creates the measured pods and runs until every one is bound.
 *
 * <ul>
 *   <li>{@link #schedulingBasic}: {@value #BASIC_INIT} pods placed in set-up, then {@value
 *       #BASIC_MEASURED} measured. Pods per second = {@value #BASIC_MEASURED} / time.
 *   <li>{@link #schedulingPodAntiAffinity}: pod-with-pod-anti-affinity.yaml (label {@code
 *       color=green}, required anti-affinity to {@code color=green} per {@code
 *       kubernetes.io/hostname} over namespaces sched-0 and sched-1); {@value #ANTI_INIT} pods in
 *       sched-0 placed in set-up, {@value #ANTI_MEASURED} measured in sched-1. Pods per second =
 *       {@value #ANTI_MEASURED} / time.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class SchedulerBenchmarks {
  static final int NODES = 5_000;
  static final int BASIC_INIT = 1_000;
  static final int BASIC_MEASURED = 10_000;
  static final int ANTI_INIT = 1_000;
  static final int ANTI_MEASURED = 1_000;

  static Cluster schedulerOnly() {
    return Cluster.builder()
        .controllers(false)
        .kubelets(false)
        .nodes(Fixtures.nodes(NODES))
        .build();
  }

  /** pod-default.yaml. */
  static PodBuilder pause(String namespace, String name) {
    return pod(name)
        .namespace(namespace)
        .container(
            container("pause")
                .image("registry.k8s.io/pause:3.10")
                .port(80)
                .requests(cpu("100m"), memory("500Mi"))
                .limits(cpu("100m"), memory("500Mi")));
  }

  /** pod-with-pod-anti-affinity.yaml. */
  static PodBuilder antiAffinity(String namespace, String name) {
    return pause(namespace, name)
        .labels("color", "green", "name", "test")
        .requiredPodAntiAffinity(
            podAffinityTerm()
                .labelSelector("color", "green")
                .topologyKey(Node.LABEL_HOSTNAME)
                .namespaces("sched-0", "sched-1"));
  }

  /** A cluster with its initial pods bound, and the measured pods built but not created. */
  public abstract static class Shape {
    Cluster cluster;
    long cpuStart;
    final List<Pod> measured = new ArrayList<>();
    int expectedBound;

    abstract List<Pod> initial();

    abstract List<Pod> toMeasure();

    @Setup(Level.Iteration)
    public void placeInitialPods() {
      cluster = schedulerOnly();
      List<Pod> init = initial();
      for (Pod p : init) cluster.api().create(p);
      cluster.runUntilIdle();
      Fixtures.check(bound() == init.size(), init.size() + " initial pods bound");
      measured.clear();
      measured.addAll(toMeasure());
      expectedBound = init.size() + measured.size();
      cpuStart = Fixtures.cpuNanos();
    }

    @TearDown(Level.Iteration)
    public void allBound() {
      Fixtures.printCpu(cpuStart);
      long bound = bound();
      Fixtures.check(bound == expectedBound, expectedBound + " pods bound, got " + bound);
      checkPlacement();
      cluster.close();
    }

    void checkPlacement() {}

    long bound() {
      return cluster.list(Pod.class).stream().filter(p -> p.spec().nodeName() != null).count();
    }
  }

  @State(Scope.Thread)
  public static class Basic extends Shape {
    @Override
    List<Pod> initial() {
      List<Pod> pods = new ArrayList<>();
      for (int i = 0; i < BASIC_INIT; i++) pods.add(pause("default", "init-" + i).build());
      return pods;
    }

    @Override
    List<Pod> toMeasure() {
      List<Pod> pods = new ArrayList<>();
      for (int i = 0; i < BASIC_MEASURED; i++) pods.add(pause("default", "pod-" + i).build());
      return pods;
    }
  }

  @State(Scope.Thread)
  public static class AntiAffinity extends Shape {
    @Override
    List<Pod> initial() {
      List<Pod> pods = new ArrayList<>();
      for (int i = 0; i < ANTI_INIT; i++) pods.add(antiAffinity("sched-0", "init-" + i).build());
      return pods;
    }

    @Override
    List<Pod> toMeasure() {
      List<Pod> pods = new ArrayList<>();
      for (int i = 0; i < ANTI_MEASURED; i++) {
        pods.add(antiAffinity("sched-1", "pod-" + i).build());
      }
      return pods;
    }

    @Override
    void checkPlacement() {
      // required anti-affinity: never two green pods on one node
      long nodes =
          cluster.list(Pod.class).stream().map(p -> p.spec().nodeName()).distinct().count();
      Fixtures.check(nodes == expectedBound, "one green pod per node, got " + nodes + " nodes");
    }
  }

  @Benchmark
  public Duration schedulingBasic(Basic shape) {
    return schedule(shape);
  }

  @Benchmark
  public Duration schedulingPodAntiAffinity(AntiAffinity shape) {
    return schedule(shape);
  }

  private static Duration schedule(Shape shape) {
    for (Pod p : shape.measured) shape.cluster.api().create(p);
    return shape.cluster.runUntilIdle();
  }
}
