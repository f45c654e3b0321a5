package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.kubemu.engine.Cluster;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FieldInjectionTest {

  static final List<Cluster> SEEN = Scenarios.recorder();
  static final List<Cluster> STATIC_SEEN = Scenarios.recorder();

  abstract static class Base {
    Cluster inherited;
  }

  @KubemuTest
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class InstanceFields extends Base {
    private Cluster cluster;

    @Test
    void first(Cluster parameter) {
      assertThat(cluster).isSameAs(parameter).isSameAs(inherited);
      SEEN.add(cluster);
    }

    @Test
    void second(Cluster parameter) {
      assertThat(cluster).isSameAs(parameter).isSameAs(inherited);
      SEEN.add(cluster);
    }
  }

  @KubemuTest
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class StaticField {
    static Cluster shared;

    @BeforeAll
    static void beforeAll(Cluster parameter) {
      assertThat(shared).isSameAs(parameter);
      STATIC_SEEN.add(shared);
    }

    @Test
    void first(Cluster parameter) {
      assertThat(parameter).isSameAs(shared);
      STATIC_SEEN.add(shared);
    }

    @Test
    void second(Cluster parameter) {
      assertThat(parameter).isSameAs(shared);
      STATIC_SEEN.add(shared);
    }

    @AfterAll
    static void afterAll() {
      assertThat(shared.isClosed()).isFalse();
    }
  }

  @KubemuTest
  @Scenario
  static class FinalField {
    final Cluster cluster = Cluster.builder().build();

    @Test
    void test() {}
  }

  @Test
  void instance_fields_private_or_inherited_receive_the_cluster_of_each_test() {
    SEEN.clear();

    Scenarios.run(InstanceFields.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void a_static_field_shares_one_cluster_per_class_closed_after_all() {
    STATIC_SEEN.clear();

    EngineExecutionResults results = Scenarios.run(StaticField.class);

    results.testEvents().assertStatistics(s -> s.succeeded(2));
    results.containerEvents().assertStatistics(s -> s.failed(0));
    assertThat(STATIC_SEEN).hasSize(3).containsOnly(STATIC_SEEN.get(0));
    assertThat(STATIC_SEEN.get(0).isClosed()).isTrue();
  }

  @Test
  void a_final_cluster_field_is_rejected_with_the_fix() {
    EngineExecutionResults results = Scenarios.run(FinalField.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(
                    "Cluster field [final io.kubemu.engine.Cluster"
                        + " io.kubemu.junit.FieldInjectionTest$FinalField.cluster] must not be"
                        + " final: the kubemu extension injects the test's cluster into fields of"
                        + " type Cluster. Remove 'final' and any initializer, or assign the field"
                        + " from a Cluster constructor parameter.")));
  }
}
