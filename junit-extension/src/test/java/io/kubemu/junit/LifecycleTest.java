package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest.Lifecycle;
import io.kubemu.model.core.ConfigMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class LifecycleTest {

  static final List<Cluster> SEEN = Scenarios.recorder();

  @KubemuTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class PerClassInstance {
    private final Cluster fromConstructor;
    private Cluster field;

    PerClassInstance(Cluster cluster) {
      this.fromConstructor = cluster;
    }

    @BeforeAll
    void beforeAll(Cluster cluster) {
      assertThat(cluster).isSameAs(fromConstructor).isSameAs(field);
      cluster.apply(io.kubemu.dsl.Kubemu.configMap("shared").data("step", "before-all"));
    }

    @Test
    void first(Cluster cluster) {
      assertThat(cluster).isSameAs(fromConstructor);
      assertThat(cluster.find(ConfigMap.class, "shared")).isPresent();
      SEEN.add(cluster);
    }

    @Test
    void second(Cluster cluster) {
      assertThat(cluster).isSameAs(fromConstructor).isSameAs(field);
      SEEN.add(cluster);
    }

    @AfterAll
    void afterAll(Cluster cluster) {
      assertThat(cluster.isClosed()).isFalse();
    }
  }

  @KubemuTest(lifecycle = Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class PerClassAttribute {
    @Test
    void first(Cluster cluster) {
      SEEN.add(cluster);
    }

    @Test
    void second(Cluster cluster) {
      SEEN.add(cluster);
    }
  }

  @KubemuTest(lifecycle = Lifecycle.PER_METHOD)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  @Scenario
  static class PerMethodDespitePerClassInstance {
    @Test
    void first(Cluster cluster) {
      SEEN.add(cluster);
    }

    @Test
    void second(Cluster cluster) {
      SEEN.add(cluster);
    }
  }

  @KubemuTest
  @Scenario
  static class BeforeAllParameterPerMethod {
    @BeforeAll
    static void beforeAll(Cluster cluster) {}

    @Test
    void test() {}
  }

  @KubemuTest(lifecycle = Lifecycle.PER_METHOD)
  @Scenario
  static class StaticFieldPerMethod {
    static Cluster cluster;

    @Test
    void test() {}
  }

  @KubemuTest(lifecycle = Lifecycle.PER_CLASS)
  @Scenario
  static class MethodManifestsPerClass {
    @Test
    @WithManifests("seed/manifests/pod-demo.yaml")
    void test() {}
  }

  @Test
  void per_class_instance_lifecycle_shares_one_cluster_with_constructor_and_all_methods() {
    SEEN.clear();

    EngineExecutionResults results = Scenarios.run(PerClassInstance.class);

    results.testEvents().assertStatistics(s -> s.succeeded(2));
    results.containerEvents().assertStatistics(s -> s.failed(0));
    assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
    assertThat(SEEN.get(0).isClosed()).isTrue();
  }

  @Test
  void the_lifecycle_attribute_shares_one_cluster_per_class() {
    SEEN.clear();

    Scenarios.run(PerClassAttribute.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN).hasSize(2).containsOnly(SEEN.get(0));
  }

  @Test
  void the_lifecycle_attribute_overrides_a_per_class_test_instance() {
    SEEN.clear();

    Scenarios.run(PerMethodDespitePerClassInstance.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void a_cluster_parameter_on_before_all_needs_a_shared_cluster() {
    EngineExecutionResults results = Scenarios.run(BeforeAllParameterPerMethod.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                cause(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "Cluster parameters are not supported on @BeforeAll/@AfterAll method"
                            + " beforeAll() of"
                            + " io.kubemu.junit.LifecycleTest$BeforeAllParameterPerMethod unless"
                            + " the class shares one cluster: there is one cluster per test"
                            + " method, and none at class level. Take the Cluster in @BeforeEach"
                            + " or the test method, or share one cluster per class with"
                            + " @TestInstance(PER_CLASS) or @KubemuTest(lifecycle ="
                            + " PER_CLASS)."))));
  }

  @Test
  void a_static_field_contradicts_an_explicit_per_method_lifecycle() {
    EngineExecutionResults results = Scenarios.run(StaticFieldPerMethod.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(
                    "static Cluster field cluster of"
                        + " io.kubemu.junit.LifecycleTest$StaticFieldPerMethod would be shared by"
                        + " every test, but the lifecycle is PER_METHOD. Make the field"
                        + " non-static for a cluster per test, or remove lifecycle = PER_METHOD"
                        + " to share one cluster per class.")));
  }

  @Test
  void method_level_manifests_cannot_apply_to_a_shared_cluster() {
    EngineExecutionResults results = Scenarios.run(MethodManifestsPerClass.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(
                    "@WithManifests on test method MethodManifestsPerClass.test() cannot apply:"
                        + " the class shares one cluster (PER_CLASS lifecycle). Move it to the"
                        + " class, or use @KubemuTest(lifecycle = PER_METHOD) for a cluster per"
                        + " test.")));
  }
}
