package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.ContainerBehavior;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePullTest {

  private static Pod single(String name, String image, String pullPolicy) {
    return pod(name)
        .container(
            container("app").image(image).imagePullPolicy(pullPolicy).command("sleep", "3600"))
        .build();
  }

  @Test
  void anUnpullableImageGivesErrImagePullThenImagePullBackOffWithDoublingBackOff() {
    Harness h = Harness.start();
    h.kubelets.faults().imageUnpullable("nginx:nope");
    h.create(single("p", "nginx:nope", Container.PULL_IF_NOT_PRESENT));
    h.advanceTo(700);
    String error =
        "rpc error: code = NotFound desc = failed to pull and unpack image \"nginx:nope\": failed"
            + " to resolve reference \"nginx:nope\": nginx:nope: not found";
    // the sync that failed created the sandbox, so another follows at once (the PLEG's); one
    // relist period (1 s) later the status shows ImagePullBackOff; the failed syncs are retried
    // every 10 s (+12, +22...) while the back-off lasts, each repeating the BackOff event
    assertThat(h.events("default", "p"))
        .startsWith(
            "+0 Normal Pulling Pulling image \"nginx:nope\"",
            "+1 Warning Failed Failed to pull image \"nginx:nope\": " + error,
            "+1 Warning Failed Error: ErrImagePull",
            "+1 Normal BackOff Back-off pulling image \"nginx:nope\"",
            "+1 Warning Failed Error: ImagePullBackOff",
            "+2 Normal BackOff Back-off pulling image \"nginx:nope\" (x2)",
            "+2 Warning Failed Error: ImagePullBackOff (x2)",
            "+11 Normal Pulling Pulling image \"nginx:nope\" (x2)");
    // a pull (1 s) fails, the next one starts when the back-off counted from that failure ends:
    // 10, 20, 40, 80, 160, then 300 s (max): pulls start at +0, +11, +32, +73, +154, +315, +616
    // and fail 1 s later; the status shows ErrImagePull from the next sync, the relist 1 s after
    // the failure (the first one at once: that sync had created the sandbox)
    List<String> waiting = h.waitingMessages("default", "p", "app");
    assertThat(waiting)
        .filteredOn(w -> w.contains("ErrImagePull"))
        .extracting(w -> w.substring(0, w.indexOf(' ')))
        .containsExactly("+1", "+13", "+34", "+75", "+156", "+317", "+618");
    assertThat(waiting)
        .contains(
            "+2 ImagePullBackOff: Back-off pulling image \"nginx:nope\"",
            "+1 ErrImagePull: " + error);
    assertThat(h.pod("default", "p").status().phase()).isEqualTo(Pod.PHASE_PENDING);
  }

  @Test
  void anImageUnpullableFromALaterTimeStillPullsBefore() {
    Harness h = Harness.start();
    h.kubelets.faults().imageUnpullable("busybox*", Harness.T0.plusSeconds(100), "registry down");
    h.create(single("early", "busybox:1.36", Container.PULL_ALWAYS));
    h.advanceTo(200);
    h.create(single("late", "busybox:1.36", Container.PULL_ALWAYS));
    h.advanceTo(202);
    assertThat(h.pod("default", "early").status().phase()).isEqualTo(Pod.PHASE_RUNNING);
    assertThat(h.events("default", "late"))
        .contains("+201 Warning Failed Failed to pull image \"busybox:1.36\": registry down");
  }

  @Test
  void imagesArePulledOneAtATimePerNode() {
    Harness h = Harness.start();
    h.behaviors.forImage("nginx*", ContainerBehavior.pullTakes(Duration.ofMillis(1500)));
    h.create(single("a", "nginx:1.25", Container.PULL_IF_NOT_PRESENT));
    h.create(single("b", "busybox:1.36", Container.PULL_IF_NOT_PRESENT));
    h.loop.runUntilIdle();
    assertThat(h.events("default", "a"))
        .contains(
            "+1.5 Normal Pulled Successfully pulled image \"nginx:1.25\" in 1.5s (1.5s including"
                + " waiting). Image size: 187000000 bytes.");
    assertThat(h.events("default", "b"))
        .contains(
            "+2.5 Normal Pulled Successfully pulled image \"busybox:1.36\" in 1s (2.5s including"
                + " waiting). Image size: 4300000 bytes.");
    // the node reports its images, largest first
    assertThat(h.api.get(io.kubemu.model.core.Node.class, null, Harness.NODE).status().images())
        .extracting(i -> i.names().get(1))
        .containsExactly("nginx:1.25", "busybox:1.36");
  }

  @Test
  void pullPoliciesFollowTheNodesImageCache() {
    Harness h = Harness.start();
    h.create(single("first", "busybox:1.36", Container.PULL_IF_NOT_PRESENT));
    h.loop.runUntilIdle();
    h.create(single("cached", "busybox:1.36", Container.PULL_IF_NOT_PRESENT));
    h.create(single("always", "busybox:1.36", Container.PULL_ALWAYS));
    h.create(single("never", "alpine:3.19", Container.PULL_NEVER));
    h.loop.runUntilIdle();
    assertThat(h.events("default", "cached"))
        .contains("+1 Normal Pulled Container image \"busybox:1.36\" already present on machine");
    assertThat(h.events("default", "always"))
        .contains("+1 Normal Pulling Pulling image \"busybox:1.36\"");
    assertThat(h.events("default", "never"))
        .contains(
            "+1 Warning ErrImageNeverPull Container image \"alpine:3.19\" is not present with pull"
                + " policy of Never");
    assertThat(h.container("default", "never", "app").state().waiting().reason())
        .isEqualTo("ErrImageNeverPull");
  }

  @Test
  void anUntaggedImageIsPulledAlwaysAsLatest() {
    Harness h = Harness.start();
    h.create(single("a", "busybox", null));
    h.loop.runUntilIdle();
    h.create(single("b", "busybox", null));
    h.loop.runUntilIdle();
    // imagePullPolicy defaults to Always for an untagged image: pulled again
    assertThat(h.events("default", "b")).contains("+1 Normal Pulling Pulling image \"busybox\"");
  }
}
