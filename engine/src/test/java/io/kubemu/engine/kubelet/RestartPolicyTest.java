package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestartPolicyTest {

  @ParameterizedTest(name = "{0}, exit {1}: {2} after {3} restarts")
  @CsvSource({
    // restartPolicy, exit code, phase at +110, restarts, state of the container
    "Always,    0, Running,   4, waiting:CrashLoopBackOff",
    "Always,    1, Running,   4, waiting:CrashLoopBackOff",
    "OnFailure, 0, Succeeded, 0, terminated:Completed/0",
    "OnFailure, 1, Running,   4, waiting:CrashLoopBackOff",
    "Never,     0, Succeeded, 0, terminated:Completed/0",
    "Never,     1, Failed,    0, terminated:Error/1",
  })
  void restartPolicyDecidesRestartsAndPhase(
      String policy, int exit, String phase, int restarts, String state) {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .restartPolicy(policy)
            .container(
                container("app").image("busybox:1.36").command("sh", "-c", "sleep 5; exit " + exit))
            .build());
    // runs +1..+6; restarted at +6 (the first restart has no back-off), then when the back-off
    // counted from each exit ends: exit +11 -> +21 (10 s), +26 -> +46 (20 s), +51 -> +91 (40 s);
    // it exits at +96 and waits 80 s; the status shows CrashLoopBackOff from the retry of the
    // failed sync, 10 s later (+106)
    h.advanceTo(110);
    Pod p = h.pod("default", "p");
    assertThat(p.status().phase()).isEqualTo(phase);
    assertThat(h.container("default", "p", "app").restartCount()).isEqualTo(restarts);
    String cs = Harness.cs(h.container("default", "p", "app"));
    assertThat(cs).startsWith("app=" + state);
    if (!phase.equals(Pod.PHASE_RUNNING)) {
      // a finished pod: its sandbox is gone, it is not ready
      assertThat(p.status().condition(PodCondition.POD_READY_TO_START_CONTAINERS).status())
          .isEqualTo("False");
      assertThat(p.status().condition(PodCondition.READY).status()).isEqualTo("False");
      assertThat(p.status().condition(PodCondition.READY).reason())
          .isEqualTo(phase.equals(Pod.PHASE_SUCCEEDED) ? "PodCompleted" : "ContainersNotReady");
    }
  }
}
