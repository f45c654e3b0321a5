package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.deployment;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.maxSurge;
import static io.kubemu.dsl.Kubemu.maxUnavailable;
import static io.kubemu.dsl.Kubemu.pod;

import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;
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
 * Issue #6's figure: a {@value #REPLICAS}-replica Deployment on {@value #NODES} nodes, rolled out
 * at v1 in set-up, then rolled from v1 to v2 (RollingUpdate 25%/25%; a readiness probe that first
 * passes 5 s after the container starts) until complete as {@code kubectl rollout status} sees it:
 * every replica updated and available, no old pod left. Whole control plane on (controllers,
 * scheduler, kubelets).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Thread)
public class DeploymentRolloutBenchmarks {
  static final int NODES = 100;
  static final int REPLICAS = 1_000;
  static final Duration LIMIT = Duration.ofHours(1);

  private Cluster cluster;

  private long cpuStart;
  private Deployment v2;

  static Deployment web(String image) {
    return deployment("web")
        .replicas(REPLICAS)
        .selector("app", "web")
        .rollingUpdate(maxSurge("25%"), maxUnavailable("25%"))
        .template(
            pod()
                .label("app", "web")
                .container(
                    container("web")
                        .image(image)
                        .port(80)
                        .readiness(httpGet(80, "/").initialDelaySeconds(5).periodSeconds(5))))
        .build();
  }

  @Setup(Level.Iteration)
  public void rolledOutAtV1() {
    cluster = Cluster.builder().nodes(Fixtures.nodes(NODES)).build();
    cluster.apply(web("nginx:1.14.2"));
    cluster.runUntil("v1 rolled out", this::complete, LIMIT);
    v2 = web("nginx:1.16.1");
    cpuStart = Fixtures.cpuNanos();
  }

  @Benchmark
  public Duration rollV1ToV2() {
    cluster.apply(v2);
    return cluster.runUntil("v2 rolled out", this::complete, LIMIT);
  }

  @TearDown(Level.Iteration)
  public void allOnV2() {
    Fixtures.printCpu(cpuStart);
    Fixtures.check(complete(), "rollout complete");
    long onV2 =
        cluster.list(Pod.class).stream()
            .filter(p -> p.spec().containers().get(0).image().equals("nginx:1.16.1"))
            .filter(p -> p.metadata().deletionTimestamp() == null)
            .count();
    Fixtures.check(onV2 == REPLICAS, REPLICAS + " pods on v2, got " + onV2);
    cluster.close();
  }

  /** kubectl's rollout status: observed, all updated, no old replicas, all available. */
  private boolean complete() {
    Deployment d = cluster.get(Deployment.class, "web");
    DeploymentStatus s = d.status();
    return s != null
        && s.observedGeneration() != null
        && s.observedGeneration() >= d.metadata().generation()
        && is(s.updatedReplicas(), REPLICAS)
        && is(s.replicas(), REPLICAS)
        && is(s.availableReplicas(), REPLICAS);
  }

  static boolean is(Integer value, int expected) {
    return value != null && value == expected;
  }
}
