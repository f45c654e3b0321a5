package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.node;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #2's figures: parse the seed Deployment manifest, boot an empty 3-node cluster, apply a
 * Deployment to a booted cluster. Sample time, so JMH reports the median (p0.50).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FoundationBenchmarks {

  private String nginxYaml;
  private Node[] nodes;
  private Deployment nginx;

  @Setup(Level.Trial)
  public void load() throws IOException {
    try (InputStream in =
        FoundationBenchmarks.class.getResourceAsStream("/seed/manifests/nginx-v1.12.yaml")) {
      nginxYaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    nodes = new Node[] {node("n1").build(), node("n2").build(), node("n3").build()};
    nginx = Manifests.readOne(nginxYaml, Deployment.class);
  }

  @Benchmark
  public List<KubernetesObject> parseSeedDeployment() {
    return Manifests.read(nginxYaml);
  }

  @Benchmark
  public Cluster bootThreeNodeCluster() {
    return Cluster.builder().nodes(nodes).build();
  }

  /** A booted cluster per invocation, so each apply creates the Deployment. */
  @State(Scope.Thread)
  public static class FreshCluster {
    Cluster cluster;

    @Setup(Level.Invocation)
    public void boot(FoundationBenchmarks b) {
      cluster = Cluster.builder().nodes(b.nodes).build();
    }
  }

  @Benchmark
  public Deployment applyDeployment(FreshCluster fresh) {
    return fresh.cluster.apply(nginx);
  }
}
