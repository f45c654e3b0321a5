package io.kubemu.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventLoopTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 42);
  final List<String> ran = new ArrayList<>();

  Runnable log(String name) {
    return () -> ran.add(name + "@" + Duration.between(T0, loop.now()).toSeconds());
  }

  @Test
  void tasksAtTheSameTimeRunInInsertionOrder() {
    loop.schedule(T0.plusSeconds(5), "b", log("b"));
    loop.schedule(T0.plusSeconds(1), "a", log("a"));
    loop.schedule(T0.plusSeconds(5), "c", log("c"));
    loop.schedule(T0.plusSeconds(5), "d", log("d"));

    loop.advance(Duration.ofSeconds(10));

    assertThat(ran).containsExactly("a@1", "b@5", "c@5", "d@5");
    assertThat(loop.now()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void advanceRunsTasksAtTheTargetInstantAndEndsThere() {
    loop.scheduleAfter(Duration.ofSeconds(30), "at target", log("target"));
    loop.scheduleAfter(Duration.ofMillis(30_001), "after target", log("after"));

    loop.advance(Duration.ofSeconds(30));

    assertThat(ran).containsExactly("target@30");
    assertThat(loop.now()).isEqualTo(T0.plusSeconds(30));
    assertThat(loop.pendingCount()).isEqualTo(1);
  }

  @Test
  void advanceSettlesTasksAddedWhileRunning() {
    loop.scheduleAfter(
        Duration.ofSeconds(2),
        "parent",
        () -> {
          ran.add("parent");
          loop.scheduleAfter(Duration.ZERO, "child", log("child"));
          loop.scheduleAfter(Duration.ofSeconds(1), "later", log("later"));
        });

    loop.advanceTo(T0.plusSeconds(3));

    assertThat(ran).containsExactly("parent", "child@2", "later@3");
    assertThat(loop.isSettled()).isTrue();
  }

  @Test
  void aTaskScheduledInThePastRunsNowAfterTheDueOnes() {
    loop.advance(Duration.ofSeconds(10));
    loop.schedule(loop.now(), "due", log("due"));
    loop.schedule(T0, "past", log("past"));

    loop.runDue();

    assertThat(ran).containsExactly("due@10", "past@10");
  }

  @Test
  void cancelledTasksDoNotRun() {
    TaskHandle h = loop.scheduleAfter(Duration.ofSeconds(1), "x", log("x"));
    assertThat(h.cancel()).isTrue();
    assertThat(h.cancel()).isFalse();

    loop.advance(Duration.ofSeconds(5));

    assertThat(ran).isEmpty();
    assertThat(h.isCancelled()).isTrue();
    assertThat(loop.isIdle()).isTrue();
  }

  @Test
  void advancingIntoThePastIsRejected() {
    loop.advance(Duration.ofSeconds(5));
    assertThatThrownBy(() -> loop.advanceTo(T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already 2024-01-01T00:00:05Z");
  }

  @Test
  void advancingFromInsideATaskIsRejected() {
    loop.scheduleAfter(Duration.ZERO, "nested", () -> loop.advance(Duration.ofSeconds(1)));
    assertThatThrownBy(loop::runDue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already running");
  }

  @Test
  void runUntilStepsEventByEventAndReturnsTheElapsedTime() {
    int[] counter = {0};
    for (int i = 1; i <= 5; i++) {
      loop.scheduleAfter(Duration.ofSeconds(i * 10L), "tick " + i, () -> counter[0]++);
    }

    Duration waited = loop.runUntil("three ticks", () -> counter[0] == 3, Duration.ofMinutes(5));

    assertThat(waited).isEqualTo(Duration.ofSeconds(30));
    assertThat(counter[0]).isEqualTo(3);
    assertThat(loop.pendingCount()).isEqualTo(2);
  }

  @Test
  void runUntilTimeoutSaysWhatWasAwaitedTheTimeAndTheState() {
    loop.scheduleAfter(Duration.ofMinutes(10), "probe web-1", () -> {});

    assertThatThrownBy(
            () ->
                loop.runUntil(
                    "deployment web to be available",
                    () -> false,
                    Duration.ofMinutes(5),
                    () -> "deployment default/web: 0/3 available"))
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessage(
            "Timed out after PT5M of virtual time waiting for deployment web to be available\n"
                + "  virtual time: 2024-01-01T00:05:00Z\n"
                + "  0 tasks run; next pending: 2024-01-01T00:10:00Z probe web-1\n"
                + "  state:\n"
                + "    deployment default/web: 0/3 available");
    assertThat(loop.now()).isEqualTo(T0.plusSeconds(300));
  }

  @Test
  void runUntilIdleStopsWhenNoForegroundTaskRemains() {
    loop.scheduleAfter(Duration.ofSeconds(5), "work", log("work"));
    periodic(Duration.ofSeconds(10), true);

    Duration d = loop.runUntilIdle();

    assertThat(d).isEqualTo(Duration.ofSeconds(5));
    assertThat(ran).containsExactly("work@5");
    assertThat(loop.pendingCount()).isEqualTo(1); // the background probe
  }

  @Test
  void runUntilIdleGivesUpOnAPeriodicForegroundTask() {
    periodic(Duration.ofSeconds(10), false);
    loop.setStateSummary(() -> "1 pod");

    assertThatThrownBy(loop::runUntilIdle)
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessageStartingWith(
            "Timed out after PT1H of virtual time waiting for the event loop to become idle")
        .hasMessageContaining("next pending: 2024-01-01T01:00:10Z periodic")
        .hasMessageEndingWith("state:\n    1 pod");
  }

  @Test
  void runUntilIdleGivesUpAfterTheTaskLimit() {
    periodic(Duration.ofSeconds(1), false);
    assertThatThrownBy(() -> loop.runUntilIdle(Duration.ofDays(1), 100))
        .isInstanceOf(ConditionTimeoutException.class)
        .hasMessageContaining("gave up after 100 tasks");
  }

  @Test
  void aLoopThatNeverSettlesIsReported() {
    Runnable[] again = new Runnable[1];
    again[0] = () -> loop.scheduleAfter(Duration.ZERO, "spin", again[0]);
    loop.scheduleAfter(Duration.ZERO, "spin", again[0]);

    assertThatThrownBy(loop::runDue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not settle")
        .hasMessageContaining("spin");
  }

  @Test
  void anExceptionInATaskPropagatesAndKeepsTheQueue() {
    loop.scheduleAfter(
        Duration.ofSeconds(1),
        "boom",
        () -> {
          throw new IllegalStateException("boom");
        });
    loop.scheduleAfter(Duration.ofSeconds(2), "next", log("next"));

    assertThatThrownBy(() -> loop.advance(Duration.ofSeconds(5))).hasMessage("boom");
    loop.advance(Duration.ofSeconds(5));

    assertThat(ran).containsExactly("next@2");
  }

  @Test
  void theSameSeedGivesTheSameRandomsAndUuids() {
    EventLoop other = new EventLoop(T0, 42);
    UUID a = loop.randomUuid();
    assertThat(a).isEqualTo(other.randomUuid());
    assertThat(a.version()).isEqualTo(4);
    assertThat(a.variant()).isEqualTo(2);
    assertThat(loop.random().nextInt()).isEqualTo(other.random().nextInt());
    assertThat(new EventLoop(T0, 43).randomUuid()).isNotEqualTo(a);
  }

  @Test
  void theClockIsUtcAndZoneViewsShareItsInstant() {
    SimClock clock = loop.clock();
    SimClock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    loop.advance(Duration.ofHours(1));

    assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(paris.instant()).isEqualTo(T0.plusSeconds(3600));
    assertThat(paris.millis()).isEqualTo(clock.millis());
    assertThat(paris).isNotEqualTo(clock);
    assertThat(clock.withZone(java.time.ZoneOffset.UTC)).isSameAs(clock);
  }

  private void periodic(Duration every, boolean background) {
    Runnable[] tick = new Runnable[1];
    tick[0] =
        () -> {
          if (background) loop.scheduleBackgroundAfter(every, "periodic", tick[0]);
          else loop.scheduleAfter(every, "periodic", tick[0]);
        };
    if (background) loop.scheduleBackgroundAfter(every, "periodic", tick[0]);
    else loop.scheduleAfter(every, "periodic", tick[0]);
  }
}
