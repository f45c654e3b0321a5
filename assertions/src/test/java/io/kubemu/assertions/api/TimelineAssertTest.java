package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.PodPredicates.ready;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimelineAssertTest {

  private final Cluster cluster = Fixtures.cluster();
  private Instant setUp;

  /**
   * A hand-made rolling replacement of web-0: three Ready pods at t0; t10 web-3 created (4 pods);
   * t12 web-0 not Ready (2 Ready); t15 web-3 Ready, web-0 deleted (grace 30s); t45 web-0 gone.
   */
  private void rollout() {
    for (int i = 0; i < 3; i++) {
      createPod(cluster, "app/web-" + i, "n" + (i + 1), "app", "web");
      running(cluster, "app/web-" + i, true);
    }
    setUp = cluster.now();
    cluster.advance(Duration.ofSeconds(10));
    createPod(cluster, "app/web-3", "n1", "app", "web");
    cluster.advance(Duration.ofSeconds(2));
    running(cluster, "app/web-0", false);
    cluster.advance(Duration.ofSeconds(3));
    running(cluster, "app/web-3", true);
    cluster.delete(Pod.class, "app/web-0");
    cluster.advance(Duration.ofSeconds(30));
  }

  @Nested
  class Count {
    @Test
    void should_pass_within_bounds() {
      rollout();
      assertThat(cluster).timeline().count(Pod.class, "app=web").neverExceeded(4);
      assertThat(cluster.timeline())
          .after(setUp)
          .count(Pod.class, "app=web")
          .neverBelow(3)
          .max()
          .isEqualTo(4);
      assertThat(cluster.timeline()).after(setUp).count(Pod.class, "app=web").min().isEqualTo(3);
      assertThat(cluster.timeline()).count(Pod.class, "app=web").min().isEqualTo(1);
      assertThat(cluster.timeline())
          .after(setUp.plusSeconds(12))
          .until(setUp.plusSeconds(15))
          .count(Pod.class, "ready pods", ready())
          .neverBelow(2)
          .neverExceeded(3);
    }

    @Test
    void neverExceeded_should_fail_at_the_first_state_above() {
      rollout();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster.timeline()).count(Pod.class, "app=web").neverExceeded(3));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the number of pods matching app=web%nnever to exceed:%n  3%nbut it"
                      + " was 4 at 2026-01-01T00:00:10Z (write #14):%n  ... 3 earlier%n  #11"
                      + " 2026-01-01T00:00:00Z rv=12 updateStatus Pod app/web-1  count=2%n  #12"
                      + " 2026-01-01T00:00:00Z rv=13 create Pod app/web-2        count=3%n  #13"
                      + " 2026-01-01T00:00:00Z rv=14 updateStatus Pod app/web-2  count=3%n  #14"
                      + " 2026-01-01T00:00:10Z rv=15 create Pod app/web-3        count=4  <--"
                      + " here%n  #15 2026-01-01T00:00:12Z rv=16 updateStatus Pod app/web-0 "
                      + " count=4%n  #16 2026-01-01T00:00:15Z rv=17 updateStatus Pod app/web-3 "
                      + " count=4%n  #17 2026-01-01T00:00:15Z rv=18 delete Pod app/web-0       "
                      + " count=4%n  ... 2 later%n(max 4, min 1 over 12 states)"));
    }

    @Test
    void neverBelow_should_fail_at_the_first_state_below() {
      rollout();
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster.timeline())
                      .after(setUp)
                      .count(Pod.class, "ready pods", ready())
                      .neverBelow(3));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the number of ready pods at every state after"
                      + " 2026-01-01T00:00:00Z%nnever to be below:%n  3%nbut it was 2 at"
                      + " 2026-01-01T00:00:12Z (write #15):%n  state at 2026-01-01T00:00:00Z (after"
                      + " #13)                  count=3%n  #14 2026-01-01T00:00:10Z rv=15 create"
                      + " Pod app/web-3        count=3%n  #15 2026-01-01T00:00:12Z rv=16"
                      + " updateStatus Pod app/web-0  count=2  <-- here%n  #16 2026-01-01T00:00:15Z"
                      + " rv=17 updateStatus Pod app/web-3  count=3%n  #17 2026-01-01T00:00:15Z"
                      + " rv=18 delete Pod app/web-0        count=3%n  #18 2026-01-01T00:00:45Z"
                      + " rv=19 delete Pod app/web-0        count=3%n  ... 1 later%n(max 3, min 2"
                      + " over 7 states)"));
    }

    @Test
    void max_should_fail_with_its_description() {
      rollout();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster.timeline()).count(Pod.class, "app=web").max().isEqualTo(3));
      then(error)
          .hasMessage(
              format("[max of pods matching app=web] %n" + "expected: 3%n" + " but was: 4"));
    }

    @Test
    void should_see_a_surge_within_one_instant_unless_sampled_per_instant() {
      rollout();
      cluster.advance(Duration.ofSeconds(5));
      createPod(cluster, "app/web-4", "n2", "app", "web");
      cluster.delete(Pod.class, "app/web-1", DeleteOptions.gracePeriod(0));
      Instant before = cluster.now().minusSeconds(1);
      assertThat(cluster.timeline()).after(before).count(Pod.class, "app=web").max().isEqualTo(4);
      assertThat(cluster.timeline())
          .after(before)
          .atEndOfEachInstant()
          .count(Pod.class, "app=web")
          .max()
          .isEqualTo(3);
    }
  }

  @Nested
  class HoldsAtEveryInstant {
    @Test
    void should_pass_when_the_condition_always_holds() {
      rollout();
      assertThat(cluster.timeline())
          .after(setUp)
          .holdsAtEveryInstant(
              "a Ready web pod on n2",
              s ->
                  s.list(Pod.class, "app", "app=web").stream()
                      .anyMatch(ready().and(PodPredicates.onNode("n2"))));
    }

    @Test
    void should_fail_at_the_first_state_where_it_does_not() {
      rollout();
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster.timeline())
                      .after(setUp)
                      .holdsAtEveryInstant(
                          "at least 3 Ready pods", s -> s.count(Pod.class, ready()) >= 3));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting at every state after 2026-01-01T00:00:00Z:%n  at least 3 Ready"
                      + " pods%nbut it did not hold at 2026-01-01T00:00:12Z (write #15):%n  state"
                      + " at 2026-01-01T00:00:00Z (after #13)                  holds%n  #14"
                      + " 2026-01-01T00:00:10Z rv=15 create Pod app/web-3        holds%n  #15"
                      + " 2026-01-01T00:00:12Z rv=16 updateStatus Pod app/web-0  violated  <--"
                      + " here%n  #16 2026-01-01T00:00:15Z rv=17 updateStatus Pod app/web-3 "
                      + " holds%n  #17 2026-01-01T00:00:15Z rv=18 delete Pod app/web-0       "
                      + " holds%n  #18 2026-01-01T00:00:45Z rv=19 delete Pod app/web-0       "
                      + " holds%n  ... 1 later"));
    }
  }
}
