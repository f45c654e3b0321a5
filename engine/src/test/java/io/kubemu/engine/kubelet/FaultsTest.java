package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class FaultsTest {

  private static Pod web(String name) {
    return pod(name)
        .container(
            container("nginx")
                .image("nginx:1.25")
                .readiness(httpGet(80, "/").periodSeconds(5))
                .liveness(httpGet(80, "/").periodSeconds(5)))
        .build();
  }

  @Test
  void aContainerCrashesAtTheGivenTime() {
    Harness h = Harness.start();
    h.create(web("w"));
    h.kubelets.faults().crashContainer("default/w", "nginx", 2, Harness.T0.plusSeconds(100));
    h.advanceTo(100);
    ContainerStatus c = h.container("default", "w", "nginx");
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.lastState().terminated().exitCode()).isEqualTo(2);
    assertThat(c.lastState().terminated().reason()).isEqualTo("Error");
    assertThat(c.lastState().terminated().finishedAt()).isEqualTo(Harness.T0.plusSeconds(100));
  }

  @Test
  void killAndOomKillEndTheRunningContainerNow() {
    Harness h = Harness.start();
    h.create(web("w"));
    h.advanceTo(50);
    assertThat(h.kubelets.faults().killContainer("default/w", "nginx")).isTrue();
    h.loop.runDue();
    assertThat(h.container("default", "w", "nginx").lastState().terminated().reason())
        .isEqualTo("Error");
    h.advanceTo(100);
    assertThat(h.kubelets.faults().oomKill("default/w", "nginx")).isTrue();
    h.loop.runDue();
    // restarted at once after the first kill, so this exit is in back-off (10 s): terminated
    ContainerStatus c = h.container("default", "w", "nginx");
    assertThat(c.state().terminated().reason()).isEqualTo("OOMKilled");
    assertThat(c.state().terminated().exitCode()).isEqualTo(137);
    assertThat(c.lastState().terminated().reason()).isEqualTo("Error");
    assertThat(h.kubelets.faults().killContainer("default/nope", "nginx")).isFalse();
  }

  @Test
  void aReadinessProbeFailingFromATimeClearsReadyButNeverRestarts() {
    Harness h = Harness.start();
    h.create(web("w"));
    h.kubelets
        .faults()
        .failProbe("default/w", "nginx", ProbeType.READINESS, Harness.T0.plusSeconds(60));
    h.advanceTo(300);
    assertThat(h.container("default", "w", "nginx").ready()).isFalse();
    assertThat(h.container("default", "w", "nginx").restartCount()).isZero();
    // ticks every 5 s from +0: failures at +60, +65, +70 reach the threshold
    assertThat(h.statuses("default", "w"))
        .contains("+70 updateStatus Running nginx=running,restarts=0");
    assertThat(h.events("default", "w"))
        .contains(
            "+60 Warning Unhealthy Readiness probe failed: HTTP probe failed with statuscode: 500");
  }

  @Test
  void aLivenessProbeFailingFromATimeRestartsTheContainer() {
    Harness h = Harness.start();
    h.create(web("w"));
    h.kubelets
        .faults()
        .failProbe("default/*", "nginx", ProbeType.LIVENESS, Harness.T0.plusSeconds(60));
    h.advanceTo(70);
    // failures at +60, +65, +70: Killing at +70; nginx stops on its signal at once and restarts
    assertThat(h.events("default", "w"))
        .contains("+70 Normal Killing Container nginx failed liveness probe, will be restarted");
    assertThat(h.container("default", "w", "nginx").restartCount()).isEqualTo(1);
    assertThat(h.container("default", "w", "nginx").lastState().terminated().exitCode()).isZero();
  }
}
