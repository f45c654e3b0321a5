package io.kubemu.engine.kubelet;

import static io.kubemu.dsl.Kubemu.claimVolume;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pvc;
import static io.kubemu.dsl.Kubemu.storage;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimStatus;
import org.junit.jupiter.api.Test;

/**
 * A pod mounting a PersistentVolumeClaim starts only once the claim is Bound (volumeManager
 * WaitForAttachAndMount); until then it stays ContainerCreating and, every 2 min 3 s of waiting,
 * reports FailedMount.
 */
class ClaimMountTest {

  private static final String TIMED_OUT =
      "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed"
          + " to process volumes=[data]: timed out waiting for the condition";

  @Test
  void waitsForTheClaimToBindThenStarts() {
    Harness h = Harness.start();
    PersistentVolumeClaim claim =
        h.api.create(pvc("www").namespace("app").requests(storage("1Gi")).build());
    h.create(pod().build());
    h.advance(130);

    assertThat(h.pod("app", "web").status().phase()).isEqualTo("Pending");
    assertThat(h.container("app", "web", "nginx").state().waiting().reason())
        .isEqualTo("ContainerCreating");
    assertThat(h.events("app", "web")).containsExactly("+123 Warning FailedMount " + TIMED_OUT);

    // The claim binds at t=130: the pod starts at once.
    h.api.updateStatus(
        h.api
            .get(PersistentVolumeClaim.class, "app", claim.metadata().name())
            .withStatus(PersistentVolumeClaimStatus.EMPTY.withPhase("Bound")));
    h.loop.runDue();
    assertThat(h.events("app", "web")).contains("+130 Normal Pulling Pulling image \"nginx:1.25\"");
    h.advance(5);
    assertThat(h.pod("app", "web").status().phase()).isEqualTo("Running");
  }

  @Test
  void aMissingClaimKeepsThePodWaitingWithFailedMountEveryTimeout() {
    Harness h = Harness.start();
    h.create(pod().build());
    h.advance(300);

    assertThat(h.pod("app", "web").status().phase()).isEqualTo("Pending");
    // 123 s of waiting, the worker's 10 s back-off, 123 s more
    assertThat(h.events("app", "web"))
        .containsExactly(
            "+123 Warning FailedMount " + TIMED_OUT,
            "+256 Warning FailedMount " + TIMED_OUT + " (x2)");
  }

  @Test
  void aPodWithoutClaimsDoesNotWait() {
    Harness h = Harness.start();
    h.create(
        io.kubemu.dsl.Kubemu.pod("plain")
            .namespace("app")
            .container(container("nginx").image("nginx:1.25"))
            .build());
    h.advance(2);
    assertThat(h.pod("app", "plain").status().phase()).isEqualTo("Running");
  }

  private static io.kubemu.dsl.PodBuilder pod() {
    return io.kubemu.dsl.Kubemu.pod("web")
        .namespace("app")
        .volume(claimVolume("data", "www"))
        .container(
            container("nginx").image("nginx:1.25").volumeMount("data", "/usr/share/nginx/html"));
  }
}
