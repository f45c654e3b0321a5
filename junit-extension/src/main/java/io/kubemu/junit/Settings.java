package io.kubemu.junit;

import io.kubemu.engine.Cluster;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Everything a test's cluster is built from, resolved from the annotations and the extension's
 * builder.
 *
 * @param seed the cluster's seed
 * @param start the virtual start time
 * @param nodes plain nodes to add, or {@link KubemuTest#AUTO_NODES}
 * @param strictNamespaces whether namespaces must exist
 * @param declaredNodes nodes declared one by one, in order
 * @param manifests manifests to apply, in order
 * @param customizers further configuration of the engine's builder, in order
 */
record Settings(
    long seed,
    Instant start,
    int nodes,
    boolean strictNamespaces,
    List<Node> declaredNodes,
    List<ManifestSource> manifests,
    List<Consumer<Cluster.Builder>> customizers) {

  Settings {
    declaredNodes = List.copyOf(declaredNodes);
    manifests = List.copyOf(manifests);
    customizers = List.copyOf(customizers);
  }

  /**
   * {@return a new cluster with the nodes, then the manifests applied in order}
   *
   * @param loader where classpath manifests are looked up
   * @throws ExtensionConfigurationException if a node or a manifest is rejected
   */
  Cluster createCluster(ClassLoader loader) {
    List<List<KubernetesObject>> documents = new ArrayList<>();
    boolean manifestNodes = false;
    for (ManifestSource m : manifests) {
      List<KubernetesObject> objects = m.read(loader);
      manifestNodes |= objects.stream().anyMatch(Node.class::isInstance);
      documents.add(objects);
    }
    int plain = nodes;
    if (plain == KubemuTest.AUTO_NODES) {
      plain = declaredNodes.isEmpty() && !manifestNodes ? 1 : 0;
    }
    Cluster.Builder builder =
        Cluster.builder().seed(seed).startTime(start).strictNamespaces(strictNamespaces);
    List<Node> all = new ArrayList<>(NodeDeclarations.plain(plain));
    all.addAll(declaredNodes);
    builder.nodes(all.toArray(Node[]::new));
    customizers.forEach(c -> c.accept(builder));
    Cluster cluster;
    try {
      cluster = builder.build();
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "the cluster could not be created with nodes "
              + all.stream().map(n -> n.metadata().name()).toList()
              + ": "
              + e.getMessage(),
          e);
    }
    for (int i = 0; i < documents.size(); i++) {
      ManifestSource m = manifests.get(i);
      try {
        cluster.apply(documents.get(i));
      } catch (RuntimeException e) {
        cluster.close();
        throw new ExtensionConfigurationException(
            "manifest \"" + m.name() + "\" (" + m.origin() + ") was rejected: " + e.getMessage(),
            e);
      }
    }
    return cluster;
  }
}
