package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateRunning;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStateWaiting;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kubelet_pods_test.go TestPodPhase, TestPodPhaseWithRestartNever and
 * TestPodPhaseWithRestartOnFailure, row for row (states of containerA and containerB; "-" means no
 * status).
 */
class PodPhasesTest {

  private static ContainerStatus status(String name, String state) {
    ContainerState s;
    ContainerState last = new ContainerState(null, null, null);
    switch (state) {
      case "running" -> s = new ContainerState(null, new ContainerStateRunning(null), null);
      case "waiting" -> s = new ContainerState(new ContainerStateWaiting(null, null), null, null);
      case "succeeded", "stopped" -> s = terminated(0);
      case "failed" -> s = terminated(-1);
      case "crashloop" -> {
        s = new ContainerState(new ContainerStateWaiting(null, null), null, null);
        last = terminated(2);
      }
      default -> throw new IllegalArgumentException(state);
    }
    return new ContainerStatus(name, s, last, false, 0, null, null, null, null);
  }

  private static ContainerState terminated(int code) {
    return new ContainerState(
        null, null, new ContainerStateTerminated(code, null, null, null, null, null, null));
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource({
    // TestPodPhase (restart Always)
    "Always, -, -, false, Pending, waiting",
    "Always, running, running, false, Running, all running",
    "Always, stopped, stopped, false, Running, all stopped with restart always",
    "Always, succeeded, succeeded, true, Succeeded, all succeeded with restart always but the pod"
        + " is terminal",
    "Always, succeeded, failed, true, Failed, all stopped with restart always but the pod is"
        + " terminal",
    "Always, running, stopped, false, Running, mixed state #1 with restart always",
    "Always, running, -, false, Pending, mixed state #2 with restart always",
    "Always, running, waiting, false, Pending, mixed state #3 with restart always",
    "Always, running, crashloop, false, Running, backoff crashloop container with restart always",
    // TestPodPhaseWithRestartNever
    "Never, -, -, false, Pending, waiting (never)",
    "Never, running, running, false, Running, all running (never)",
    "Never, succeeded, succeeded, false, Succeeded, all succeeded with restart never",
    "Never, failed, failed, false, Failed, all failed with restart never",
    "Never, running, succeeded, false, Running, mixed state #1 with restart never",
    "Never, running, -, false, Pending, mixed state #2 with restart never",
    // TestPodPhaseWithRestartOnFailure
    "OnFailure, -, -, false, Pending, waiting (onfailure)",
    "OnFailure, running, running, false, Running, all running (onfailure)",
    "OnFailure, succeeded, succeeded, false, Succeeded, all succeeded with restart onfailure",
    "OnFailure, failed, failed, false, Running, all failed with restart onfailure",
    "OnFailure, running, succeeded, false, Running, mixed state #1 with restart onfailure",
    "OnFailure, running, -, false, Pending, mixed state #2 with restart onfailure",
    "OnFailure, running, crashloop, false, Running, backoff crashloop container with restart"
        + " onfailure",
  })
  void phaseFromContainerStatuses(
      String policy, String a, String b, boolean terminal, String expected, String name) {
    PodSpec spec =
        PodSpec.EMPTY
            .withContainers(
                List.of(Container.of("containerA", "x"), Container.of("containerB", "x")))
            .withRestartPolicy(policy);
    Pod pod = Pod.of(ObjectMeta.named("p"), spec);
    List<ContainerStatus> info = new ArrayList<>();
    if (!a.equals("-")) info.add(status("containerA", a));
    if (!b.equals("-")) info.add(status("containerB", b));
    assertThat(PodPhases.getPhase(pod, info, terminal)).isEqualTo(expected);
  }
}
