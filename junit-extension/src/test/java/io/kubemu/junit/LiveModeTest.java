package io.kubemu.junit;

import static io.kubemu.dsl.Kubemu.configMap;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.LiveRunner;
import io.kubemu.model.core.ConfigMap;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Live mode: the cluster runs on a background thread at a chosen speed, so Awaitility's own {@code
 * await()} (which polls in wall-clock time) can wait for something that happens in virtual time.
 */
@KubemuTest
class LiveModeTest {

  @Test
  void awaitility_waits_for_a_virtual_time_condition_on_a_live_cluster(Cluster cluster) {
    Instant start = cluster.now();
    cluster
        .loop()
        .scheduleAfter(
            Duration.ofSeconds(5),
            "publish the config",
            () -> cluster.api().create(configMap("ready").data("at", "5s").build()));

    try (LiveRunner live = new LiveRunner(cluster).start(100)) {
      await()
          .atMost(10, SECONDS)
          .until(() -> live.call(() -> cluster.find(ConfigMap.class, "ready").isPresent()));

      Instant seen = live.call(cluster::now);
      assertThat(seen).isAfterOrEqualTo(start.plusSeconds(5));
    }
    assertThat(cluster.get(ConfigMap.class, "ready").metadata().creationTimestamp())
        .isEqualTo(start.plusSeconds(5));
  }

  @Test
  void stop_freezes_virtual_time_and_the_runner_can_start_again(Cluster cluster) {
    LiveRunner live = new LiveRunner(cluster).start(1000);
    await()
        .atMost(10, SECONDS)
        .until(
            () ->
                live.call(cluster::now)
                    .isAfter(Instant.parse(Cluster.DEFAULT_START).plusSeconds(1)));
    live.stop();
    Instant frozen = cluster.now();

    assertThat(live.isRunning()).isFalse();
    assertThat(live.call(cluster::now)).isEqualTo(frozen);
    cluster.advance(Duration.ofSeconds(1));
    assertThat(cluster.now()).isEqualTo(frozen.plusSeconds(1));

    live.start(1000);
    await().atMost(10, SECONDS).until(() -> live.call(cluster::now).isAfter(frozen.plusSeconds(2)));
    live.stop();
  }

  @Test
  void a_failing_task_stops_the_runner_and_surfaces_in_the_next_call(Cluster cluster) {
    cluster
        .loop()
        .scheduleAfter(
            Duration.ofSeconds(1),
            "explode",
            () -> {
              throw new IllegalArgumentException("kaboom");
            });
    LiveRunner live = new LiveRunner(cluster).start(100);

    await().atMost(10, SECONDS).until(() -> !live.isRunning());

    assertThatThrownBy(() -> live.call(cluster::now))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the live cluster stopped: a task failed at ")
        .hasRootCauseMessage("kaboom");
  }

  @Test
  void rejects_a_speed_that_is_not_positive(Cluster cluster) {
    LiveRunner live = new LiveRunner(cluster);

    assertThatThrownBy(() -> live.start(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "speed must be a positive number of virtual seconds per wall second, but was 0.0");
  }

  @Test
  void starting_twice_is_an_error(Cluster cluster) {
    try (LiveRunner live = new LiveRunner(cluster).start(1)) {
      assertThatThrownBy(() -> live.start(2))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the cluster is already live at speed 1.0; stop() it first");
    }
  }

  @Test
  void closing_the_cluster_stops_the_runner(Cluster cluster) {
    LiveRunner live = new LiveRunner(cluster).start(10);
    live.run(cluster::close);

    await().atMost(10, SECONDS).until(() -> !live.isRunning());
  }
}
