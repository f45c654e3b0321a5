package io.kubemu.examples.pods;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.exec;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.examples.pods.Terminal.kubectl;
import static io.kubemu.examples.pods.Terminal.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.dsl.ProbeBuilder;
import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.2.4, "就绪性探测和存活性探测": a failing readiness probe never restarts a container, it only clears
 * Ready (the pod leaves its Services' endpoints); a failing liveness probe restarts it.
 *
 * <p>Two pods run the same script: healthy for 30 s, unhealthy for 60 s, healthy again. One checks
 * the file with a readiness probe, the other with a liveness probe; both probes use the defaults
 * (every 10 s, 3 failures). The container starts at t=1 s; the probes tick at t=0, 10, 20, ...
 *
 * <ul>
 *   <li>t=31: both scripts remove {@code /tmp/healthy}; the probes fail at t=40, 50 and 60.
 *   <li>readiness: at t=60 the pod turns {@code 0/1} (Ready False, reason ContainersNotReady) and
 *       stays {@code Running} with 0 restarts; at t=91 the file is back and the probe at t=100
 *       makes it {@code 1/1} again (successThreshold 1). Readiness probes keep running for the
 *       pod's life.
 *   <li>liveness: at t=60 the kubelet kills the container; bash as PID 1 ignores SIGTERM, so
 *       SIGKILL ends it after the 30 s grace period and it restarts at t=90: RESTARTS 1.
 * </ul>
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class ReadinessVersusLivenessTest {

  private static final Instant START = Instant.parse(Cluster.DEFAULT_START);
  private static final String SCRIPT =
      "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 60; touch /tmp/healthy; sleep 3600";

  @Test
  void readiness_failure_only_clears_ready_liveness_failure_restarts(Cluster cluster) {
    ProbeBuilder check = exec("cat", "/tmp/healthy");
    cluster.apply(
        pod("readiness-demo")
            .namespace("app")
            .container(
                container("centos")
                    .image("harbor.od.com/public/centos:7")
                    .command("/bin/bash", "-c", SCRIPT)
                    .readiness(check)));
    cluster.apply(
        pod("liveness-demo")
            .namespace("app")
            .container(
                container("centos")
                    .image("harbor.od.com/public/centos:7")
                    .command("/bin/bash", "-c", SCRIPT)
                    .liveness(check)));

    // t=30: both healthy. The readiness pod became ready at its first passing probe (t=10).
    cluster.advanceTo(at(30));
    kubectl(cluster, "get pods -n app");
    assertThat(cluster).pod("app/readiness-demo").isRunning().isReady();
    assertThat(cluster).pod("app/liveness-demo").isRunning().isReady();

    // t=59: two failures each; nothing visible yet (failureThreshold 3).
    cluster.advanceTo(at(59));
    assertThat(cluster).pod("app/readiness-demo").isReady();

    // t=60: third failure.
    cluster.advanceTo(at(60));
    note(cluster, "third failed probe for both pods");
    kubectl(cluster, "get pods -n app");
    assertThat(cluster)
        .pod("app/readiness-demo")
        .isRunning()
        .isNotReady()
        .hasCondition("Ready", "False")
        .hasRestartCount(0)
        .hasEvent(
            "Warning",
            "Unhealthy",
            "Readiness probe failed: cat: /tmp/healthy: No such file or directory");
    assertThat(cluster)
        .pod("app/liveness-demo")
        .hasEvent("Normal", "Killing", "Container centos failed liveness probe, will be restarted");

    // t=90: the liveness pod's container is SIGKILLed and restarted; the readiness pod never is.
    cluster.advanceTo(at(90));
    kubectl(cluster, "get pods -n app");
    assertThat(cluster).pod("app/liveness-demo").isRunning().hasRestartCount(1);
    assertThat(cluster).pod("app/readiness-demo").isNotReady().hasRestartCount(0);

    // t=100: the file is back (t=91); one passing readiness probe makes the pod ready again.
    cluster.advanceTo(at(100));
    note(cluster, "readiness recovered without any restart");
    kubectl(cluster, "get pods -n app");
    kubectl(cluster, "describe pod readiness-demo -n app");
    assertThat(cluster).pod("app/readiness-demo").isRunning().isReady().hasRestartCount(0);
    assertThat(
            cluster.events(cluster.get(Pod.class, "app/readiness-demo")).stream()
                .map(e -> e.reason()))
        .doesNotContain("Killing");
  }

  private static Instant at(long seconds) {
    return START.plusSeconds(seconds);
  }
}
