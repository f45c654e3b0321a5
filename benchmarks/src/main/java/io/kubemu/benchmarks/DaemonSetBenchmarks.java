package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.daemonSet;
import static io.kubemu.dsl.Kubemu.pod;

import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #7's DaemonSet figure: a DaemonSet applied to a booted cluster of {@link #nodes} nodes
 * (whole control plane: the daemon controller creates one pod per node, bound through node affinity
 * on {@code metadata.name}, the scheduler confirms it, each node's kubelet starts it) until rolled
 * out as {@code kubectl rollout status} sees it: one pod per node scheduled, updated and available.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Timeout(time = 40, timeUnit = TimeUnit.MINUTES) // JMH's default, 10 min, may not do
@State(Scope.Thread)
public class DaemonSetBenchmarks {
  static final Duration LIMIT = Duration.ofHours(1);

  /** The cluster size: issue #7's 5,000 by default; {@code -p nodes=500,1000} shows the scaling. */
  @Param({"5000"})
  public int nodes;

  private Cluster cluster;

  private long cpuStart;
  private DaemonSet agent;

  @Setup(Level.Iteration)
  public void boot() {
    cluster = Cluster.builder().nodes(Fixtures.nodes(nodes)).build();
    agent =
        daemonSet("node-agent")
            .namespace("kube-system")
            .selector("app", "node-agent")
            .template(
                pod()
                    .label("app", "node-agent")
                    .container(container("agent").image("registry.k8s.io/pause:3.10")))
            .build();
    cpuStart = Fixtures.cpuNanos();
  }

  @Benchmark
  public Duration rollOutOverAllNodes() {
    cluster.apply(agent);
    return cluster.runUntil("daemon set rolled out", this::rolledOut, LIMIT);
  }

  @TearDown(Level.Iteration)
  public void onEveryNode() {
    Fixtures.printCpu(cpuStart);
    Fixtures.check(rolledOut(), "one available daemon pod on each of " + nodes + " nodes");
    cluster.close();
  }

  /** kubectl's rollout status for a DaemonSet. */
  private boolean rolledOut() {
    DaemonSet ds = cluster.get(DaemonSet.class, "kube-system/node-agent");
    DaemonSetStatus s = ds.status();
    return s != null
        && s.observedGeneration() != null
        && s.observedGeneration() >= ds.metadata().generation()
        && DeploymentRolloutBenchmarks.is(s.desiredNumberScheduled(), nodes)
        && DeploymentRolloutBenchmarks.is(s.updatedNumberScheduled(), nodes)
        && DeploymentRolloutBenchmarks.is(s.numberAvailable(), nodes);
  }
}
