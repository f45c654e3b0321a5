package io.kubemu.engine.controller.cronjob;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a crontab spec (robfig/cron v3 parser.go's bounds, getField, getRange and getBits):
 * each field becomes a bit set of its allowed values, plus {@link CronSchedule.Spec#STAR_BIT} for
 * {@code *} and {@code ?}. Errors are robfig's messages. Stateless.
 */
final class CronFields {
  private CronFields() {}

  /** The bounds of one field (robfig's bounds). */
  record Bounds(int min, int max, Map<String, Integer> names) {}

  static final Bounds SECONDS = new Bounds(0, 59, null);
  static final Bounds MINUTES = new Bounds(0, 59, null);
  static final Bounds HOURS = new Bounds(0, 23, null);
  static final Bounds DAYS_OF_MONTH = new Bounds(1, 31, null);
  static final Bounds MONTHS =
      new Bounds(
          1,
          12,
          Map.ofEntries(
              Map.entry("jan", 1),
              Map.entry("feb", 2),
              Map.entry("mar", 3),
              Map.entry("apr", 4),
              Map.entry("may", 5),
              Map.entry("jun", 6),
              Map.entry("jul", 7),
              Map.entry("aug", 8),
              Map.entry("sep", 9),
              Map.entry("oct", 10),
              Map.entry("nov", 11),
              Map.entry("dec", 12)));
  static final Bounds DAYS_OF_WEEK =
      new Bounds(
          0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6));

  // getField: a comma-separated list of ranges
  static long getField(String field, Bounds r) {
    long bits = 0;
    for (String expr : field.split(",")) {
      if (expr.isEmpty()) continue; // strings.FieldsFunc drops empty parts
      bits |= getRange(expr, r);
    }
    return bits;
  }

  // getRange: number | number "-" number [ "/" number ], or "*"/"?" [ "/" number ]
  static long getRange(String expr, Bounds r) {
    String[] rangeAndStep = expr.split("/", -1);
    String[] lowAndHigh = rangeAndStep[0].split("-", -1);
    boolean singleDigit = lowAndHigh.length == 1;
    long start;
    long end;
    long step;
    long extra = 0;
    if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
      start = r.min();
      end = r.max();
      extra = CronSchedule.Spec.STAR_BIT;
    } else {
      start = parseIntOrName(lowAndHigh[0], r.names());
      end =
          switch (lowAndHigh.length) {
            case 1 -> start;
            case 2 -> parseIntOrName(lowAndHigh[1], r.names());
            default -> throw error("too many hyphens: " + expr);
          };
    }
    switch (rangeAndStep.length) {
      case 1 -> step = 1;
      case 2 -> {
        step = mustParseInt(rangeAndStep[1]);
        if (singleDigit) end = r.max(); // "N/step" means "N-max/step"
        if (step > 1) extra = 0;
      }
      default -> throw error("too many slashes: " + expr);
    }
    if (start < r.min()) {
      throw error("beginning of range (" + start + ") below minimum (" + r.min() + "): " + expr);
    }
    if (end > r.max()) {
      throw error("end of range (" + end + ") above maximum (" + r.max() + "): " + expr);
    }
    if (start > end) {
      throw error("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
    }
    if (step == 0) throw error("step of range should be a positive number: " + expr);
    return getBits((int) start, (int) end, (int) step) | extra;
  }

  private static long parseIntOrName(String expr, Map<String, Integer> names) {
    if (names != null) {
      Integer named = names.get(expr.toLowerCase(Locale.ROOT));
      if (named != null) return named;
    }
    return mustParseInt(expr);
  }

  // mustParseInt: strconv.Atoi, then no negatives
  private static long mustParseInt(String expr) {
    if (!expr.matches("[+-]?[0-9]+")) {
      throw error(
          "failed to parse int from "
              + expr
              + ": strconv.Atoi: parsing \""
              + expr
              + "\": invalid syntax");
    }
    BigInteger v = new BigInteger(expr.startsWith("+") ? expr.substring(1) : expr);
    if (v.bitLength() > 63) {
      throw error(
          "failed to parse int from "
              + expr
              + ": strconv.Atoi: parsing \""
              + expr
              + "\": value out of range");
    }
    long num = v.longValue();
    if (num < 0) throw error("negative number (" + num + ") not allowed: " + expr);
    return num;
  }

  /** getBits: every step-th bit in [min, max]. */
  static long getBits(int min, int max, int step) {
    long bits = 0;
    for (int i = min; i <= max; i += step) bits |= 1L << i;
    return bits;
  }

  /** all: every bit in the bounds, plus the star bit. */
  static long all(Bounds r) {
    return getBits(r.min(), r.max(), 1) | CronSchedule.Spec.STAR_BIT;
  }

  private static IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message);
  }
}
