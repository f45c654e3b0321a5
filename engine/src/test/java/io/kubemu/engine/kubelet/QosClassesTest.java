package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.cpu;
import static io.kubemu.dsl.Kubemu.memory;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.dsl.ContainerBuilder;
import io.kubemu.dsl.PodBuilder;
import io.kubemu.model.core.Pod;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** pkg/apis/core/v1/helper/qos/qos_test.go TestComputePodQOS, the main rows. */
class QosClassesTest {

  private static ContainerBuilder c(String name) {
    return container(name).image("busybox");
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            "best-effort", pod("p").container(c("a")).container(c("b")), Pod.QOS_BEST_EFFORT),
        Arguments.of(
            "best-effort-zero-requests",
            pod("p").container(c("a").requests(cpu("0"), memory("0"))),
            Pod.QOS_BEST_EFFORT),
        Arguments.of(
            "guaranteed",
            pod("p")
                .container(
                    c("a")
                        .requests(cpu("100m"), memory("100Mi"))
                        .limits(cpu("100m"), memory("100Mi")))
                .container(
                    c("b")
                        .requests(cpu("100m"), memory("100Mi"))
                        .limits(cpu("100m"), memory("100Mi"))),
            Pod.QOS_GUARANTEED),
        Arguments.of(
            "guaranteed-limits-only (requests default to limits)",
            pod("p").container(c("a").limits(cpu("100m"), memory("100Mi"))),
            Pod.QOS_GUARANTEED),
        Arguments.of(
            "burstable-requests-lower",
            pod("p")
                .container(
                    c("a")
                        .requests(cpu("10m"), memory("100Mi"))
                        .limits(cpu("100m"), memory("100Mi"))),
            Pod.QOS_BURSTABLE),
        Arguments.of(
            "burstable-no-memory-limit",
            pod("p").container(c("a").limits(cpu("100m"))),
            Pod.QOS_BURSTABLE),
        Arguments.of(
            "burstable-one-best-effort-container",
            pod("p").container(c("a").limits(cpu("100m"), memory("100Mi"))).container(c("b")),
            Pod.QOS_BURSTABLE),
        Arguments.of(
            "burstable-init-container",
            pod("p")
                .initContainer(c("i").requests(memory("100Mi")))
                .container(c("a").limits(cpu("100m"), memory("100Mi"))),
            Pod.QOS_BURSTABLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void computesTheQosClass(String name, PodBuilder pod, String expected) {
    assertThat(QosClasses.computePodQos(pod.build())).isEqualTo(expected);
  }
}
