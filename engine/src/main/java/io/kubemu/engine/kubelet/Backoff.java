package io.kubemu.engine.kubelet;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * client-go's {@code flowcontrol.Backoff} without jitter, as the kubelet uses it for container
 * restarts (CrashLoopBackOff) and image pulls (ImagePullBackOff): per key, the first {@link #next}
 * sets {@code initial}, each later one doubles it up to {@code max}; an entry not updated for twice
 * {@code max} has expired and starts over. Kubelet values (pkg/kubelet/kubelet.go): initial {@code
 * backOffPeriod} 10 s, max {@code MaxContainerBackOff} 300 s, so back-off resets after 10 minutes
 * without a new failure. Lookups only (no iteration): a HashMap is deterministic here.
 */
final class Backoff {

  /** The kubelet's backOffPeriod. */
  static final Duration INITIAL = Duration.ofSeconds(10);

  /** The kubelet's MaxContainerBackOff. */
  static final Duration MAX = Duration.ofSeconds(300);

  private record Entry(Duration backoff, Instant lastUpdate) {}

  private final Duration initial;
  private final Duration max;
  private final Supplier<Instant> clock;
  private final Map<String, Entry> entries = new HashMap<>();

  Backoff(Duration initial, Duration max, Supplier<Instant> clock) {
    this.initial = initial;
    this.max = max;
    this.clock = clock;
  }

  /** {@return the current back-off of {@code key}, zero when it has none} */
  Duration get(String key) {
    Entry e = entries.get(key);
    return e == null ? Duration.ZERO : e.backoff;
  }

  /** Backoff.Next: starts or doubles the back-off of {@code key}; lastUpdate is now. */
  void next(String key, Instant eventTime) {
    Entry e = entries.get(key);
    Duration b;
    if (e == null || hasExpired(eventTime, e.lastUpdate)) {
      b = initial;
    } else {
      Duration doubled = e.backoff.multipliedBy(2);
      b = doubled.compareTo(max) > 0 ? max : doubled;
    }
    entries.put(key, new Entry(b, clock.get()));
  }

  /**
   * Backoff.IsInBackOffSince: whether less than the back-off has passed since {@code eventTime}.
   */
  boolean isInBackOffSince(String key, Instant eventTime) {
    Entry e = entries.get(key);
    if (e == null || hasExpired(eventTime, e.lastUpdate)) return false;
    return Duration.between(eventTime, clock.get()).compareTo(e.backoff) < 0;
  }

  /** Backoff.IsInBackOffSinceUpdate: whether less than the back-off has passed since the update. */
  boolean isInBackOffSinceUpdate(String key, Instant eventTime) {
    Entry e = entries.get(key);
    if (e == null || hasExpired(eventTime, e.lastUpdate)) return false;
    return Duration.between(e.lastUpdate, eventTime).compareTo(e.backoff) < 0;
  }

  /** {@return when the back-off of {@code key} counted from {@code since} ends} */
  Instant until(String key, Instant since) {
    return since.plus(get(key));
  }

  /** {@return the last update of {@code key}, or null} */
  Instant lastUpdate(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.lastUpdate;
  }

  /** Backoff.GC: drops entries not updated for twice the max. */
  void gc() {
    Instant now = clock.get();
    entries.values().removeIf(e -> hasExpired(now, e.lastUpdate));
  }

  /** Drops the entry of {@code key}. */
  void reset(String key) {
    entries.remove(key);
  }

  // hasExpired: "consider stable if it's ok for twice the maxDuration"
  private boolean hasExpired(Instant eventTime, Instant lastUpdate) {
    return Duration.between(lastUpdate, eventTime).compareTo(max.multipliedBy(2)) > 0;
  }
}
