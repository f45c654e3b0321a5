package io.kubemu.examples.deployment;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.deployment;
import static io.kubemu.dsl.Kubemu.httpGet;
import static io.kubemu.dsl.Kubemu.maxSurge;
import static io.kubemu.dsl.Kubemu.maxUnavailable;
import static io.kubemu.dsl.Kubemu.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kubemu.dsl.DeploymentBuilder;
import io.kubemu.dsl.MaxUnavailable;
import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Beyond the seed: testing that a rollout of <em>your</em> Deployment never drops below N ready
 * pods. The checkout service needs 4 ready pods to take its traffic; its rollout strategy is what
 * keeps them. The assertion replays every state the API server held during the rollout, so even a
 * dip that lasts zero virtual seconds is caught, and the failure shows the moment and the pods
 * around it.
 */
@KubemuTest(nodes = 3)
class NeverBelowReadyPodsTest {

  /** {@code shop/checkout}: 4 replicas of nginx, Ready once {@code /} answers (after 5 s). */
  static DeploymentBuilder checkout(MaxUnavailable unavailable) {
    return deployment("checkout")
        .namespace("shop")
        .replicas(4)
        .selector("app", "checkout")
        .rollingUpdate(maxSurge(1), unavailable)
        .template(
            pod()
                .label("app", "checkout")
                .container(
                    container("web")
                        .image("nginx:1.25")
                        .port(80)
                        .readiness(httpGet(80, "/").initialDelaySeconds(5))));
  }

  /** Deploys checkout, then rolls it to nginx:1.26; returns when the rollout began. */
  static Instant rollToNewImage(Cluster cluster, MaxUnavailable unavailable) {
    cluster.apply(checkout(unavailable));
    cluster.rollout().status("shop/checkout");
    Instant before = cluster.now(); // the window starts after this instant
    cluster.advance(Duration.ofSeconds(1));
    cluster.rollout().setImage("shop/checkout", "web", "nginx:1.26");
    cluster.rollout().status("shop/checkout").forEach(System.out::println);
    return before;
  }

  @Test
  void max_unavailable_zero_keeps_all_four_pods_ready_throughout(Cluster cluster) {
    Instant before = rollToNewImage(cluster, maxUnavailable(0));

    assertThat(cluster)
        .deployment("shop/checkout")
        .rollout()
        .after(before)
        .neverBelowReady(4)
        .neverExceededPods(5)
        .staysWithinItsBounds();
    assertThat(cluster).deployment("shop/checkout").rolloutHistory().hasImages(2, "nginx:1.26");
  }

  @Test
  void a_strategy_allowing_half_unavailable_is_caught_at_its_first_dip(Cluster cluster) {
    Instant before = rollToNewImage(cluster, maxUnavailable("50%"));

    // The controller did nothing wrong: 50% of 4 may be unavailable, and it used that room.
    assertThat(cluster).deployment("shop/checkout").rollout().after(before).staysWithinItsBounds();
    // But it is not what checkout needs, and the assertion says when and how it went below.
    Throwable e =
        catchThrowable(
            () ->
                assertThat(cluster)
                    .deployment("shop/checkout")
                    .rollout()
                    .after(before)
                    .neverBelowReady(4));
    System.out.println(e.getMessage());
    assertThat(e)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("never to have fewer than 4 ready pods")
        .hasMessageContaining("but it had 3 ready pods at " + before.plusSeconds(1))
        .hasMessageContaining("<-- here");
  }
}
