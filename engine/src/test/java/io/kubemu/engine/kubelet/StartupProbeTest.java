package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupProbeTest {

  @Test
  void theStartupProbeGatesLivenessAndReadiness() {
    Harness h = Harness.start();
    h.create(
        pod("slow")
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sh", "-c", "sleep 35; touch /tmp/started; sleep 3600")
                    .startup(exec("cat", "/tmp/started").periodSeconds(10).failureThreshold(6))
                    .liveness(exec("cat", "/tmp/started").periodSeconds(10))
                    .readiness(exec("cat", "/tmp/started").periodSeconds(10)))
            .build());
    h.loop.runUntilIdle();
    // the file appears at +36; the startup probe passes at its tick +40; then readiness (manual
    // trigger on the new status) passes at once
    assertThat(h.container("default", "slow", "app").started()).isTrue();
    assertThat(h.container("default", "slow", "app").ready()).isTrue();
    assertThat(h.events("default", "slow"))
        .filteredOn(e -> e.contains("Unhealthy"))
        .allMatch(e -> e.contains("Startup probe failed"));
    assertThat(h.statuses("default", "slow"))
        .last()
        .isEqualTo("+40 updateStatus Running app=running,ready,restarts=0");
  }

  @Test
  void aFailingStartupProbeRestartsTheContainer() {
    Harness h = Harness.start();
    h.create(
        pod("never")
            .terminationGracePeriodSeconds(1)
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sleep", "3600")
                    .startup(exec("false").periodSeconds(5).failureThreshold(2)))
            .build());
    h.advanceTo(13);
    // ticks +5, +10 fail (the +0 tick had no container yet): killed at +10, grace 1 s -> 2 s
    assertThat(h.events("default", "never"))
        .contains("+10 Normal Killing Container app failed startup probe, will be restarted");
    assertThat(h.container("default", "never", "app").restartCount()).isEqualTo(1);
    assertThat(h.container("default", "never", "app").started()).isFalse();
  }
}
