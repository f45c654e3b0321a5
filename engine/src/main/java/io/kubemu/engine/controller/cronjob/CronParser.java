package io.kubemu.engine.controller.cronjob;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * robfig/cron v3's parser, as the CronJob controller and validation use it ({@code
 * cron.ParseStandard}): five fields (minute, hour, day of month, month, day of week) with {@code
 * *}, {@code ?}, ranges {@code a-b}, steps {@code /n}, lists {@code a,b}, month names {@code
 * jan}..{@code dec} and day names {@code sun}..{@code sat} (case-insensitive); the descriptors
 * {@code @yearly @annually @monthly @weekly @daily @midnight @hourly} and {@code @every
 * <duration>}; and a {@code CRON_TZ=<zone>} or {@code TZ=<zone>} prefix. Errors are robfig's
 * messages, e.g. {@code expected exactly 5 fields, found 4: [* * * *]}. Immutable, thread-safe.
 */
public final class CronParser {

  /** Parse option: a seconds field. */
  static final int SECOND = 1;

  /** Parse option: an optional seconds field. */
  static final int SECOND_OPTIONAL = 1 << 1;

  /** Parse option: a minutes field. */
  static final int MINUTE = 1 << 2;

  /** Parse option: an hours field. */
  static final int HOUR = 1 << 3;

  /** Parse option: a day-of-month field. */
  static final int DOM = 1 << 4;

  /** Parse option: a month field. */
  static final int MONTH = 1 << 5;

  /** Parse option: a day-of-week field. */
  static final int DOW = 1 << 6;

  /** Parse option: an optional day-of-week field. */
  static final int DOW_OPTIONAL = 1 << 7;

  /** Parse option: descriptors such as {@code @daily}. */
  static final int DESCRIPTOR = 1 << 8;

  private static final int[] PLACES = {SECOND, MINUTE, HOUR, DOM, MONTH, DOW};
  private static final String[] DEFAULTS = {"0", "0", "0", "*", "*", "*"};

  private static final CronParser STANDARD =
      new CronParser(MINUTE | HOUR | DOM | MONTH | DOW | DESCRIPTOR);

  private final int options;

  /** A parser with robfig's ParseOption bits (see the constants). */
  CronParser(int options) {
    this.options = options;
  }

  /**
   * robfig's {@code cron.ParseStandard}.
   *
   * @throws IllegalArgumentException with robfig's message when the spec does not parse
   */
  public static CronSchedule parseStandard(String spec) {
    // parsed once per spec string: schedules are immutable values and parsing is pure
    CronSchedule cached = PARSED.get(spec);
    if (cached != null) return cached;
    CronSchedule parsed = STANDARD.parse(spec);
    if (PARSED.size() >= PARSED_CACHE_SIZE) PARSED.clear();
    PARSED.put(spec, parsed);
    return parsed;
  }

  private static final int PARSED_CACHE_SIZE = 1024;
  private static final java.util.concurrent.ConcurrentHashMap<String, CronSchedule> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Parser.Parse. */
  CronSchedule parse(String spec) {
    if (spec.isEmpty()) throw error("empty spec string");
    ZoneId loc = null; // time.Local
    if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
      int eq = spec.indexOf('=');
      int sp = spec.indexOf(' ');
      // Go slices up to the first space; a prefix without one (robfig panics) takes the rest
      String name = sp < 0 ? spec.substring(eq + 1) : spec.substring(eq + 1, sp);
      try {
        loc = loadLocation(name);
      } catch (IllegalArgumentException e) {
        throw error("provided bad location " + name + ": " + e.getMessage());
      }
      spec = sp < 0 ? "" : spec.substring(sp).strip();
    }
    if (spec.startsWith("@")) {
      if ((options & DESCRIPTOR) == 0) {
        throw error("parser does not accept descriptors: " + spec);
      }
      return parseDescriptor(spec, loc);
    }
    String stripped = spec.strip();
    List<String> fields = stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    String[] f = normalizeFields(fields);
    return new CronSchedule.Spec(
        CronFields.getField(f[0], CronFields.SECONDS),
        CronFields.getField(f[1], CronFields.MINUTES),
        CronFields.getField(f[2], CronFields.HOURS),
        CronFields.getField(f[3], CronFields.DAYS_OF_MONTH),
        CronFields.getField(f[4], CronFields.MONTHS),
        CronFields.getField(f[5], CronFields.DAYS_OF_WEEK),
        loc);
  }

  // normalizeFields: validate the field count and fill in omitted fields with their defaults
  String[] normalizeFields(List<String> fields) {
    int opts = options;
    int optionals = 0;
    if ((opts & SECOND_OPTIONAL) != 0) {
      opts |= SECOND;
      optionals++;
    }
    if ((opts & DOW_OPTIONAL) != 0) {
      opts |= DOW;
      optionals++;
    }
    if (optionals > 1) throw error("multiple optionals may not be configured");
    int max = 0;
    for (int place : PLACES) if ((opts & place) != 0) max++;
    int min = max - optionals;
    int count = fields.size();
    if (count < min || count > max) {
      String list = "[" + String.join(" ", fields) + "]";
      if (min == max) {
        throw error("expected exactly " + min + " fields, found " + count + ": " + list);
      }
      throw error("expected " + min + " to " + max + " fields, found " + count + ": " + list);
    }
    List<String> in = new ArrayList<>(fields);
    if (min < max && count == min) {
      if ((opts & SECOND_OPTIONAL) != 0) in.add(0, DEFAULTS[0]);
      else if ((opts & DOW_OPTIONAL) != 0) in.add(DEFAULTS[5]);
    }
    String[] out = DEFAULTS.clone();
    int n = 0;
    for (int i = 0; i < PLACES.length; i++) {
      if ((opts & PLACES[i]) != 0) out[i] = in.get(n++);
    }
    return out;
  }

  // parseDescriptor
  private static CronSchedule parseDescriptor(String descriptor, ZoneId loc) {
    long sec = 1L << CronFields.SECONDS.min();
    long min = 1L << CronFields.MINUTES.min();
    long hr = 1L << CronFields.HOURS.min();
    switch (descriptor) {
      case "@yearly", "@annually" -> {
        return new CronSchedule.Spec(
            sec,
            min,
            hr,
            1L << CronFields.DAYS_OF_MONTH.min(),
            1L << CronFields.MONTHS.min(),
            CronFields.all(CronFields.DAYS_OF_WEEK),
            loc);
      }
      case "@monthly" -> {
        return new CronSchedule.Spec(
            sec,
            min,
            hr,
            1L << CronFields.DAYS_OF_MONTH.min(),
            CronFields.all(CronFields.MONTHS),
            CronFields.all(CronFields.DAYS_OF_WEEK),
            loc);
      }
      case "@weekly" -> {
        return new CronSchedule.Spec(
            sec,
            min,
            hr,
            CronFields.all(CronFields.DAYS_OF_MONTH),
            CronFields.all(CronFields.MONTHS),
            1L << CronFields.DAYS_OF_WEEK.min(),
            loc);
      }
      case "@daily", "@midnight" -> {
        return new CronSchedule.Spec(
            sec,
            min,
            hr,
            CronFields.all(CronFields.DAYS_OF_MONTH),
            CronFields.all(CronFields.MONTHS),
            CronFields.all(CronFields.DAYS_OF_WEEK),
            loc);
      }
      case "@hourly" -> {
        return new CronSchedule.Spec(
            sec,
            min,
            CronFields.all(CronFields.HOURS),
            CronFields.all(CronFields.DAYS_OF_MONTH),
            CronFields.all(CronFields.MONTHS),
            CronFields.all(CronFields.DAYS_OF_WEEK),
            loc);
      }
      default -> {}
    }
    String every = "@every ";
    if (descriptor.startsWith(every)) {
      Duration d;
      try {
        d = GoDuration.parse(descriptor.substring(every.length()));
      } catch (IllegalArgumentException e) {
        throw error("failed to parse duration " + descriptor + ": " + e.getMessage());
      }
      return CronSchedule.ConstantDelay.every(d);
    }
    throw error("unrecognized descriptor: " + descriptor);
  }

  /**
   * Go's {@code time.LoadLocation}: {@code ""} and {@code "UTC"} are UTC, {@code "Local"} is the
   * controller's zone (UTC in kubemu), anything else an IANA zone name.
   *
   * @throws IllegalArgumentException {@code unknown time zone <name>}
   */
  public static ZoneId loadLocation(String name) {
    if (name.isEmpty() || name.equals("UTC") || name.equals("Local")) return ZoneOffset.UTC;
    if (!ZONE_IDS.contains(name)) throw new IllegalArgumentException("unknown time zone " + name);
    return ZoneId.of(name);
  }

  private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

  private static IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message);
  }
}
