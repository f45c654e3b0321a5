package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seed 1.3.1: {@code pod-demo.yaml} bound to hdss7-21 (the scheduler's Scheduled comes later). */
class PodDemoTest {

  @Test
  void startsWithPullingPulledCreatedStartedAndRunsWithAnIp() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.loop.runUntilIdle();

    // the image pull takes the catalogue's 1 s; create and start are instant
    assertThat(h.events("app", "pod-demo"))
        .containsExactly(
            "+0 Normal Pulling Pulling image \"harbor.od.com/public/centos:7\"",
            "+1 Normal Pulled Successfully pulled image \"harbor.od.com/public/centos:7\" in 1s"
                + " (1s including waiting). Image size: 204000000 bytes.",
            "+1 Normal Created Created container centos",
            "+1 Normal Started Started container centos");
    assertThat(h.statuses("app", "pod-demo"))
        .containsExactly(
            "+0 create Pending",
            "+0 updateStatus Pending centos=waiting:ContainerCreating,restarts=0",
            "+1 updateStatus Running centos=running,ready,restarts=0");
    Pod p = h.pod("app", "pod-demo");
    assertThat(p.status().podIP()).isEqualTo("10.244.0.2");
    assertThat(p.status().hostIP()).isEqualTo("192.168.0.10");
    assertThat(p.status().startTime()).isEqualTo(Harness.T0);
    assertThat(p.status().qosClass()).isEqualTo(Pod.QOS_BEST_EFFORT);
    assertThat(p.status().conditions())
        .extracting(PodCondition::type, PodCondition::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PodReadyToStartContainers", "True"),
            org.assertj.core.groups.Tuple.tuple("Initialized", "True"),
            org.assertj.core.groups.Tuple.tuple("Ready", "True"),
            org.assertj.core.groups.Tuple.tuple("ContainersReady", "True"),
            org.assertj.core.groups.Tuple.tuple("PodScheduled", "True"));
    ContainerStatus c = h.container("app", "pod-demo", "centos");
    assertThat(c.containerID()).startsWith("kubemu://");
    assertThat(c.started()).isTrue();
  }

  @Test
  void sleepsAnHourThenExitsZeroAndRestartsUnderRestartPolicyAlways() {
    Harness h = Harness.start();
    h.create(Harness.seedPod("pod-demo.yaml"));
    h.loop.runUntilIdle();

    // started at +1, `sleep 3600` ends at +3601: exit 0, restarted at once (the first restart
    // has no back-off)
    h.advanceTo(3600);
    assertThat(h.container("app", "pod-demo", "centos").restartCount()).isZero();
    h.advanceTo(3601);
    ContainerStatus c = h.container("app", "pod-demo", "centos");
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.state().running().startedAt()).isEqualTo(Instant.parse("2026-01-01T01:00:01Z"));
    assertThat(c.lastState().terminated().exitCode()).isZero();
    assertThat(c.lastState().terminated().reason()).isEqualTo("Completed");
    assertThat(c.lastState().terminated().startedAt())
        .isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    assertThat(h.pod("app", "pod-demo").status().phase()).isEqualTo(Pod.PHASE_RUNNING);
    assertThat(h.events("app", "pod-demo"))
        .endsWith(
            "+3601 Normal Pulled Container image \"harbor.od.com/public/centos:7\" already present"
                + " on machine",
            "+3601 Normal Created Created container centos (x2)",
            "+3601 Normal Started Started container centos (x2)");
  }
}
