package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class ActiveDeadlineTest {

  @Test
  void aPodActiveLongerThanItsDeadlineFailsWithDeadlineExceeded() {
    Harness h = Harness.start();
    h.create(
        pod("deadline")
            .activeDeadlineSeconds(60)
            .container(container("app").image("busybox:1.36").command("sleep", "3600"))
            .build());
    h.advanceTo(200);
    // startTime +0: at +60 the kubelet fails the pod and stops its container (30 s grace: a
    // sleep ignores SIGTERM); the phase turns Failed once nothing runs any more (+90)
    Pod p = h.pod("default", "deadline");
    assertThat(p.status().phase()).isEqualTo(Pod.PHASE_FAILED);
    assertThat(p.status().reason()).isEqualTo("DeadlineExceeded");
    assertThat(p.status().message())
        .isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(h.events("default", "deadline"))
        .containsSubsequence(
            "+60 Normal DeadlineExceeded Pod was active on the node longer than the specified"
                + " deadline",
            "+60 Normal Killing Stopping container app");
    assertThat(h.statuses("default", "deadline"))
        .containsSubsequence(
            "+1 updateStatus Running app=running,ready,restarts=0",
            "+90 updateStatus Failed app=terminated:Error/137,restarts=0");
    assertThat(h.statuses("default", "deadline"))
        .noneMatch(s -> s.startsWith("+60 updateStatus Failed"));
    // not deleted: a failed pod stays, its container is not restarted
    h.advanceTo(1000);
    assertThat(h.container("default", "deadline", "app").restartCount()).isZero();
  }
}
