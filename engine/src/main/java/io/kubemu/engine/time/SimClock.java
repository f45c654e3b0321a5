package io.kubemu.engine.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The cluster's virtual clock: a {@link Clock} whose instant only the {@link EventLoop} moves.
 *
 * <p>Defaults: zone UTC. {@link #withZone(ZoneId)} returns a view that shares this clock's instant.
 * Time never goes backwards. Not thread-safe: read and moved on the loop's thread.
 */
public final class SimClock extends Clock {

  /** The mutable instant, shared by zone views. */
  private static final class Time {
    private Instant now;

    Time(Instant now) {
      this.now = now;
    }
  }

  private final Time time;
  private final ZoneId zone;

  /** A clock at {@code start}, in UTC. */
  public SimClock(Instant start) {
    this(new Time(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private SimClock(Time time, ZoneId zone) {
    this.time = time;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** {@return a view in another zone that shares this clock's instant} */
  @Override
  public SimClock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new SimClock(time, Objects.requireNonNull(zone));
  }

  @Override
  public Instant instant() {
    return time.now;
  }

  @Override
  public long millis() {
    return time.now.toEpochMilli();
  }

  /** Moves the clock forward; only the event loop calls this. */
  void set(Instant instant) {
    if (instant.isBefore(time.now)) {
      throw new IllegalStateException(
          "virtual time cannot go backwards: " + time.now + " -> " + instant);
    }
    time.now = instant;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimClock other && other.time == time && other.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(time) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "SimClock[" + time.now + "," + zone + "]";
  }
}
