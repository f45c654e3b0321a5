package io.kubemu.assertions.error;

import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;

/** Pods for the message factory tests. */
final class Pods {
  private Pods() {}

  static Pod pod(String name, String phase, String node) {
    Pod pod = new Pod(ObjectMeta.named("app", name), null, PodStatus.EMPTY.withPhase(phase));
    return node == null ? pod : pod.withNodeName(node);
  }

  static Pod crashLooping(String name, String node) {
    return pod(name, "Running", node)
        .withStatus(
            PodStatus.EMPTY
                .withPhase("Running")
                .withContainerStatuses(
                    List.of(
                        new ContainerStatus(
                            "web",
                            ContainerState.waiting(
                                "CrashLoopBackOff", "back-off 20s restarting failed container=web"),
                            null,
                            false,
                            2,
                            "nginx",
                            null,
                            null,
                            false),
                        new ContainerStatus(
                            "sidecar",
                            ContainerState.running(null),
                            null,
                            true,
                            0,
                            "envoy",
                            null,
                            null,
                            true))));
  }
}
