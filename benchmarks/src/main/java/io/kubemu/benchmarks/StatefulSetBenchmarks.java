package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.service;
import static io.kubemu.dsl.Kubemu.statefulSet;

import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
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
 * Issue #8's figure: an OrderedReady StatefulSet with a headless Service on {@value #NODES} nodes,
 * one replica Ready in set-up; the op scales it to {@value #REPLICAS} (ordinals created one after
 * the other, each once the previous is Running and Ready) and then rolls it to a new image (reverse
 * ordinal order, one pod at a time) until {@code currentRevision == updateRevision} with every
 * replica updated and Ready. Whole control plane on.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Thread)
public class StatefulSetBenchmarks {
  static final int NODES = 10;
  static final int REPLICAS = 100;
  static final Duration LIMIT = Duration.ofHours(1);

  private Cluster cluster;

  private long cpuStart;
  private StatefulSet scaled;
  private StatefulSet rolled;

  static StatefulSet web(int replicas, String image) {
    return statefulSet("web")
        .replicas(replicas)
        .serviceName("nginx")
        .selector("app", "nginx")
        .template(pod().label("app", "nginx").container(container("nginx").image(image).port(80)))
        .build();
  }

  @Setup(Level.Iteration)
  public void oneReplicaReady() {
    cluster = Cluster.builder().nodes(Fixtures.nodes(NODES)).build();
    cluster.apply(service("nginx").clusterIP("None").selector("app", "nginx").port(80).build());
    cluster.apply(web(1, "nginx:1.14.2"));
    cluster.runUntil("1 replica ready", () -> settled(1), LIMIT);
    scaled = web(REPLICAS, "nginx:1.14.2");
    rolled = web(REPLICAS, "nginx:1.16.1");
    cpuStart = Fixtures.cpuNanos();
  }

  @Benchmark
  public Duration scaleUpAndRoll() {
    cluster.apply(scaled);
    cluster.runUntil("scaled up", () -> settled(REPLICAS), LIMIT);
    cluster.apply(rolled);
    return cluster.runUntil("rolled", () -> settled(REPLICAS), LIMIT);
  }

  @TearDown(Level.Iteration)
  public void allRolled() {
    Fixtures.printCpu(cpuStart);
    Fixtures.check(settled(REPLICAS), REPLICAS + " replicas ready on one revision");
    long onV2 =
        cluster.list(Pod.class).stream()
            .filter(p -> p.spec().containers().get(0).image().equals("nginx:1.16.1"))
            .count();
    Fixtures.check(onV2 == REPLICAS, REPLICAS + " pods on the new image, got " + onV2);
    cluster.close();
  }

  /** kubectl's rollout status for a StatefulSet, plus every replica Ready. */
  private boolean settled(int replicas) {
    StatefulSet sts = cluster.get(StatefulSet.class, "web");
    StatefulSetStatus s = sts.status();
    return s != null
        && s.observedGeneration() != null
        && s.observedGeneration() >= sts.metadata().generation()
        && DeploymentRolloutBenchmarks.is(s.readyReplicas(), replicas)
        && DeploymentRolloutBenchmarks.is(s.updatedReplicas(), replicas)
        && s.updateRevision() != null
        && s.updateRevision().equals(s.currentRevision());
  }
}
