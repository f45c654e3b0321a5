package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

  @Test
  void theSeedsNginxBecomesReadyBecauseItsPostStartHookWroteTheHealthPage() {
    Harness h = Harness.start();
    Deployment d = Manifests.readOneResource("seed/manifests/nginx-v1.12.yaml", Deployment.class);
    Pod template =
        Pod.of(
            d.spec().template().metadata().withName("web").withNamespace("app"),
            d.spec().template().spec());
    h.create(template);
    // runUntilIdle waits for the readiness probe (a foreground task until it first passes)
    h.loop.runUntilIdle();
    // started at +1 after the pull; the readiness worker ticks at +0, +10, ...; the manual trigger
    // at +1 and the tick at... +10 is the first past initialDelaySeconds 5: 200 for /health.html
    assertThat(h.now()).isEqualTo(10);
    assertThat(h.statuses("app", "web"))
        .containsExactly(
            "+0 create Pending",
            "+0 updateStatus Pending nginx-pod=waiting:ContainerCreating,restarts=0",
            "+1 updateStatus Running nginx-pod=running,restarts=0",
            "+10 updateStatus Running nginx-pod=running,ready,restarts=0");
    assertThat(h.pod("app", "web").status().condition(PodCondition.READY).lastTransitionTime())
        .isEqualTo(Harness.T0.plusSeconds(10));
    // the liveness probe (every 5 s from +10) keeps passing
    h.advance(600);
    assertThat(h.container("app", "web", "nginx-pod").restartCount()).isZero();
    assertThat(h.events("app", "web")).noneMatch(e -> e.contains("Unhealthy"));
  }

  @Test
  void aFailingReadinessProbeNeverRestartsTheContainer() {
    Harness h = Harness.start();
    h.create(
        pod("app1")
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sleep", "3600")
                    .readiness(httpGet(80, "/").periodSeconds(10)))
            .build());
    h.advanceTo(600);
    Pod p = h.pod("default", "app1");
    assertThat(p.status().phase()).isEqualTo(Pod.PHASE_RUNNING);
    assertThat(h.container("default", "app1", "app").restartCount()).isZero();
    assertThat(h.container("default", "app1", "app").ready()).isFalse();
    PodCondition ready = p.status().condition(PodCondition.READY);
    assertThat(ready.status()).isEqualTo("False");
    assertThat(ready.reason()).isEqualTo("ContainersNotReady");
    assertThat(ready.message()).isEqualTo("containers with unready status: [app]");
    // probed when it starts (the readiness probe's manual trigger) and every 10 s
    assertThat(h.events("default", "app1"))
        .anyMatch(
            e ->
                e.startsWith(
                    "+10 Warning Unhealthy Readiness probe failed: Get \"http://10.244.0.2:80/\":"
                        + " dial tcp 10.244.0.2:80: connect: connection refused"))
        .noneMatch(e -> e.contains("Killing"));
  }

  @Test
  void readinessFollowsAFileWithoutRestarts() {
    Harness h = Harness.start();
    h.create(
        pod("toggle")
            .container(
                container("app")
                    .image("busybox")
                    .command(
                        "sh",
                        "-c",
                        "sleep 30; touch /tmp/ready; sleep 60; rm /tmp/ready; sleep 3600")
                    .readiness(exec("cat", "/tmp/ready").periodSeconds(5)))
            .build());
    h.advanceTo(200);
    // started at +1: the file exists from +31 to +91; ticks every 5 s from +0
    assertThat(h.statuses("default", "toggle"))
        .containsSubsequence(
            "+1 updateStatus Running app=running,restarts=0",
            "+35 updateStatus Running app=running,ready,restarts=0",
            "+105 updateStatus Running app=running,restarts=0");
    // failureThreshold 3: failures at +95, +100, +105
    assertThat(h.events("default", "toggle"))
        .filteredOn(e -> e.contains("Unhealthy"))
        .extracting(e -> e.substring(0, e.indexOf(' ')))
        .containsSubsequence("+30", "+95", "+100", "+105")
        .doesNotContain("+35", "+90");
    assertThat(h.container("default", "toggle", "app").restartCount()).isZero();
  }
}
