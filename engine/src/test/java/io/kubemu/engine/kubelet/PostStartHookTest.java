package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class PostStartHookTest {

  @Test
  void theContainerIsNotRunningForTheKubeletUntilItsPostStartHookEnds() {
    Harness h = Harness.start();
    h.create(
        pod("web")
            .container(
                container("nginx")
                    .image("nginx:1.25")
                    .postStart(
                        exec("sh", "-c", "sleep 5; echo ok > /usr/share/nginx/html/hook.html")))
            .build());
    h.loop.runUntilIdle();
    // Started at +1 (after the pull), then the hook holds the sync for 5 s
    assertThat(h.events("default", "web")).contains("+1 Normal Started Started container nginx");
    assertThat(h.statuses("default", "web"))
        .containsExactly(
            "+0 create Pending",
            "+0 updateStatus Pending nginx=waiting:ContainerCreating,restarts=0",
            "+6 updateStatus Running nginx=running,ready,restarts=0");
    assertThat(
            h.kubelets
                .container("default/web", "nginx", false)
                .orElseThrow()
                .fileSystem()
                .readString("/usr/share/nginx/html/hook.html"))
        .isEqualTo("ok\n");
  }

  @Test
  void aFailedPostStartHookKillsTheContainerWhichIsRestartedWithBackOff() {
    Harness h = Harness.start();
    h.create(
        pod("web")
            .container(container("nginx").image("nginx:1.25").postStart(exec("sh", "-c", "exit 7")))
            .build());
    h.advanceTo(40);
    String uid = h.pod("default", "web").metadata().uid();
    // nginx stops at once on its stop signal (SIGQUIT, exit 0)
    assertThat(h.events("default", "web"))
        .containsSubsequence(
            "+1 Normal Started Started container nginx",
            "+1 Warning FailedPostStartHook PostStartHook failed",
            "+1 Normal Killing FailedPostStartHook");
    assertThat(h.waitingMessages("default", "web", "nginx"))
        .first()
        .isEqualTo(
            "+1 PostStartHookError: Exec lifecycle hook ([sh -c exit 7]) for Container \"nginx\" in"
                + " Pod \"web_default("
                + uid
                + ")\" failed - error: command 'sh -c exit 7' exited with 7: , message: \"\"");
    assertThat(h.container("default", "web", "nginx").restartCount()).isGreaterThanOrEqualTo(2);
    assertThat(h.pod("default", "web").status().phase()).isEqualTo(Pod.PHASE_RUNNING);
  }
}
