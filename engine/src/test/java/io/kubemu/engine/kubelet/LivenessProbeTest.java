package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ContainerStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.3.2: {@code pod-01-liveness.yaml}. The command writes /tmp/health, sleeps 60 s, removes it
 * and sleeps 600 s; the exec liveness probe {@code [ -f /tmp/health ]} has the defaults period 10
 * s, failureThreshold 3, initialDelay 0, and the pod the default grace period of 30 s.
 */
class LivenessProbeTest {

  @Test
  void failsThreeTimesThenTheContainerIsKilledAndRestarted() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-01-liveness.yaml"));
    h.advanceTo(119);
    // The probe worker starts with the pod's first sync at +0 and ticks every 10 s (+10, +20...).
    // The image pull takes 1 s: the container starts at +1 and removes /tmp/health at +61.
    // Probes at +10..+60 pass; +70, +80, +90 fail: the third failure reaches failureThreshold, so
    // at +90 the kubelet kills the container. bash, PID 1, has no SIGTERM handler and ignores the
    // signal, so it is killed when the 30 s grace period ends: exit 137 at +120, and (first exit,
    // no back-off) the new container starts at once: +120.
    assertThat(h.events("app", "pod-01"))
        .containsSubsequence(
            "+70 Warning Unhealthy Liveness probe failed: ",
            "+80 Warning Unhealthy Liveness probe failed:  (x2)",
            "+90 Warning Unhealthy Liveness probe failed:  (x3)",
            "+90 Normal Killing Container centos failed liveness probe, will be restarted");
    assertThat(h.container("app", "pod-01", "centos").restartCount()).isZero();
    h.advanceTo(120);
    ContainerStatus c = h.container("app", "pod-01", "centos");
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.lastState().terminated().exitCode()).isEqualTo(137);
    assertThat(c.lastState().terminated().reason()).isEqualTo("Error");
    assertThat(c.lastState().terminated().finishedAt()).isEqualTo(Harness.T0.plusSeconds(120));
    assertThat(h.events("app", "pod-01"))
        .endsWith(
            "+120 Normal Pulled Container image \"harbor.od.com/public/centos:7\" already present"
                + " on machine",
            "+120 Normal Created Created container centos (x2)",
            "+120 Normal Started Started container centos (x2)");
  }

  @Test
  void theCycleRepeatsAndBackOffCatchesUpWithIt() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-01-liveness.yaml"));
    h.advanceTo(1500);
    // Each cycle: 60 s healthy, failures at +60, +70, +80 after the start (the probe ticks fall on
    // the start's phase), Killing at +80, SIGKILL 30 s later: a new container every 110 s.
    // Back-off (doBackOff) looks at the previous container's exit, taken before the kill: with
    // 110 s between exits it stays out of the way while it is 10, 20, 40, 80 s; set to 160 s at
    // +670, it holds the restart after the kill at +780 until 160 s after that exit (+940). Then
    // 300 s (max): restart at 1050 + 300 = +1350.
    List<String> restarts =
        h.statuses("app", "pod-01").stream()
            .filter(s -> s.contains("running"))
            .map(s -> s.substring(0, s.indexOf(' ')) + " " + s.substring(s.lastIndexOf('=') + 1))
            .toList();
    assertThat(restarts)
        .containsExactly(
            "+1 0", "+120 1", "+230 2", "+340 3", "+450 4", "+560 5", "+670 6", "+940 7", "+1350 8",
            "+1460 9");
    assertThat(h.statuses("app", "pod-01"))
        .contains(
            "+780 updateStatus Running centos=waiting:CrashLoopBackOff,restarts=6",
            "+1050 updateStatus Running centos=waiting:CrashLoopBackOff,restarts=7");
    // the BackOff event itself is dropped by the recorder's spam filter by then (25 events per
    // pod and source, then one per 5 minutes, as client-go); the waiting state says it
    String uid = h.pod("app", "pod-01").metadata().uid();
    assertThat(h.waitingMessages("app", "pod-01", "centos"))
        .containsExactly(
            "+780 CrashLoopBackOff: back-off 2m40s restarting failed container=centos"
                + " pod=pod-01_app("
                + uid
                + ")",
            "+1050 CrashLoopBackOff: back-off 5m0s restarting failed container=centos"
                + " pod=pod-01_app("
                + uid
                + ")");
  }
}
