package io.kubemu.engine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.time.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkQueueTest {
  private final EventLoop loop = new EventLoop(Instant.parse("2026-01-01T00:00:00Z"), 1);
  private final List<String> synced = new ArrayList<>();

  @Test
  void a_key_added_twice_before_it_runs_is_synced_once_in_order_of_first_add() {
    WorkQueue q = new WorkQueue(loop, "test", synced::add);
    q.add("a");
    q.add("b");
    q.add("a");
    loop.runDue();
    assertThat(synced).containsExactly("a", "b");
  }

  @Test
  void a_failed_sync_is_retried_with_exponential_back_off() {
    List<Instant> attempts = new ArrayList<>();
    WorkQueue q =
        new WorkQueue(
            loop,
            "test",
            key -> {
              attempts.add(loop.now());
              if (attempts.size() < 4) throw new ApiException.BadRequest("try again");
            });
    q.add("k");
    loop.advance(Duration.ofSeconds(1));
    Instant t0 = attempts.get(0);
    assertThat(attempts)
        .containsExactly(t0, t0.plusMillis(5), t0.plusMillis(15), t0.plusMillis(35));
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "1, 10", "2, 20", "10, 5120", "17, 655360", "18, 1000000", "40, 1000000"})
  void back_off_doubles_from_5ms_to_1000s(int failures, long millis) {
    assertThat(WorkQueue.backoff(failures)).isEqualTo(Duration.ofMillis(millis));
  }
}
