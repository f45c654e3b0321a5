package io.kubemu.engine.controller.cronjob;

import io.kubemu.engine.api.GoFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration}, which robfig/cron uses for {@code @every <duration>}: a possibly
 * signed sequence of decimal numbers, each with an optional fraction and a unit ({@code ns}, {@code
 * us}, {@code µs}, {@code ms}, {@code s}, {@code m}, {@code h}), e.g. {@code 300ms}, {@code -1.5h},
 * {@code 2h45m}. Errors carry Go's messages. Stateless.
 */
final class GoDuration {
  private GoDuration() {}

  private static final Map<String, Long> UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L, // U+00B5 micro sign
          "μs", 1_000L, // U+03BC Greek letter mu
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(63); // 1<<63

  /**
   * {@return the parsed duration}
   *
   * @throws IllegalArgumentException with Go's message, e.g. {@code time: invalid duration "x"}
   */
  static Duration parse(String orig) {
    String s = orig;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) return Duration.ZERO; // special case: a bare "0" is zero
    if (s.isEmpty()) throw invalid(orig);
    BigInteger total = BigInteger.ZERO;
    while (!s.isEmpty()) {
      char c = s.charAt(0);
      if (!(c == '.' || (c >= '0' && c <= '9'))) throw invalid(orig);
      int i = digits(s, 0);
      String whole = s.substring(0, i);
      String frac = "";
      s = s.substring(i);
      if (!s.isEmpty() && s.charAt(0) == '.') {
        int j = digits(s, 1);
        frac = s.substring(1, j);
        s = s.substring(j);
        if (whole.isEmpty() && frac.isEmpty()) throw invalid(orig); // ".s"
      } else if (whole.isEmpty()) {
        throw invalid(orig);
      }
      int u = 0;
      while (u < s.length() && s.charAt(u) != '.' && !(s.charAt(u) >= '0' && s.charAt(u) <= '9')) {
        u++;
      }
      if (u == 0) {
        throw new IllegalArgumentException(
            "time: missing unit in duration " + GoFormat.quote(orig));
      }
      String unitName = s.substring(0, u);
      s = s.substring(u);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        throw new IllegalArgumentException(
            "time: unknown unit "
                + GoFormat.quote(unitName)
                + " in duration "
                + GoFormat.quote(orig));
      }
      BigInteger v = whole.isEmpty() ? BigInteger.ZERO : new BigInteger(whole);
      v = v.multiply(BigInteger.valueOf(unit));
      if (!frac.isEmpty()) {
        // Go accumulates the fraction as float64(f) * (unit / scale), truncated to nanoseconds
        BigDecimal f = new BigDecimal("0." + frac).multiply(BigDecimal.valueOf(unit));
        v = v.add(f.toBigInteger());
      }
      total = total.add(v);
      if (total.compareTo(MAX) > 0) throw invalid(orig);
    }
    if (!neg && total.compareTo(MAX) >= 0) throw invalid(orig);
    long nanos = neg ? total.negate().longValue() : total.longValue();
    return Duration.ofNanos(nanos);
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
    return i;
  }

  private static IllegalArgumentException invalid(String orig) {
    return new IllegalArgumentException("time: invalid duration " + GoFormat.quote(orig));
  }
}
