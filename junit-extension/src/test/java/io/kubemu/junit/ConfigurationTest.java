package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.kubemu.engine.Cluster;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigurationTest {

  static final List<Object> SEEN = Scenarios.recorder();

  @KubemuTest(nodes = 3, seed = 7, start = "2030-05-01T12:00:00Z")
  @Scenario
  static class ThreePlainNodes {
    @Test
    void test(Cluster cluster) {
      SEEN.add(cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
      SEEN.add(cluster.now());
      SEEN.add(cluster.get(Node.class, "node-1").metadata().uid());
    }
  }

  @KubemuTest(seed = 7)
  @Scenario
  static class SameSeed {
    @Test
    void test(Cluster cluster) {
      SEEN.add(cluster.get(Node.class, "node-1").metadata().uid());
    }
  }

  @KubemuTest(seed = 8)
  @Scenario
  static class OtherSeed {
    @Test
    void test(Cluster cluster) {
      SEEN.add(cluster.get(Node.class, "node-1").metadata().uid());
    }
  }

  @KubemuTest
  @WithNode(
      name = "gpu-1",
      labels = {"disktype=ssd", "zone=a"},
      taints = {"dedicated=gpu:NoSchedule", "maintenance:PreferNoSchedule"},
      cpu = "4",
      memory = "8Gi",
      pods = 20,
      unschedulable = true)
  @WithNode(name = "gpu-2")
  @Scenario
  static class DeclaredNodes {
    @Test
    void test(Cluster cluster) {
      SEEN.add(cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
      SEEN.add(cluster.get(Node.class, "gpu-1"));
    }
  }

  @KubemuTest(nodes = 1)
  @WithNode(name = "named")
  @Scenario
  static class PlainAndDeclaredNodes {
    @Test
    void test(Cluster cluster) {
      SEEN.add(cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
    }
  }

  @KubemuTest
  @WithManifests("seed/manifests/nodes-hdss7.yaml")
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class ManifestScenario {
    @Test
    @WithManifests(
        value = "seed/manifests/pod-demo.yaml",
        files = "src/test/resources/manifests/settings.yaml")
    void test(Cluster cluster) {
      SEEN.add(cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
      SEEN.add(cluster.find(Pod.class, "app/pod-demo").isPresent());
      SEEN.add(cluster.get(ConfigMap.class, "app/settings").data());
      SEEN.add(cluster.now());
    }

    @Test
    void without_method_manifests(Cluster cluster) {
      SEEN.add(cluster.find(Pod.class, "app/pod-demo").isPresent());
    }
  }

  @Test
  void nodes_seed_and_start_time_come_from_the_annotation() {
    SEEN.clear();

    Scenarios.run(ThreePlainNodes.class).testEvents().assertStatistics(s -> s.succeeded(1));
    Scenarios.run(SameSeed.class).testEvents().assertStatistics(s -> s.succeeded(1));
    Scenarios.run(OtherSeed.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get(0)).isEqualTo(List.of("node-1", "node-2", "node-3"));
    assertThat(SEEN.get(1)).isEqualTo(Instant.parse("2030-05-01T12:00:00Z"));
    assertThat(SEEN.get(3)).as("same seed, same uid").isEqualTo(SEEN.get(2));
    assertThat(SEEN.get(4)).as("other seed, other uid").isNotEqualTo(SEEN.get(2));
  }

  @Test
  void with_node_declares_names_labels_taints_and_capacity() {
    SEEN.clear();

    Scenarios.run(DeclaredNodes.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get(0)).as("no plain node").isEqualTo(List.of("gpu-1", "gpu-2"));
    Node gpu = (Node) SEEN.get(1);
    assertThat(gpu.metadata().labels()).containsEntry("disktype", "ssd").containsEntry("zone", "a");
    assertThat(gpu.spec().taints())
        .containsExactly(
            new Taint("dedicated", "gpu", "NoSchedule", null),
            new Taint("maintenance", null, "PreferNoSchedule", null),
            // taint-nodes-by-condition: the node lifecycle controller taints an unschedulable node
            new Taint("node.kubernetes.io/unschedulable", null, "NoSchedule", null));
    assertThat(gpu.spec().unschedulable()).isTrue();
    assertThat(gpu.status().capacity())
        .containsEntry("cpu", Quantity.parse("4"))
        .containsEntry("memory", Quantity.parse("8Gi"))
        .containsEntry("pods", Quantity.parse("20"));
  }

  @Test
  void an_explicit_node_count_adds_plain_nodes_to_the_declared_ones() {
    SEEN.clear();

    Scenarios.run(PlainAndDeclaredNodes.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get(0)).isEqualTo(List.of("named", "node-1"));
  }

  @Test
  void manifests_from_class_and_method_classpath_and_files_are_applied_in_order() {
    SEEN.clear();

    Scenarios.run(ManifestScenario.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN)
        .containsExactly(
            List.of("hdss7-21.host.com", "hdss7-22.host.com"),
            true,
            Map.of("mode", "test"),
            Instant.parse(Cluster.DEFAULT_START),
            false);
  }

  // ---------------------------------------------------------------- misuse

  @KubemuTest(nodes = -2)
  @Scenario
  static class NegativeNodes {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest(start = "yesterday")
  @Scenario
  static class BadStart {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithNode(name = "n1", labels = "ssd")
  @Scenario
  static class BadLabel {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithNode(name = "n1", taints = "dedicated=gpu")
  @Scenario
  static class BadTaint {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithNode(name = "n1", cpu = "four")
  @Scenario
  static class BadCpu {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithManifests("no/such/manifest.yaml")
  @Scenario
  static class MissingResource {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithManifests(files = "no/such/manifest.yaml")
  @Scenario
  static class MissingFile {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest
  @WithManifests("manifests/unknown-field.yaml")
  @Scenario
  static class UnreadableManifest {
    @Test
    void test(Cluster cluster) {}
  }

  @KubemuTest(strictNamespaces = true)
  @WithManifests("manifests/settings.yaml")
  @Scenario
  static class RejectedManifest {
    @Test
    void test(Cluster cluster) {}
  }

  static List<Arguments> misuses() {
    String cwd = java.nio.file.Path.of("").toAbsolutePath().toString();
    String prefix = "io.kubemu.junit.ConfigurationTest$";
    return List.of(
        Arguments.of(
            NegativeNodes.class,
            "@KubemuTest(nodes = -2) on "
                + prefix
                + "NegativeNodes: nodes must be >= 0 (or left out for one default node)"),
        Arguments.of(
            BadStart.class,
            "@KubemuTest(start = \"yesterday\") on "
                + prefix
                + "BadStart is not an ISO-8601 instant; write it as e.g."
                + " \"2026-01-01T00:00:00Z\""),
        Arguments.of(
            BadLabel.class,
            "label \"ssd\" of @WithNode(name = \"n1\") on "
                + prefix
                + "BadLabel must be key=value, e.g. \"disktype=ssd\""),
        Arguments.of(
            BadTaint.class,
            "taint \"dedicated=gpu\" of @WithNode(name = \"n1\") on "
                + prefix
                + "BadTaint must be key=value:Effect or key:Effect with Effect one of NoSchedule,"
                + " PreferNoSchedule, NoExecute, e.g. \"dedicated=gpu:NoSchedule\""),
        Arguments.of(
            BadCpu.class,
            "cpu \"four\" of @WithNode(name = \"n1\") on "
                + prefix
                + "BadCpu is not a quantity; write e.g. \"4\" or \"3500m\""),
        Arguments.of(
            MissingResource.class,
            "manifest \"no/such/manifest.yaml\" (@WithManifests on "
                + prefix
                + "MissingResource) is not on the classpath; for a file on disk write"
                + " @WithManifests(files = \"no/such/manifest.yaml\")"),
        Arguments.of(
            MissingFile.class,
            "manifest file \"no/such/manifest.yaml\" (@WithManifests on "
                + prefix
                + "MissingFile) does not exist: relative paths start at the working directory "
                + cwd
                + "; for a classpath resource write @WithManifests(\"no/such/manifest.yaml\")"),
        Arguments.of(
            RejectedManifest.class,
            "manifest \"manifests/settings.yaml\" (@WithManifests on "
                + prefix
                + "RejectedManifest) was rejected: namespaces \"app\" not found"));
  }

  @ParameterizedTest
  @MethodSource("misuses")
  void misconfiguration_fails_the_test_with_the_fix_in_the_message(
      Class<?> scenario, String expected) {
    Scenarios.run(scenario)
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(expected)));
  }

  @Test
  void an_unreadable_manifest_fails_the_test_with_the_reader_s_message() {
    Throwable failure = Scenarios.firstFailure(Scenarios.run(UnreadableManifest.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "manifest \"manifests/unknown-field.yaml\" (@WithManifests on"
                + " io.kubemu.junit.ConfigurationTest$UnreadableManifest) cannot be read: ")
        .hasMessageContaining("unknown field \"datta\"");
  }
}
