package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeletionTest {

  @Test
  void aServerStopsOnItsSignalAfterThePreStopHookAndThePodGoes() {
    Harness h = Harness.start();
    h.create(
        pod("web").container(container("nginx").image("nginx:1.25").preStop(sleep(5))).build());
    h.advanceTo(20);
    h.delete("default", "web");
    Pod terminating = h.pod("default", "web");
    assertThat(terminating.metadata().deletionTimestamp()).isEqualTo(Harness.T0.plusSeconds(50));
    h.loop.runUntilIdle();
    // preStop sleeps 5 s, then SIGQUIT: nginx exits 0 at once; all stopped at +25, the final
    // status written (Succeeded) and the pod deleted with grace period 0
    assertThat(h.exists("default", "web")).isFalse();
    assertThat(h.now()).isEqualTo(25);
    assertThat(h.events("default", "web")).endsWith("+20 Normal Killing Stopping container nginx");
    assertThat(h.statuses("default", "web"))
        .endsWith(
            "+25 updateStatus Succeeded nginx=terminated:Completed/0,restarts=0",
            "+25 delete Succeeded nginx=terminated:Completed/0,restarts=0",
            "+25 deleted-final Succeeded nginx=terminated:Completed/0,restarts=0");
  }

  @Test
  void aShellIgnoresTheSignalAndIsKilledWhenTheGracePeriodEnds() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.advanceTo(10);
    h.delete("app", "pod-demo");
    h.advanceTo(39);
    Pod p = h.pod("app", "pod-demo");
    assertThat(p.status().phase()).isEqualTo(Pod.PHASE_RUNNING);
    h.advanceTo(40);
    assertThat(h.exists("app", "pod-demo")).isFalse();
    assertThat(h.statuses("app", "pod-demo"))
        .endsWith(
            "+40 updateStatus Failed centos=terminated:Error/137,restarts=0",
            "+40 delete Failed centos=terminated:Error/137,restarts=0",
            "+40 deleted-final Failed centos=terminated:Error/137,restarts=0");
  }

  @Test
  void aPreStopHookThatOutlivesTheGracePeriodStillLeavesTwoSeconds() {
    Harness h = Harness.start();
    h.create(
        pod("slow")
            .terminationGracePeriodSeconds(20)
            .container(
                container("app")
                    .image("busybox:1.36")
                    .command("sleep", "3600")
                    .preStop(exec("sh", "-c", "sleep 100")))
            .build());
    h.advanceTo(10);
    h.delete("default", "slow");
    h.loop.runUntilIdle();
    // the hook is given up at +30 (20 s); the stop signal gets the minimum 2 s: SIGKILL at +32
    assertThat(h.exists("default", "slow")).isFalse();
    assertThat(h.now()).isEqualTo(32);
  }

  @Test
  void aShorterGracePeriodOnDeleteKillsEarlier() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.advanceTo(10);
    h.api.delete(Pod.class, "app", "pod-demo", DeleteOptions.gracePeriod(5));
    h.loop.runUntilIdle();
    assertThat(h.exists("app", "pod-demo")).isFalse();
    assertThat(h.now()).isEqualTo(15);
  }

  @Test
  void aForceDeletedPodsContainersStillStop() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.advanceTo(10);
    h.api.delete(Pod.class, "app", "pod-demo", DeleteOptions.gracePeriod(0));
    assertThat(h.exists("app", "pod-demo")).isFalse();
    h.loop.runUntilIdle();
    // calculateEffectiveGracePeriod: a deletion grace period of 0 falls back to the pod's
    // terminationGracePeriodSeconds (30 s): the sleep, ignoring SIGTERM, is killed at +40, then
    // the runtime forgets the pod
    assertThat(h.loop.now()).isEqualTo(Instant.parse("2026-01-01T00:00:40Z"));
    assertThat(h.kubelets.kubelet(Harness.NODE).orElseThrow().runtime().sandboxes()).isEmpty();
  }
}
