package io.kubemu.engine.controller.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodIP;
import io.kubemu.model.core.PodStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which pod updates wake the services selecting the pod (podEndpointsChanged). */
class PodEndpointsChangedTest {

  static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  static Pod base() {
    Pod p = new Fixture().pod("ns", "pod0", "", "[{containerPort: 8080}]");
    PodStatus s =
        PodStatus.EMPTY
            .withPhase(Pod.PHASE_RUNNING)
            .withPodIP("1.2.3.4")
            .withPodIPs(List.of(new PodIP("1.2.3.4")))
            .withConditions(
                List.of(
                    new PodCondition(
                        PodCondition.READY, ConditionStatus.TRUE, null, T, null, null)));
    return p.withStatus(s);
  }

  static Stream<Arguments> updates() {
    return Stream.of(
        Arguments.of(
            "nothing but the resourceVersion",
            (UnaryOperator<Pod>) p -> p.withMetadata(p.metadata().withResourceVersion("99")),
            false),
        Arguments.of(
            "an annotation",
            (UnaryOperator<Pod>)
                p -> p.withMetadata(p.metadata().withAnnotations(Map.of("a", "b"))),
            false),
        Arguments.of(
            "the start time",
            (UnaryOperator<Pod>) p -> p.withStatus(p.status().withStartTime(T)),
            false),
        Arguments.of(
            "readiness",
            (UnaryOperator<Pod>) p -> p.withStatus(p.status().withConditions(List.of())),
            true),
        Arguments.of(
            "the pod IP",
            (UnaryOperator<Pod>)
                p ->
                    p.withStatus(
                        p.status().withPodIP("1.2.3.5").withPodIPs(List.of(new PodIP("1.2.3.5")))),
            true),
        Arguments.of(
            "the phase",
            (UnaryOperator<Pod>) p -> p.withStatus(p.status().withPhase(Pod.PHASE_SUCCEEDED)),
            true),
        Arguments.of(
            "the deletion timestamp",
            (UnaryOperator<Pod>) p -> p.withMetadata(p.metadata().withDeletion(T, 30L)),
            true),
        Arguments.of("the node", (UnaryOperator<Pod>) p -> p.withNodeName("node-9"), true),
        Arguments.of(
            "the hostname", (UnaryOperator<Pod>) p -> p.withSpec(p.spec().withHostname("h")), true),
        Arguments.of("no status", (UnaryOperator<Pod>) p -> p.withStatus(null), true));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("updates")
  void changed(String what, UnaryOperator<Pod> update, boolean expected) {
    Pod old = base();
    assertThat(EndpointsController.podEndpointsChanged(old, update.apply(old))).isEqualTo(expected);
  }
}
