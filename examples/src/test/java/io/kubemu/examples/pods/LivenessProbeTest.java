package io.kubemu.examples.pods;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.pods.Terminal.kubectl;
import static io.kubemu.examples.pods.Terminal.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.3.2, "带健康检测的pod": {@code pod-01} writes {@code /tmp/health}, sleeps 60 s, removes the file
 * and sleeps 600 s; its exec liveness probe {@code [ -f /tmp/health ]} has every timing field at
 * its default: {@code initialDelaySeconds 0}, {@code periodSeconds 10}, {@code failureThreshold 3},
 * {@code timeoutSeconds 1}.
 *
 * <p>The probe arithmetic, on the virtual clock (t = seconds since {@code kubectl apply}):
 *
 * <ul>
 *   <li>t=0: the pod is bound and the kubelet's probe worker starts ticking every 10 s (t=0, 10,
 *       20, ...); at t=0 the container does not run yet, so that tick probes nothing.
 *   <li>t=1: the image is pulled (1 s) and the container starts; it writes {@code /tmp/health}.
 *   <li>t=10 ... 60: six probes pass. t=61: the script removes the file.
 *   <li>t=70, 80, 90: three probes fail ({@code Unhealthy}, "Liveness probe failed:"). The third
 *       reaches failureThreshold, so at t=90 the kubelet kills the container ({@code Killing},
 *       "Container centos failed liveness probe, will be restarted").
 *   <li>Killing sends SIGTERM first. The container's PID 1 is {@code /bin/bash}, which installs no
 *       SIGTERM handler, and the kernel never delivers an unhandled SIGTERM to a PID 1: the signal
 *       is ignored. After {@code terminationGracePeriodSeconds} (default 30 s) the runtime sends
 *       SIGKILL: the container ends at t=120 with exit code 137 (128 + 9), reason Error.
 *   <li>t=120: the kubelet starts it again: RESTARTS 1. From then on each container lives 110 s (60
 *       s healthy, three failed probes 10 s apart starting with the tick at which the file goes, 30
 *       s grace): restarts at t=230, 340, 450, 560, 670.
 *   <li>Back-off: the kubelet counts its restart back-off (10 s, doubling to 300 s) from the
 *       previous container's exit. While the back-off is shorter than the 110 s a container lives,
 *       the restart comes at once; by the 7th kill (exit at t=780) it has grown to 160 s, so the
 *       pod waits in {@code CrashLoopBackOff} and restarts at t=940. (The {@code BackOff} event
 *       that would say so is dropped, as on a real cluster: the kubelet's event recorder lets 25
 *       events per pod through in a burst, then one every 5 minutes.)
 * </ul>
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class LivenessProbeTest {

  private static final String POD = "app/pod-01";
  private static final Instant START = Instant.parse(Cluster.DEFAULT_START);

  @Test
  void a_failing_liveness_probe_restarts_the_container_at_the_time_the_probe_arithmetic_gives(
      Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/pod-01-liveness.yaml");

    // Healthy for the first minute.
    cluster.advanceTo(at(60));
    kubectl(cluster, "get pod pod-01 -n app");
    assertThat(cluster).pod(POD).isRunning().hasRestartCount(0);

    // t=90: the third failed probe; the kubelet sends SIGTERM, bash (PID 1) ignores it.
    cluster.advanceTo(at(90));
    note(
        cluster,
        "third failed probe: Unhealthy, then Killing; SIGTERM is ignored by bash as PID 1");
    kubectl(cluster, "describe pod pod-01 -n app");
    Pod pod = cluster.get(Pod.class, POD);
    assertThat(cluster)
        .pod(POD)
        .hasRestartCount(0)
        .hasEventsInOrder("Started", "Unhealthy", "Killing")
        .hasEvent("Warning", "Unhealthy", "Liveness probe failed:")
        .hasEvent("Normal", "Killing", "Container centos failed liveness probe, will be restarted");
    Event unhealthy = event(cluster, pod, "Unhealthy");
    assertThat(unhealthy.firstTimestamp()).isEqualTo(at(70));
    assertThat(unhealthy.count()).isEqualTo(3);
    assertThat(event(cluster, pod, "Killing").firstTimestamp()).isEqualTo(at(90));

    // t=119: still running, waiting out its 30 s grace period.
    cluster.advanceTo(at(119));
    assertThat(cluster).pod(POD).hasRestartCount(0).container("centos").isRunning();

    // t=120: SIGKILL, exit 137; restarted at once.
    cluster.advanceTo(at(120));
    note(cluster, "grace period over: SIGKILL (exit 137), and the first restart");
    kubectl(cluster, "get pod pod-01 -n app");
    assertThat(cluster).pod(POD).isRunning().hasRestartCount(1);
    ContainerStateTerminated first = centos(cluster).lastState().terminated();
    assertThat(first.exitCode()).isEqualTo(137);
    assertThat(first.reason()).isEqualTo("Error");
    assertThat(first.startedAt()).isEqualTo(at(1));
    assertThat(first.finishedAt()).isEqualTo(at(120));

    // Each later container lives 110 s: restarts 2..6 come at once.
    long[] restartAt = {120, 230, 340, 450, 560, 670};
    for (int n = 2; n <= restartAt.length; n++) {
      awaitRestart(cluster, n);
      assertThat(cluster.now()).as("restart %d", n).isEqualTo(at(restartAt[n - 1]));
    }
    kubectl(cluster, "get pod pod-01 -n app");

    // The 7th container is killed at t=780; the back-off is 160 s by now.
    cluster.advanceTo(at(800));
    note(cluster, "7th kill at t=780: the back-off (160 s) now outlasts the wait");
    kubectl(cluster, "get pod pod-01 -n app");
    assertThat(cluster)
        .pod(POD)
        .isNotReady()
        .hasRestartCount(6)
        .container("centos")
        .isWaitingWithReason("CrashLoopBackOff");
    // No new event says so: the kubelet's event recorder lets at most 25 events per pod through
    // in a burst, then one every 5 minutes (client-go's spam filter), and three cycles of Unhealthy
    // x3, Killing, Pulled, Created, Started used them up. describe shows old counts, as it would.
    kubectl(cluster, "describe pod pod-01 -n app");
    assertThat(centos(cluster).lastState().terminated().finishedAt()).isEqualTo(at(780));

    awaitRestart(cluster, 7);
    assertThat(cluster.now()).isEqualTo(at(780 + 160));
    kubectl(cluster, "get pod pod-01 -n app");
    kubectl(cluster, "get pod pod-01 -n app -w");
  }

  private static Instant at(long seconds) {
    return START.plusSeconds(seconds);
  }

  private static ContainerStatus centos(Cluster cluster) {
    return cluster.get(Pod.class, POD).status().containerStatuses().get(0);
  }

  private static void awaitRestart(Cluster cluster, int n) {
    cluster.runUntil(
        "pod-01 restarted " + n + " times",
        () -> centos(cluster).restartCount() >= n,
        Duration.ofHours(1));
  }

  private static Event event(Cluster cluster, Pod pod, String reason) {
    return cluster.events(pod).stream()
        .filter(e -> reason.equals(e.reason()))
        .findFirst()
        .orElseThrow();
  }
}
