package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every timing field of a probe. */
class ProbeTimingTest {

  @Test
  void initialDelaySecondsSkipsTicksSoonAfterTheStart() {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .container(
                container("web")
                    .image("nginx:1.25")
                    .readiness(httpGet(80, "/").initialDelaySeconds(25)))
            .build());
    h.loop.runUntilIdle();
    // started +1; ticks +10, +20 are within 25 s of the start; +30 is the first probe
    assertThat(h.statuses("default", "p"))
        .last()
        .isEqualTo("+30 updateStatus Running web=running,ready,restarts=0");
  }

  @Test
  void timeoutSecondsFailsASlowExecProbe() {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sleep", "3600")
                    .readiness(exec("sh", "-c", "sleep 2").timeoutSeconds(1)))
            .build());
    h.advanceTo(15);
    assertThat(h.events("default", "p"))
        .anyMatch(
            e ->
                e.startsWith(
                    "+10 Warning Unhealthy Readiness probe failed: command \"sh -c sleep 2\" timed"
                        + " out"));
    assertThat(h.container("default", "p", "app").ready()).isFalse();
  }

  @Test
  void aBehaviourAnswerSlowerThanTheTimeoutIsATimeout() {
    Harness h = Harness.start();
    h.behaviors.forPod(
        "default/p",
        ContainerBehavior.probes(
            call ->
                java.util.Optional.of(
                    io.kubemu.engine.runtime.ProbeAnswer.success()
                        .withTook(Duration.ofSeconds(3)))));
    h.create(
        pod("p")
            .container(
                container("api")
                    .image("example/api:1")
                    .port(9000)
                    .readiness(tcpSocket(9000).timeoutSeconds(2)))
            .build());
    h.advanceTo(12);
    assertThat(h.events("default", "p"))
        .anyMatch(e -> e.contains("Readiness probe failed: dial tcp 10.244.0.2:9000: i/o timeout"));
  }

  @Test
  void successThresholdNeedsConsecutivePasses() {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .container(
                container("web")
                    .image("nginx:1.25")
                    .readiness(
                        httpGet(80, "/")
                            .initialDelaySeconds(2)
                            .periodSeconds(5)
                            .successThreshold(3)))
            .build());
    h.loop.runUntilIdle();
    // started +1: ticks +5, +10, +15 pass (the trigger at +1 is within the initial delay); the
    // third makes it ready
    assertThat(h.statuses("default", "p"))
        .last()
        .isEqualTo("+15 updateStatus Running web=running,ready,restarts=0");
  }

  @Test
  void aLivenessProbesTerminationGracePeriodOverridesThePods() {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .terminationGracePeriodSeconds(60)
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sleep", "3600")
                    .liveness(exec("false").failureThreshold(1).terminationGracePeriodSeconds(5)))
            .build());
    h.advanceTo(20);
    // fails at +10 (first tick while running); killed with 5 s, not 60: restarted at +15
    assertThat(h.events("default", "p"))
        .contains("+10 Normal Killing Container app failed liveness probe, will be restarted");
    assertThat(h.container("default", "p", "app").restartCount()).isEqualTo(1);
    assertThat(h.container("default", "p", "app").lastState().terminated().finishedAt())
        .isEqualTo(Harness.T0.plusSeconds(15));
  }

  @Test
  void anHttpProbeOfAMissingPageGets404() {
    Harness h = Harness.start();
    h.create(
        pod("p")
            .container(container("web").image("nginx:1.25").readiness(httpGet(80, "/missing.html")))
            .build());
    h.advanceTo(10);
    assertThat(h.events("default", "p"))
        .anyMatch(
            e ->
                e.startsWith(
                    "+10 Warning Unhealthy Readiness probe failed: HTTP probe failed with"
                        + " statuscode: 404"));
    assertThat(h.pod("default", "p").status().phase()).isEqualTo(Pod.PHASE_RUNNING);
  }
}
