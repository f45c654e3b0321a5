package io.kubemu.junit;

import static io.kubemu.dsl.Kubemu.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class RegisterExtensionTest {

  static final List<Object> SEEN = Scenarios.recorder();

  @Scenario
  static class Programmatic {
    @RegisterExtension
    static KubemuExtension kubemu =
        KubemuExtension.builder()
            .seed(3)
            .startTime(Instant.parse("2031-01-01T00:00:00Z"))
            .nodes(2)
            .node(node("ssd-1").label("disktype", "ssd"))
            .manifests("seed/manifests/pod-demo.yaml")
            .build();

    @Test
    @WithNode(name = "from-annotation")
    void test(Cluster cluster) {
      SEEN.add(cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
      SEEN.add(cluster.now());
      SEEN.add(cluster.find(Pod.class, "app/pod-demo").isPresent());
    }
  }

  @Scenario
  static class ProgrammaticInstanceField {
    @RegisterExtension KubemuExtension kubemu = KubemuExtension.builder().nodes(0).build();

    Cluster field;

    @Test
    void test(Cluster cluster) {
      assertThat(field).isSameAs(cluster);
      SEEN.add(cluster.list(Node.class).size());
    }
  }

  @KubemuTest(seed = 5)
  @Scenario
  static class BuilderAndAnnotation {
    @RegisterExtension static KubemuExtension kubemu = KubemuExtension.builder().build();

    @Test
    void test(Cluster cluster) {}
  }

  @ExtendWith(KubemuExtension.class)
  @Scenario
  static class RegisteredTwice {
    @RegisterExtension static KubemuExtension kubemu = KubemuExtension.builder().build();

    @Test
    void test(Cluster cluster) {}
  }

  @Test
  void the_builder_configures_the_cluster_and_annotations_add_nodes() {
    SEEN.clear();

    Scenarios.run(Programmatic.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN)
        .containsExactly(
            List.of("from-annotation", "node-1", "node-2", "ssd-1"),
            Instant.parse("2031-01-01T00:00:00Z"),
            true);
  }

  @Test
  void an_instance_field_registration_works_per_test() {
    SEEN.clear();

    Scenarios.run(ProgrammaticInstanceField.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN).containsExactly(0);
  }

  @Test
  void a_builder_together_with_kubemu_test_is_rejected() {
    EngineExecutionResults results = Scenarios.run(BuilderAndAnnotation.class);

    assertThat(Scenarios.firstFailure(results))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "KubemuExtension is registered twice for"
                + " io.kubemu.junit.RegisterExtensionTest$BuilderAndAnnotation: by @KubemuTest (or"
                + " @ExtendWith) and by a @RegisterExtension field, which would create two"
                + " clusters per test. Keep one: move the @KubemuTest settings to"
                + " KubemuExtension.builder(), or remove the field.");
  }

  @Test
  void two_registrations_are_rejected() {
    EngineExecutionResults results = Scenarios.run(RegisteredTwice.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(
                    "KubemuExtension is registered twice for"
                        + " io.kubemu.junit.RegisterExtensionTest$RegisteredTwice: by @KubemuTest"
                        + " (or @ExtendWith) and by a @RegisterExtension field, which would create"
                        + " two clusters per test. Keep one: move the @KubemuTest settings to"
                        + " KubemuExtension.builder(), or remove the field.")));
  }
}
