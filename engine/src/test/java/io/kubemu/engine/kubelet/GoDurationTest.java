package io.kubemu.engine.kubelet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's time_test.go durationTests, row for row where Java can express them. */
class GoDurationTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "0, 0s",
    "1, 1ns",
    "1100, 1.1µs",
    "2200000, 2.2ms",
    "3300000000, 3.3s",
    "10000000000, 10s",
    "80000000000, 1m20s",
    "160000000000, 2m40s",
    "300000000000, 5m0s",
    "4000000000000, 1h6m40s",
    "4000000001000, 1h6m40.000001s",
    "1500000000, 1.5s",
  })
  void formatsAsGoDoes(long nanos, String expected) {
    assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(expected);
  }
}
