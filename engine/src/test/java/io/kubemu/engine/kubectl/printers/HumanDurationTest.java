package io.kubemu.engine.kubectl.printers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** duration_test.go, row for row (the first table in milliseconds, the others in nanoseconds). */
class HumanDurationTest {

  // TestHumanDuration (milliseconds)
  @ParameterizedTest
  @CsvSource({
    "1000, 1s",
    "70000, 70s",
    "190000, 3m10s",
    "4200000, 70m",
    "169200000, 47h",
    "176400000, 2d1h",
    "698400000, 8d", // (8*24 + 2) h
    "31708800000, 367d", // 367*24 h
    "63162000000, 2y1d", // (365*2*24 + 25) h
    "252295200000, 8y" // (365*8*24 + 2) h
  })
  void human_duration(long millis, String want) {
    assertThat(HumanDuration.human(Duration.ofMillis(millis))).isEqualTo(want);
  }

  // TestHumanDurationBoundaries
  @ParameterizedTest
  @CsvSource({
    "-2000000000, <invalid>",
    "-1999999999, 0s",
    "0, 0s",
    "999000000, 0s",
    "119999000000, 119s",
    "120000000000, 2m",
    "121000000000, 2m1s",
    "599999000000, 9m59s",
    "600000000000, 10m",
    "601000000000, 10m",
    "10799999000000, 179m",
    "10800000000000, 3h",
    "10860000000000, 3h1m",
    "28799999000000, 7h59m",
    "28800000000000, 8h",
    "32340000000000, 8h",
    "172799999000000, 47h",
    "172800000000000, 2d",
    "176400000000000, 2d1h",
    "691199999000000, 7d23h",
    "691200000000000, 8d",
    "774000000000000, 8d",
    "63071999999000000, 729d",
    "63072000000000000, 2y",
    "63154800000000000, 2y",
    "63158340000000000, 2y",
    "63158399999000000, 2y",
    "63158400000000000, 2y1d",
    "94608000000000000, 3y",
    "126144000000000000, 4y",
    "157680000000000000, 5y",
    "189216000000000000, 6y",
    "220752000000000000, 7y",
    "252287999999000000, 7y364d",
    "252288000000000000, 8y",
    "283737600000000000, 8y",
    "283824000000000000, 9y"
  })
  void human_duration_boundaries(long nanos, String want) {
    assertThat(HumanDuration.human(Duration.ofNanos(nanos))).isEqualTo(want);
  }

  // TestShortHumanDurationBoundaries
  @ParameterizedTest
  @CsvSource({
    "-2000000000, <invalid>",
    "-1999999999, 0s",
    "0, 0s",
    "999000000, 0s",
    "1000000000, 1s",
    "1999000000, 1s",
    "59999000000, 59s",
    "60000000000, 1m",
    "119999000000, 1m",
    "3599999000000, 59m",
    "3600000000000, 1h",
    "7199999000000, 1h",
    "86399999000000, 23h",
    "86400000000000, 1d",
    "172799999000000, 1d",
    "31535999999000000, 364d",
    "31536000000000000, 1y",
    "63071999999000000, 1y",
    "63072000000000000, 2y"
  })
  void short_human_duration_boundaries(long nanos, String want) {
    assertThat(HumanDuration.shortHuman(Duration.ofNanos(nanos))).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource({"0, 0s", "312, 5m12s", "36000, 10h", "259200, 3d"})
  void ages_are_measured_against_the_given_now(long seconds, String want) {
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(HumanDuration.since(created, created.plusSeconds(seconds))).isEqualTo(want);
    assertThat(HumanDuration.since(null, created)).isEqualTo("<unknown>");
  }
}
