package io.kubemu.benchmarks;

import static io.kubemu.dsl.Kubemu.node;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
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
 *
 * <p>{@link #applyDeployment} is the facade's apply: the API server's write <em>and</em> the
 * control plane's reaction at the same virtual instant (ReplicaSet, pods, binding, kubelets
 * starting the pulls). {@link #apiCreateDeployment} and {@link #apiApplyDeployment} are the API
 * server alone (admission, store, watch fan-out queued but not run), to tell the two apart.
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
    // the measured work happens: a booted cluster has its 3 nodes, an apply stores the Deployment
    Cluster c = Cluster.builder().nodes(nodes).build();
    Fixtures.check(c.list(Node.class).size() == 3, "3 nodes after boot");
    c.apply(nginx);
    Fixtures.check(!c.list(Pod.class).isEmpty(), "the apply's pods created at once");
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

  /** The API server's create alone: nothing runs on the event loop. */
  @Benchmark
  public Deployment apiCreateDeployment(FreshCluster fresh) {
    return fresh.cluster.api().create(nginx);
  }

  /** The API server's apply (create or update, as kubectl apply) alone. */
  @Benchmark
  public Deployment apiApplyDeployment(FreshCluster fresh) {
    return fresh.cluster.api().apply(nginx).object();
  }
}
