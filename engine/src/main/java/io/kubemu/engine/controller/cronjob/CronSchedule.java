package io.kubemu.engine.controller.cronjob;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A parsed cron schedule (robfig/cron v3's {@code Schedule}): the next activation after a given
 * time. Values are immutable and thread-safe.
 */
public sealed interface CronSchedule permits CronSchedule.Spec, CronSchedule.ConstantDelay {

  /**
   * Go's zero {@code time.Time} (0001-01-01T00:00:00Z), which {@link Spec#next} returns when no
   * activation exists within five years (e.g. {@code 0 0 30 2 *}).
   */
  Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");

  /**
   * {@return the next activation strictly after {@code t}, in {@code t}'s zone, or {@link #ZERO}}
   */
  ZonedDateTime next(ZonedDateTime t);

  /** {@return the next activation strictly after {@code t} (a UTC time), or {@link #ZERO}} */
  default Instant next(Instant t) {
    return next(t.atZone(ZoneOffset.UTC)).toInstant();
  }

  /**
   * A crontab schedule: one bit per allowed value of each field, plus {@link #STAR_BIT} when the
   * field was {@code *} or {@code ?} (robfig's SpecSchedule).
   *
   * @param location the zone the fields are read in; null means "Local": the zone of the time
   *     passed to {@link #next} (kubemu's kube-controller-manager runs in UTC)
   */
  record Spec(long second, long minute, long hour, long dom, long month, long dow, ZoneId location)
      implements CronSchedule {

    /** Set on a field written as {@code *} or {@code ?} (robfig's starBit, 1 << 63). */
    public static final long STAR_BIT = 1L << 63;

    // SpecSchedule.Next: increment the first non-matching field from the largest (month) down,
    // resetting the smaller ones, and start over when a field wraps around.
    @Override
    public ZonedDateTime next(ZonedDateTime start) {
      ZoneId orig = start.getZone();
      ZoneId loc = location == null ? orig : location;
      ZonedDateTime t = start.withZoneSameInstant(loc);
      // the earliest possible time: the upcoming second
      t = t.plusNanos(1_000_000_000L - t.getNano());
      boolean added = false;
      boolean fixed = loc.getRules().isFixedOffset();
      int yearLimit = t.getYear() + 5;
      wrap:
      while (true) {
        if (t.getYear() > yearLimit) return ZERO.atZone(ZoneOffset.UTC);
        while ((1L << t.getMonthValue() & month) == 0) {
          if (!added) {
            added = true;
            t = date(t.getYear(), t.getMonthValue(), 1, 0, loc);
          }
          t = date(t.toLocalDateTime().plusMonths(1), loc); // AddDate(0, 1, 0)
          if (t.getMonthValue() == 1) continue wrap;
        }
        while (!dayMatches(t)) {
          if (!added) {
            added = true;
            t = date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), 0, loc);
          }
          t = date(t.toLocalDateTime().plusDays(1), loc); // AddDate(0, 0, 1)
          // a midnight lost to DST: move back to midnight
          if (t.getHour() != 0) {
            t = t.getHour() > 12 ? t.plusHours(24 - t.getHour()) : t.minusHours(t.getHour());
          }
          if (t.getDayOfMonth() == 1) continue wrap;
        }
        while ((1L << t.getHour() & hour) == 0) {
          if (!added) {
            added = true;
            t = date(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), loc);
          }
          t = t.plusHours(1);
          if (t.getHour() == 0) continue wrap;
        }
        while ((1L << t.getMinute() & minute) == 0) {
          if (!added) {
            added = true;
            t = truncate(t, ChronoUnit.MINUTES);
          }
          if (fixed) {
            // the one-minute steps below, taken at once: no DST transition can intervene
            t = t.plusMinutes(stepsToNext(minute, t.getMinute(), 60));
            if (t.getMinute() == 0) continue wrap;
            continue;
          }
          t = t.plusMinutes(1);
          if (t.getMinute() == 0) continue wrap;
        }
        while ((1L << t.getSecond() & second) == 0) {
          if (!added) {
            added = true;
            t = truncate(t, ChronoUnit.SECONDS);
          }
          if (fixed) {
            t = t.plusSeconds(stepsToNext(second, t.getSecond(), 60));
            if (t.getSecond() == 0) continue wrap;
            continue;
          }
          t = t.plusSeconds(1);
          if (t.getSecond() == 0) continue wrap;
        }
        return t.withZoneSameInstant(orig);
      }
    }

    /**
     * {@return how many one-unit steps from {@code from} reach the next value whose bit is set in
     * {@code bits} (below {@code size}), or reach 0 (a wrap-around) if none is set before it}
     */
    static int stepsToNext(long bits, int from, int size) {
      long above = bits & ((1L << size) - 1) & (-1L << from);
      return above == 0 ? size - from : Long.numberOfTrailingZeros(above) - from;
    }

    // dayMatches: with a star in either day field both must match, else either may
    private boolean dayMatches(ZonedDateTime t) {
      boolean domMatch = (1L << t.getDayOfMonth() & dom) != 0;
      int weekday = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue();
      boolean dowMatch = (1L << weekday & dow) != 0;
      if ((dom & STAR_BIT) != 0 || (dow & STAR_BIT) != 0) return domMatch && dowMatch;
      return domMatch || dowMatch;
    }

    private static ZonedDateTime date(int y, int m, int d, int h, ZoneId loc) {
      return date(LocalDateTime.of(y, m, d, h, 0), loc);
    }

    /**
     * Go's time.Date: a local time is resolved with the offset in force at that wall time read as
     * UTC, corrected once if that lands in another zone period. A time skipped by a DST gap thus
     * takes the offset after the gap and reads an hour earlier (Sao Paulo's lost midnight becomes
     * 23:00 the day before), unlike java.time, which moves it an hour later.
     */
    static ZonedDateTime date(LocalDateTime local, ZoneId loc) {
      ZoneRules rules = loc.getRules();
      long unix = local.toEpochSecond(ZoneOffset.UTC);
      int offset = rules.getOffset(Instant.ofEpochSecond(unix)).getTotalSeconds();
      if (offset != 0) {
        long utc = unix - offset;
        ZoneOffsetTransition next =
            rules.nextTransition(Instant.ofEpochSecond(Math.min(unix, utc)));
        if (next != null && next.toEpochSecond() <= Math.max(unix, utc)) {
          offset = rules.getOffset(Instant.ofEpochSecond(utc)).getTotalSeconds();
        }
        unix -= offset;
      }
      return Instant.ofEpochSecond(unix).atZone(loc);
    }

    // time.Truncate works on absolute time
    private static ZonedDateTime truncate(ZonedDateTime t, ChronoUnit unit) {
      return t.toInstant().truncatedTo(unit).atZone(t.getZone());
    }
  }

  /**
   * An {@code @every <duration>} schedule (robfig's ConstantDelaySchedule): activations {@code
   * delay} apart, rounded down to whole seconds.
   *
   * @param delay at least one second, a whole number of seconds
   */
  record ConstantDelay(Duration delay) implements CronSchedule {

    /** robfig's Every: at least one second, sub-second parts dropped. */
    public static ConstantDelay every(Duration duration) {
      if (duration.compareTo(Duration.ofSeconds(1)) < 0) duration = Duration.ofSeconds(1);
      return new ConstantDelay(duration.minusNanos(duration.getNano()));
    }

    @Override
    public ZonedDateTime next(ZonedDateTime t) {
      return t.plus(delay).minusNanos(t.getNano());
    }
  }
}
