package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.shell.LogLine;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 1.2.4 end to end: what runs is the image's ENTRYPOINT/CMD as command and args change it. */
class CommandAndArgsTest {

  private static List<String> logs(Harness h, String pod, String container) {
    return h.kubelets.logs("default/" + pod, container, false).stream().map(LogLine::text).toList();
  }

  @Test
  void neitherTheImagesOwnNginxServes() {
    Harness h = Harness.start();
    h.create(pod("own").container(container("web").image("nginx:1.25")).build());
    h.loop.runUntilIdle();
    var c = h.kubelets.container("default/own", "web", false).orElseThrow();
    assertThat(c.info().argv())
        .containsExactly("/docker-entrypoint.sh", "nginx", "-g", "daemon off;");
    assertThat(c.server()).isTrue();
    assertThat(c.running()).isTrue();
  }

  @Test
  void commandReplacesTheEntrypointAndTheCmdIsDropped() {
    Harness h = Harness.start();
    h.create(
        pod("cmd")
            .restartPolicy(Pod.RESTART_NEVER)
            .container(container("web").image("nginx:1.25").command("echo", "from", "command"))
            .build());
    h.loop.runUntilIdle();
    assertThat(logs(h, "cmd", "web")).containsExactly("from command");
    assertThat(h.pod("default", "cmd").status().phase()).isEqualTo(Pod.PHASE_SUCCEEDED);
  }

  @Test
  void argsReplaceTheCmdOfAnImageWithoutEntrypoint() {
    Harness h = Harness.start();
    h.create(
        pod("args")
            .restartPolicy(Pod.RESTART_NEVER)
            .container(
                container("box").image("busybox:1.36").args("sh", "-c", "echo from args; exit 3"))
            .build());
    h.loop.runUntilIdle();
    assertThat(logs(h, "args", "box")).containsExactly("from args");
    assertThat(h.container("default", "args", "box").state().terminated().exitCode()).isEqualTo(3);
  }

  @Test
  void commandAndArgsTogetherAndVariableReferences() {
    Harness h = Harness.start();
    h.create(
        pod("both")
            .restartPolicy(Pod.RESTART_NEVER)
            .container(
                container("box")
                    .image("busybox:1.36")
                    .env("WHO", "world")
                    .command("echo")
                    .args("hello", "$(WHO)", "$$(WHO)"))
            .container(
                container("sh")
                    .image("busybox:1.36")
                    .env("WHO", "world")
                    .env("GREETING", "hi $(WHO)")
                    .command("sh", "-c", "echo $GREETING from $HOSTNAME"))
            .build());
    h.loop.runUntilIdle();
    assertThat(logs(h, "both", "box")).containsExactly("hello world $(WHO)");
    assertThat(logs(h, "both", "sh")).containsExactly("hi world from both");
  }

  @Test
  void busyboxWithoutCommandRunsShWhichExitsAtOnce() {
    Harness h = Harness.start();
    h.create(pod("bare").container(container("box").image("busybox:1.36")).build());
    h.advanceTo(5);
    // sh with no input ends with status 0: Completed, restarted under restartPolicy Always
    var c = h.container("default", "bare", "box");
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.lastState().terminated().reason()).isEqualTo("Completed");
  }
}
