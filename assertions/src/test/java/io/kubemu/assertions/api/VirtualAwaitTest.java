package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.T0;
import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.podOf;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.KubemuAssertions.await;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.kubemu.assertions.error.ConditionTimeoutError;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApiException;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VirtualAwaitTest {

  private final Cluster cluster = Fixtures.quietCluster();

  /** Schedules a write as a kubelet would do it, {@code seconds} from now. */
  private void after(int seconds, Runnable write) {
    cluster.loop().scheduleAfter(Duration.ofSeconds(seconds), "test write", write);
  }

  private boolean ready(String key) {
    return PodPredicates.ready().test(cluster.get(Pod.class, key));
  }

  @Nested
  class Until {
    @Test
    void should_advance_event_by_event_until_the_condition_holds() {
      createPod(cluster, "app/web-0", "n1");
      after(30, () -> running(cluster, "app/web-0", true));
      after(90, () -> running(cluster, "app/web-0", false));
      Duration waited =
          await(cluster).atMost(Duration.ofMinutes(1)).until(() -> ready("app/web-0"));
      then(waited).isEqualTo(Duration.ofSeconds(30));
      then(cluster.now()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void should_return_the_value_satisfying_the_predicate() {
      createPod(cluster, "app/web-0", "n1");
      after(5, () -> cluster.api().create(podOf("app/web-1", "n2")));
      int pods = await(cluster).until(() -> cluster.list(Pod.class, "app").size(), n -> n == 2);
      then(pods).isEqualTo(2);
      then(cluster.now()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void should_jump_to_the_deadline_when_nothing_is_due_unless_a_poll_interval_bounds_the_step() {
      Duration waited = await(cluster).until(() -> cluster.now().isAfter(T0.plusSeconds(25)));
      then(waited).isEqualTo(Duration.ofMinutes(10));
      Duration polled =
          await(cluster)
              .pollInterval(Duration.ofSeconds(10))
              .until(() -> cluster.now().isAfter(T0.plus(Duration.ofMinutes(10)).plusSeconds(25)));
      then(polled).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_propagate_exceptions_unless_ignored() {
      after(20, () -> cluster.api().create(podOf("app/later", "n1")));
      thenThrownBy(() -> await(cluster).until(() -> cluster.get(Pod.class, "app/later") != null))
          .isInstanceOf(ApiException.NotFound.class);
      Duration waited =
          await(cluster)
              .ignoreExceptions()
              .until(() -> cluster.get(Pod.class, "app/later") != null);
      then(waited).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void should_be_immutable() {
      VirtualAwait base = await(cluster);
      VirtualAwait quick = base.atMost(Duration.ofSeconds(1)).alias("quick");
      then(quick).isNotSameAs(base);
      then(base.and().with().until(() -> cluster.now().isAfter(T0)))
          .isEqualTo(Duration.ofMinutes(10));
    }
  }

  @Nested
  class UntilAsserted {
    @Test
    void should_pass_once_the_assertion_passes() {
      createPod(cluster, "app/web-0", "n1");
      after(12, () -> running(cluster, "app/web-0", true));
      Duration waited =
          await(cluster)
              .untilAsserted(() -> assertThat(cluster).pod("app/web-0").isRunning().isReady());
      then(waited).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void should_time_out_naming_the_alias_the_virtual_time_the_last_error_and_the_state() {
      createPod(cluster, "app/web-0", "n1");
      after(30, () -> running(cluster, "app/web-0", false));
      ConditionTimeoutError error =
          catchThrowableOfType(
              ConditionTimeoutError.class,
              () ->
                  await(cluster)
                      .atMost(Duration.ofMinutes(1))
                      .alias("web-0 ready")
                      .untilAsserted(() -> assertThat(cluster).pod("app/web-0").isReady()));
      then(error)
          .hasMessage(
              format(
                  "Condition with alias 'web-0 ready' didn't complete within 1m0s of virtual"
                      + " time.%nvirtual time: 2026-01-01T00:01:00Z (waited 1m0s)%nlast assertion"
                      + " error:%n  Expecting pod:%n    pod/web-0 (Running, n1)%n  to be Ready%n "
                      + " but its Ready condition was:%n    False (reason: ContainersNotReady,"
                      + " message: containers with unready status: [web])%ncluster state:%n "
                      + " namespaces=5 nodes=3 pods=1%n  pods by phase {Running=1}%n  pod/web-0"
                      + " (Running, n1)"));
      then(error.virtualTime()).isEqualTo(T0.plusSeconds(60));
      then(error.waited()).isEqualTo(Duration.ofMinutes(1));
      then(error.condition()).isEqualTo("Condition with alias 'web-0 ready'");
      then(error.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void should_name_the_method_that_waited_without_an_alias() {
      ConditionTimeoutError error =
          catchThrowableOfType(
              ConditionTimeoutError.class,
              () -> await(cluster).atMost(Duration.ofSeconds(5)).until(() -> false));
      then(error)
          .hasMessage(
              format(
                  "Condition defined in"
                      + " io.kubemu.assertions.api.VirtualAwaitTest$UntilAsserted.should_name_the_method_that_waited_without_an_alias"
                      + " didn't complete within 5s of virtual time.%nvirtual time:"
                      + " 2026-01-01T00:00:05Z (waited 5s)%ncluster state:%n  namespaces=4"
                      + " nodes=3"));
    }
  }

  @Nested
  class DuringAndAtLeast {
    @Test
    void should_wait_until_the_condition_held_long_enough() {
      createPod(cluster, "app/web-0", "n1");
      after(30, () -> running(cluster, "app/web-0", true));
      after(40, () -> running(cluster, "app/web-0", false));
      after(60, () -> running(cluster, "app/web-0", true));
      Duration waited =
          await(cluster).during(Duration.ofSeconds(20)).until(() -> ready("app/web-0"));
      then(waited).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void should_fail_when_it_never_held_long_enough() {
      createPod(cluster, "app/web-0", "n1");
      after(30, () -> running(cluster, "app/web-0", true));
      after(40, () -> running(cluster, "app/web-0", false));
      ConditionTimeoutError error =
          catchThrowableOfType(
              ConditionTimeoutError.class,
              () ->
                  await(cluster)
                      .alias("web-0 stays ready")
                      .atMost(Duration.ofMinutes(1))
                      .during(Duration.ofSeconds(20))
                      .until(() -> ready("app/web-0")));
      then(error)
          .hasMessage(
              format(
                  "Condition with alias 'web-0 stays ready' didn't hold for 20s within 1m0s of"
                      + " virtual time.%nvirtual time: 2026-01-01T00:01:00Z (waited 1m0s)%ncluster"
                      + " state:%n  namespaces=5 nodes=3 pods=1%n  pods by phase {Running=1}%n "
                      + " pod/web-0 (Running, n1)"));
    }

    @Test
    void should_fail_when_the_condition_held_too_early() {
      ConditionTimeoutError error =
          catchThrowableOfType(
              ConditionTimeoutError.class,
              () ->
                  await(cluster).alias("nothing").atLeast(Duration.ofSeconds(5)).until(() -> true));
      then(error)
          .hasMessage(
              format(
                  "Condition with alias 'nothing' was fulfilled after 0s of virtual time, earlier"
                      + " than the minimum of 5s.%nvirtual time: 2026-01-01T00:00:00Z (waited"
                      + " 0s)%ncluster state:%n  namespaces=4 nodes=3"));
    }
  }
}
