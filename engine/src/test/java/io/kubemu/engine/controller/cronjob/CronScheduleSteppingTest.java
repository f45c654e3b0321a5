package io.kubemu.engine.controller.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The field-arithmetic steps of {@link CronSchedule.Spec#next} in fixed-offset zones agree with the
 * one-by-one steps it takes in zones with transitions: in January, London is at UTC+0 and both
 * paths must give the same instants.
 */
class CronScheduleSteppingTest {

  @ParameterizedTest(name = "bits {0} from {1}: {2} steps")
  @CsvSource({
    "1, 1, 59", // only 0 set: wrap from 1
    "1, 59, 1",
    "6, 0, 1", // 1 and 2 set
    "6, 2, 0",
    "6, 3, 57",
    "0, 0, 60",
    "-9223372036854775807, 1, 59" // STAR_BIT | 1: the star bit is not a value
  })
  void stepsToNext(long bits, int from, int steps) {
    assertThat(CronSchedule.Spec.stepsToNext(bits, from, 60)).isEqualTo(steps);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "*/1 * * * *",
        "*/7 * * * *",
        "5,35 */3 * * *",
        "0 0 * * *",
        "59 23 * * *",
        "*/15 9-17 * * 1-5",
        "30 1 15 1 *",
        "0 0 1 2 *",
        "@hourly",
        "@every 90s"
      })
  void fixedOffsetStepsMatchOneByOneSteps(String spec) {
    CronSchedule utc = CronParser.parseStandard(spec);
    CronSchedule london = CronParser.parseStandard("CRON_TZ=Europe/London " + spec);
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    ZoneId zone = ZoneId.of("UTC");
    for (int i = 0; i < 1_500; i++) { // about 64 days: London stays on GMT
      Instant a = utc.next(t);
      Instant b = london.next(t);
      assertThat(a).as("after %s", t).isEqualTo(b);
      ZonedDateTime z = utc.next(t.atZone(zone));
      assertThat(z.toInstant()).isEqualTo(a);
      // odd offsets, so that starts fall mid-second and mid-minute too
      t = t.plus(Duration.ofSeconds(37 + (i % 13) * 611L)).plusMillis(i % 3 == 0 ? 500 : 0);
    }
  }
}
