package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** client-go flowcontrol/backoff_test.go, without jitter. */
class BackoffTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), () -> now);

  @Test
  void slowBackoffDoublesUpToMax() {
    String id = "_idSlow";
    long[] expected = {1, 2, 4, 4, 4};
    for (long e : expected) {
      b.next(id, now);
      assertThat(b.get(id)).isEqualTo(Duration.ofSeconds(e));
      now = now.plusSeconds(e);
    }
  }

  @Test
  void backoffResetsAfterTwiceTheMax() {
    String id = "_idReset";
    b.next(id, now);
    b.next(id, now);
    assertThat(b.get(id)).isEqualTo(Duration.ofSeconds(2));
    now = now.plusSeconds(9); // > 2 * 4 s since the last update
    b.next(id, now);
    assertThat(b.get(id)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void isInBackOffSinceCountsFromTheEvent() {
    String id = "_idIsInBackOffSince";
    Instant event = now;
    b.next(id, event);
    assertThat(b.isInBackOffSince(id, event)).isTrue();
    now = now.plusMillis(999);
    assertThat(b.isInBackOffSince(id, event)).isTrue();
    now = now.plusMillis(1);
    assertThat(b.isInBackOffSince(id, event)).isFalse();
    assertThat(b.isInBackOffSince("unknown", event)).isFalse();
  }

  @Test
  void isInBackOffSinceUpdateCountsFromTheLastUpdate() {
    String id = "_idIsInBackOffSinceUpdate";
    b.next(id, now);
    assertThat(b.isInBackOffSinceUpdate(id, now.plusMillis(500))).isTrue();
    assertThat(b.isInBackOffSinceUpdate(id, now.plusSeconds(1))).isFalse();
  }

  @Test
  void gcDropsStaleEntries() {
    b.next("a", now);
    now = now.plusSeconds(9);
    b.gc();
    assertThat(b.get("a")).isEqualTo(Duration.ZERO);
  }
}
