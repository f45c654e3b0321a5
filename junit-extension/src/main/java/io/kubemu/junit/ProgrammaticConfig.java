package io.kubemu.junit;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest.Lifecycle;
import io.kubemu.model.core.Node;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The configuration given to {@link KubemuExtension.Builder}, or read from {@link KubemuTest}.
 *
 * @param seed the cluster's seed
 * @param start the virtual start time
 * @param nodes plain nodes, or {@link KubemuTest#AUTO_NODES}
 * @param strictNamespaces whether namespaces must exist
 * @param lifecycle how long a cluster lives
 * @param declaredNodes nodes declared one by one
 * @param manifests manifests applied before each test
 * @param customizers further configuration of the engine's builder
 */
record ProgrammaticConfig(
    long seed,
    Instant start,
    int nodes,
    boolean strictNamespaces,
    Lifecycle lifecycle,
    List<Node> declaredNodes,
    List<ManifestSource> manifests,
    List<Consumer<Cluster.Builder>> customizers) {

  /** What {@code @KubemuTest} with no attributes means. */
  static final ProgrammaticConfig DEFAULTS =
      new ProgrammaticConfig(
          1,
          Instant.parse(Cluster.DEFAULT_START),
          KubemuTest.AUTO_NODES,
          false,
          Lifecycle.DEFAULT,
          List.of(),
          List.of(),
          List.of());

  ProgrammaticConfig {
    declaredNodes = List.copyOf(declaredNodes);
    manifests = List.copyOf(manifests);
    customizers = List.copyOf(customizers);
  }

  ProgrammaticConfig withScalars(
      long seed, Instant start, int nodes, boolean strictNamespaces, Lifecycle lifecycle) {
    return new ProgrammaticConfig(
        seed, start, nodes, strictNamespaces, lifecycle, declaredNodes, manifests, customizers);
  }
}
