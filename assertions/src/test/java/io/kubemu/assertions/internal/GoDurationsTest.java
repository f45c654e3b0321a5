package io.kubemu.assertions.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows from Go's time.Duration String tests (time_test.go durationTests) that fit java.time. */
class GoDurationsTest {

  @ParameterizedTest
  @CsvSource({
    "PT0S, 0s",
    "PT0.000001S, 1µs",
    "PT0.0011S, 1.1ms",
    "PT0.000000001S, 1ns",
    "PT0.0022S, 2.2ms",
    "PT3.3S, 3.3s",
    "PT4M5S, 4m5s",
    "PT4M5.001S, 4m5.001s",
    "PT5H6M7.001S, 5h6m7.001s",
    "PT8M0.000000001S, 8m0.000000001s",
    "PT10M, 10m0s",
    "PT1H, 1h0m0s",
    "-PT1S, -1s",
  })
  void should_format_as_go_does(Duration d, String expected) {
    then(GoDurations.format(d)).isEqualTo(expected);
  }
}
