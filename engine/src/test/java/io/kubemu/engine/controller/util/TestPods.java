package io.kubemu.engine.controller.util;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Pods for the controller utility tests, built as upstream's test helpers build them. */
final class TestPods {
  private TestPods() {}

  /**
   * A pod as TestSortingActivePodsWithRanks builds one: a Ready condition (since {@code
   * readySince}, null for no time) and a container status with {@code restarts} when ready.
   */
  static Pod pod(
      String name,
      String nodeName,
      String phase,
      boolean ready,
      int restarts,
      Instant readySince,
      Instant created,
      Map<String, String> annotations) {
    List<PodCondition> conditions =
        ready
            ? List.of(
                new PodCondition(
                    PodCondition.READY, ConditionStatus.TRUE, null, readySince, null, null))
            : List.of();
    List<ContainerStatus> statuses =
        ready ? List.of(containerStatus(restarts)) : List.<ContainerStatus>of();
    return new Pod(
        ObjectMeta.named(name).withCreationTimestamp(created).withAnnotations(annotations),
        PodSpec.EMPTY.withNodeName(nodeName),
        PodStatus.EMPTY
            .withPhase(phase)
            .withConditions(conditions)
            .withContainerStatuses(statuses));
  }

  static ContainerStatus containerStatus(int restarts) {
    return new ContainerStatus("c", null, null, null, restarts, null, null, null, null);
  }
}
