package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Node;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParameterInjectionTest {

  static final List<Cluster> TESTS = Scenarios.recorder();
  static final List<Cluster> BEFORE = Scenarios.recorder();
  static final List<Cluster> AFTER = Scenarios.recorder();
  static final List<Boolean> CLOSED_IN_AFTER_EACH = Scenarios.recorder();

  @KubemuTest
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class Injected {
    @BeforeEach
    void before(Cluster cluster) {
      BEFORE.add(cluster);
    }

    @Test
    void first(Cluster cluster) {
      TESTS.add(cluster);
      assertThat(cluster.list(Node.class))
          .extracting(n -> n.metadata().name())
          .containsExactly("node-1");
    }

    @Test
    void second(Cluster cluster) {
      TESTS.add(cluster);
    }

    @AfterEach
    void after(Cluster cluster) {
      AFTER.add(cluster);
      CLOSED_IN_AFTER_EACH.add(cluster.isClosed());
    }
  }

  @Test
  void each_test_gets_a_fresh_cluster_shared_with_its_lifecycle_methods_and_closed_after_it() {
    TESTS.clear();
    BEFORE.clear();
    AFTER.clear();
    CLOSED_IN_AFTER_EACH.clear();

    EngineExecutionResults results = Scenarios.run(Injected.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(TESTS).hasSize(2).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(BEFORE).containsExactlyElementsOf(TESTS);
    assertThat(AFTER).containsExactlyElementsOf(TESTS);
    assertThat(CLOSED_IN_AFTER_EACH).containsExactly(false, false);
    assertThat(TESTS).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
  }
}
