package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NestedAndParameterizedTest {

  static final List<String> SEEN = Scenarios.recorder();
  static final List<Cluster> CLUSTERS = Scenarios.recorder();

  @KubemuTest(seed = 7)
  @WithNode(name = "outer")
  @Scenario
  static class Outer {
    Cluster cluster;

    @BeforeEach
    void before(Cluster parameter) {
      assertThat(parameter).isSameAs(cluster);
    }

    @Test
    void outer_test() {
      SEEN.add("outer:" + names(cluster));
      CLUSTERS.add(cluster);
    }

    @Nested
    @WithNode(name = "inner")
    class Inner {
      Cluster innerField;

      @Test
      void inner_test(Cluster parameter) {
        assertThat(parameter).isSameAs(innerField).isSameAs(cluster);
        SEEN.add("inner:" + names(parameter));
        CLUSTERS.add(parameter);
      }

      @ParameterizedTest
      @ValueSource(ints = {1, 2, 3})
      void parameterized(int n, Cluster parameter) {
        assertThat(parameter).isSameAs(innerField);
        SEEN.add("param" + n + ":" + names(parameter));
        CLUSTERS.add(parameter);
      }

      @RepeatedTest(2)
      void repeated(Cluster parameter) {
        SEEN.add("repeated:" + names(parameter));
        CLUSTERS.add(parameter);
      }
    }
  }

  private static String names(Cluster cluster) {
    return String.join(
        ",", cluster.list(Node.class).stream().map(n -> n.metadata().name()).toList());
  }

  @Test
  void nested_and_parameterized_tests_get_fresh_clusters_with_the_enclosing_settings() {
    SEEN.clear();
    CLUSTERS.clear();

    Scenarios.run(Outer.class).testEvents().assertStatistics(s -> s.started(7).succeeded(7));

    assertThat(SEEN)
        .containsExactlyInAnyOrder(
            "outer:outer",
            "inner:inner,outer",
            "param1:inner,outer",
            "param2:inner,outer",
            "param3:inner,outer",
            "repeated:inner,outer",
            "repeated:inner,outer");
    assertThat(CLUSTERS).hasSize(7).doesNotHaveDuplicates();
    assertThat(CLUSTERS).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
  }
}
