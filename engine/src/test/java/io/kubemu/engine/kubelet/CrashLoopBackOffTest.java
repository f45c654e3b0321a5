package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ContainerBehavior;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashLoopBackOffTest {

  private static List<String> restarts(Harness h, String name) {
    return h.statuses("default", name).stream()
        .filter(s -> s.contains("=running"))
        .map(s -> s.substring(0, s.indexOf(' ')) + " " + s.substring(s.lastIndexOf('=') + 1))
        .toList();
  }

  @Test
  void aContainerThatCrashesAtOnceIsRestartedAfter10_20_40_80_160_300Seconds() {
    Harness h = Harness.start();
    // the process dies one second after each start
    h.behaviors.forPod("default/crash", ContainerBehavior.exitsAfter(Duration.ofSeconds(1), 1));
    h.create(
        pod("crash")
            .container(container("app").image("busybox:1.36").command("sleep", "3600"))
            .build());
    h.advanceTo(1600);
    // started +1, dies +2 and is restarted at once (no back-off yet); then each exit waits for
    // the back-off counted from it: 10 s (+3 -> +13), 20 s (+14 -> +34), 40, 80, 160, 300, 300
    assertThat(restarts(h, "crash"))
        .containsExactly(
            "+1 0",
            "+2 1",
            "+13 2",
            "+34 3",
            "+75 4",
            "+156 5",
            "+317 6",
            "+618 7",
            "+919 8",
            "+1220 9",
            "+1521 10");
    String uid = h.pod("default", "crash").metadata().uid();
    assertThat(h.waitingMessages("default", "crash", "app"))
        .extracting(w -> w.substring(w.indexOf(' ') + 1))
        .startsWith(
            "CrashLoopBackOff: back-off 10s restarting failed container=app pod=crash_default("
                + uid
                + ")",
            "CrashLoopBackOff: back-off 20s restarting failed container=app pod=crash_default("
                + uid
                + ")",
            "CrashLoopBackOff: back-off 40s restarting failed container=app pod=crash_default("
                + uid
                + ")",
            "CrashLoopBackOff: back-off 1m20s restarting failed container=app pod=crash_default("
                + uid
                + ")",
            "CrashLoopBackOff: back-off 2m40s restarting failed container=app pod=crash_default("
                + uid
                + ")",
            "CrashLoopBackOff: back-off 5m0s restarting failed container=app pod=crash_default("
                + uid
                + ")");
    assertThat(h.events("default", "crash"))
        .contains(
            "+3 Warning BackOff Back-off restarting failed container app in pod crash_default("
                + uid
                + ")");
    assertThat(h.container("default", "crash", "app").lastState().terminated().reason())
        .isEqualTo("Error");
  }

  @Test
  void theBackOffResetsAfterTenMinutesOfRunning() {
    Harness h = Harness.start();
    // runs 11 minutes each time: more than twice the 300 s max back-off between failures
    h.behaviors.forPod("default/slow", ContainerBehavior.exitsAfter(Duration.ofMinutes(11), 2));
    h.create(
        pod("slow")
            .container(container("app").image("busybox:1.36").command("sleep", "infinity"))
            .build());
    h.advanceTo(4000);
    assertThat(restarts(h, "slow"))
        .containsExactly("+1 0", "+661 1", "+1321 2", "+1981 3", "+2641 4", "+3301 5", "+3961 6");
    assertThat(h.waitingMessages("default", "slow", "app")).isEmpty();
  }

  @Test
  void withFiveMinutesOfRunningTheBackOffKeepsGrowing() {
    Harness h = Harness.start();
    h.behaviors.forPod("default/mid", ContainerBehavior.exitsAfter(Duration.ofMinutes(5), 2));
    h.create(
        pod("mid")
            .container(container("app").image("busybox:1.36").command("sleep", "infinity"))
            .build());
    h.advanceTo(1400);
    // exits at +301 (restart at once), +601 (10 s: +611), +911 (20 s: +931), +1231 (40 s: +1271)
    assertThat(restarts(h, "mid")).containsExactly("+1 0", "+301 1", "+611 2", "+931 3", "+1271 4");
  }
}
