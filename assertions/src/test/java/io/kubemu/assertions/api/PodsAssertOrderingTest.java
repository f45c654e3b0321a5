package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PodsAssertOrderingTest {

  private final Cluster cluster = Fixtures.cluster();

  /** As an OrderedReady StatefulSet: each pod created once the previous one is Ready, 5s apart. */
  private void orderedReady() {
    for (int i = 0; i < 3; i++) {
      createPod(cluster, "app/web-" + i, "n" + (i + 1), "app", "web");
      cluster.advance(Duration.ofSeconds(5));
      running(cluster, "app/web-" + i, true);
    }
  }

  /** As a Parallel StatefulSet: all created at once, Ready in the order 0, 2, 1. */
  private void parallel() {
    for (int i = 0; i < 3; i++) createPod(cluster, "app/web-" + i, "n" + (i + 1), "app", "web");
    for (int i : new int[] {0, 2, 1}) {
      cluster.advance(Duration.ofSeconds(5));
      running(cluster, "app/web-" + i, true);
    }
  }

  /** Deletes web-2, web-1, web-0 gracefully 1s apart, then lets the grace periods run out. */
  private void scaleDownToZero() {
    for (int i = 2; i >= 0; i--) {
      cluster.delete(Pod.class, "app/web-" + i);
      cluster.advance(Duration.ofSeconds(1));
    }
    cluster.advance(Duration.ofSeconds(30));
  }

  @Nested
  class CreatedAndReadyInOrder {
    @Test
    void should_pass_for_the_order_of_the_timeline() {
      orderedReady();
      assertThat(cluster)
          .pods("app")
          .wereCreatedInOrder("web-0", "web-1", "web-2")
          .becameReadyInOrder("web-0", "web-1", "web-2")
          .becameReadyInOrder("app/web-0", "app/web-2");
    }

    @Test
    void wereCreatedInOrder_should_fail_naming_the_first_pod_out_of_order() {
      orderedReady();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app").wereCreatedInOrder("web-1", "web-0", "web-2"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods to have been created in this order:%n  [\"web-1\", \"web-0\","
                      + " \"web-2\"]%nbut web-0 was created before web-1:%n  web-0 was created at"
                      + " 2026-01-01T00:00:00Z (write #8)  <-- here%n  web-1 was created at"
                      + " 2026-01-01T00:00:05Z (write #10)%n  web-2 was created at"
                      + " 2026-01-01T00:00:10Z (write #12)"));
    }

    @Test
    void becameReadyInOrder_should_fail_naming_the_first_pod_out_of_order() {
      parallel();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app").becameReadyInOrder("web-0", "web-1", "web-2"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods to have become Ready in this order:%n  [\"web-0\", \"web-1\","
                      + " \"web-2\"]%nbut web-2 became Ready before web-1:%n  web-0 became Ready at"
                      + " 2026-01-01T00:00:05Z (write #11)%n  web-2 became Ready at"
                      + " 2026-01-01T00:00:10Z (write #12)  <-- here%n  web-1 became Ready at"
                      + " 2026-01-01T00:00:15Z (write #13)"));
    }

    @Test
    void becameReadyInOrder_should_fail_for_a_pod_never_ready() {
      createPod(cluster, "app/web-0", "n1");
      createPod(cluster, "app/web-1", "n2");
      running(cluster, "app/web-0", true);
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app").becameReadyInOrder("web-0", "web-1"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods to have become Ready in this order:%n  [\"web-0\", \"web-1\"]%n"
                      + "but web-1 never became Ready:%n"
                      + "  web-0 became Ready at 2026-01-01T00:00:00Z (write #10)%n"
                      + "  web-1 never became Ready  <-- here"));
    }
  }

  @Nested
  class TerminatedAndDeletedInOrder {
    @Test
    void should_pass_for_pods_no_longer_in_the_cluster() {
      orderedReady();
      scaleDownToZero();
      assertThat(cluster).pods("app").isEmpty();
      assertThat(cluster)
          .pods("app")
          .wereTerminatedInOrder("web-2", "web-1", "web-0")
          .wereDeletedInOrder("web-2", "web-1", "web-0");
    }

    @Test
    void wereTerminatedInOrder_should_fail_naming_the_first_pod_out_of_order() {
      orderedReady();
      scaleDownToZero();
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster).pods("app").wereTerminatedInOrder("web-0", "web-1", "web-2"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pods to have been terminated in this order:%n  [\"web-0\","
                      + " \"web-1\", \"web-2\"]%nbut web-1 was terminated before web-0:%n  web-2"
                      + " was terminated at 2026-01-01T00:00:15Z (write #14)%n  web-1 was"
                      + " terminated at 2026-01-01T00:00:16Z (write #15)  <-- here%n  web-0 was"
                      + " terminated at 2026-01-01T00:00:17Z (write #16)"));
    }
  }

  @Nested
  class OrderedReady {
    @Test
    void should_pass_when_each_pod_waited_for_the_previous() {
      orderedReady();
      assertThat(cluster).pods("app", "app=web").wereCreatedOrderedReady();
      assertThat(cluster).pods("app").wereCreatedOrderedReady("web-0", "web-1", "web-2");
    }

    @Test
    void should_fail_for_pods_created_in_parallel() {
      parallel();
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pods("app", "app=web").wereCreatedOrderedReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting each pod to be created only after the previous one was Ready:%n "
                      + " [\"web-0\", \"web-1\", \"web-2\"]%nbut web-1 was created at"
                      + " 2026-01-01T00:00:00Z (write #9) while web-0 was not Ready:%n  #8"
                      + " 2026-01-01T00:00:00Z rv=9 create Pod app/web-0%n  #9 2026-01-01T00:00:00Z"
                      + " rv=10 create Pod app/web-1  <-- here%n  #11 2026-01-01T00:00:05Z rv=12"
                      + " updateStatus Pod app/web-0%n  #13 2026-01-01T00:00:15Z rv=14 updateStatus"
                      + " Pod app/web-1"));
    }

    @Test
    void should_fail_for_a_pod_never_created() {
      orderedReady();
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pods("app")
                      .wereCreatedOrderedReady("web-0", "web-1", "web-3"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting each pod to be created only after the previous one was Ready:%n"
                      + "  [\"web-0\", \"web-1\", \"web-3\"]%n"
                      + "but web-3 was never created"));
    }
  }
}
