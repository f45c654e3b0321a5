package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import org.junit.jupiter.api.Test;

class InitContainersTest {

  private static Pod withInits(String name, String restartPolicy, String firstScript) {
    return pod(name)
        .restartPolicy(restartPolicy)
        .initContainer(container("init1").image("busybox:1.36").command("sh", "-c", firstScript))
        .initContainer(container("init2").image("busybox:1.36").command("sh", "-c", "sleep 10"))
        .container(container("main").image("busybox:1.36").command("sleep", "3600"))
        .build();
  }

  @Test
  void initContainersRunOneAtATimeInOrderBeforeTheAppContainers() {
    Harness h = Harness.start();
    h.create(withInits("p", Pod.RESTART_ALWAYS, "sleep 5"));
    // init containers run to completion: runUntilIdle waits for them
    h.loop.runUntilIdle();
    assertThat(h.statuses("default", "p"))
        .containsSubsequence(
            "+0 updateStatus Pending init1=waiting:PodInitializing,restarts=0"
                + " init2=waiting:PodInitializing,restarts=0"
                + " main=waiting:PodInitializing,restarts=0",
            "+1 updateStatus Pending init1=running,restarts=0"
                + " init2=waiting:PodInitializing,restarts=0"
                + " main=waiting:PodInitializing,restarts=0",
            "+6 updateStatus Pending init1=terminated:Completed/0,ready,restarts=0"
                + " init2=running,restarts=0 main=waiting:PodInitializing,restarts=0",
            "+16 updateStatus Running init1=terminated:Completed/0,ready,restarts=0"
                + " init2=terminated:Completed/0,ready,restarts=0 main=running,ready,restarts=0");
    assertThat(h.events("default", "p"))
        .containsExactly(
            "+0 Normal Pulling Pulling image \"busybox:1.36\"",
            "+1 Normal Pulled Successfully pulled image \"busybox:1.36\" in 1s (1s including"
                + " waiting). Image size: 4300000 bytes.",
            "+1 Normal Created Created container init1",
            "+1 Normal Started Started container init1",
            "+6 Normal Pulled Container image \"busybox:1.36\" already present on machine",
            "+6 Normal Created Created container init2",
            "+6 Normal Started Started container init2",
            // a different container (fieldPath): a new event, not a repeat
            "+16 Normal Pulled Container image \"busybox:1.36\" already present on machine",
            "+16 Normal Created Created container main",
            "+16 Normal Started Started container main");
    PodCondition init = h.pod("default", "p").status().condition(PodCondition.INITIALIZED);
    assertThat(init.status()).isEqualTo("True");
    assertThat(init.lastTransitionTime()).isEqualTo(Harness.T0.plusSeconds(16));
  }

  @Test
  void whileInitialisingTheInitializedConditionNamesTheIncompleteOnes() {
    Harness h = Harness.start();
    h.create(withInits("p", Pod.RESTART_ALWAYS, "sleep 5"));
    h.advanceTo(3);
    PodCondition init = h.pod("default", "p").status().condition(PodCondition.INITIALIZED);
    assertThat(init.status()).isEqualTo("False");
    assertThat(init.reason()).isEqualTo("ContainersNotInitialized");
    assertThat(init.message()).isEqualTo("containers with incomplete status: [init1 init2]");
    assertThat(h.pod("default", "p").status().phase()).isEqualTo(Pod.PHASE_PENDING);
  }

  @Test
  void aFailedInitContainerFailsThePodUnderRestartPolicyNever() {
    Harness h = Harness.start();
    h.create(withInits("p", Pod.RESTART_NEVER, "sleep 2; exit 3"));
    h.loop.runUntilIdle();
    Pod p = h.pod("default", "p");
    assertThat(p.status().phase()).isEqualTo(Pod.PHASE_FAILED);
    assertThat(Harness.summary(p))
        .isEqualTo(
            "Failed init1=terminated:Error/3,restarts=0 init2=waiting:PodInitializing,restarts=0"
                + " main=waiting:PodInitializing,restarts=0");
    assertThat(h.events("default", "p")).noneMatch(e -> e.contains("container main"));
  }

  @Test
  void aFailingInitContainerIsRetriedWithBackOffUnderRestartPolicyAlways() {
    Harness h = Harness.start();
    h.create(withInits("p", Pod.RESTART_ALWAYS, "exit 1"));
    h.advanceTo(100);
    // starts and fails at +1, restarts at once (the first restart has no back-off) and fails
    // again; then restarts when the back-off ends: +11 (10 s), +31 (20 s), +71 (40 s). The
    // waiting state shows CrashLoopBackOff from the sync after a failed one (the pod worker
    // retries a failed sync after 10 s): +11, +21, +41, +81.
    assertThat(h.statuses("default", "p"))
        .filteredOn(s -> s.contains("init1=running"))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .isEmpty();
    assertThat(h.container("default", "p", "init1").restartCount()).isEqualTo(4);
    assertThat(h.waitingMessages("default", "p", "init1"))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly(
            "+11 CrashLoopBackOff",
            "+21 CrashLoopBackOff",
            "+41 CrashLoopBackOff",
            "+81 CrashLoopBackOff");
    Pod p = h.pod("default", "p");
    assertThat(p.status().phase()).isEqualTo(Pod.PHASE_PENDING);
    assertThat(h.container("default", "p", "main").state().waiting().reason())
        .isEqualTo("PodInitializing");
  }
}
