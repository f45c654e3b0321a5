package io.kubemu.engine.controller.cronjob;

import static io.kubemu.engine.controller.cronjob.CronJobUtils.MissedSchedules.FEW;
import static io.kubemu.engine.controller.cronjob.CronJobUtils.MissedSchedules.MANY;
import static io.kubemu.engine.controller.cronjob.CronJobUtils.MissedSchedules.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.cronjob.CronJobUtils.MissedSchedules;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.CronJobStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * upstream pkg/controller/cronjob/utils_test.go (v1.30) TestMostRecentScheduleTime and
 * TestNextScheduleTimeDuration, row for row.
 */
class MostRecentScheduleTimeTest {

  static final Instant TOP = Instant.parse("2016-05-19T10:00:00Z"); // topOfTheHour

  static Instant after(Duration d) {
    return TOP.plus(d);
  }

  static Duration h(long hours, long minutes) {
    return Duration.ofHours(hours).plusMinutes(minutes);
  }

  static CronJob cronJob(String schedule, Instant created, Instant last, Long sds) {
    return new CronJob(
        ObjectMeta.named("default", "mycronjob").withUid("1a2b3c").withCreationTimestamp(created),
        new CronJobSpec(schedule, null, sds, CronJobSpec.ALLOW, null, null, null, null),
        last == null ? null : new CronJobStatus(List.of(), last, null));
  }

  // TestMostRecentScheduleTime
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mostRecentScheduleTime(
      String name,
      CronJob cj,
      boolean includeSds,
      Instant now,
      Instant expectedEarliest,
      Instant expectedRecent,
      MissedSchedules expectedMissed,
      boolean wantErr) {
    CronSchedule sched = CronParser.parseStandard(cj.spec().schedule());
    CronJobUtils.MostRecent r = CronJobUtils.mostRecentScheduleTime(cj, now, sched, includeSds);
    if (wantErr) {
      assertThat(r.error())
          .isEqualTo("time difference between two schedules is less than 1 second");
      return;
    }
    assertThat(r.error()).isNull();
    assertThat(r.earliestTime()).isEqualTo(expectedEarliest);
    assertThat(r.mostRecentTime()).isEqualTo(expectedRecent);
    assertThat(r.missed()).isEqualTo(expectedMissed);
  }

  static Stream<Arguments> mostRecentScheduleTime() {
    Instant half = after(h(0, 30));
    Instant minuteAfter = after(h(0, 1));
    Instant tenSeconds = TOP.plusSeconds(10);
    return Stream.of(
        row(
            "now before next schedule",
            cronJob("0 * * * *", TOP, null, null),
            false,
            TOP.plusSeconds(30),
            TOP,
            null,
            NONE,
            false),
        row(
            "now just after next schedule",
            cronJob("0 * * * *", TOP, null, null),
            false,
            after(h(1, 1)),
            TOP,
            after(h(1, 0)),
            NONE,
            false),
        row(
            "missed 5 schedules",
            cronJob("0 * * * *", tenSeconds, null, null),
            false,
            after(h(5, 1)),
            tenSeconds,
            after(h(5, 0)),
            FEW,
            false),
        row(
            "complex schedule",
            cronJob("30 6-16/4 * * 1-5", TOP, half, null),
            false,
            after(h(24, 31)),
            half,
            after(h(24, 30)),
            FEW,
            false),
        row(
            "another complex schedule",
            cronJob("30 10,11,12 * * 1-5", TOP, half, null),
            false,
            after(h(30, 30)),
            half,
            null,
            FEW,
            false),
        row(
            "complex schedule with longer diff between executions",
            cronJob("30 6-16/4 * * 1-5", TOP, half, null),
            false,
            after(h(96, 31)),
            half,
            after(h(96, 30)),
            FEW,
            false),
        row(
            "complex schedule with shorter diff between executions",
            cronJob("30 6-16/4 * * 1-5", TOP, null, null),
            false,
            after(h(24, 31)),
            TOP,
            after(h(24, 30)),
            FEW,
            false),
        row(
            "@every schedule",
            cronJob("@every 1h", after(h(0, -59)), minuteAfter, 10L),
            false,
            after(h(7 * 24, 0)),
            minuteAfter,
            after(h(6 * 24 + 23, 1)),
            MANY,
            false),
        row(
            "rogue cronjob",
            cronJob("59 23 31 2 *", tenSeconds, null, null),
            false,
            after(h(1, 0)),
            null,
            null,
            NONE,
            true),
        row(
            "earliestTime being CreationTimestamp and LastScheduleTime",
            cronJob("0 * * * *", TOP, TOP, null),
            false,
            TOP.plusSeconds(30),
            TOP,
            null,
            NONE,
            false),
        row(
            "earliestTime being LastScheduleTime",
            cronJob("*/5 * * * *", TOP, half, null),
            false,
            after(h(0, 31)),
            half,
            null,
            NONE,
            false),
        row(
            "earliestTime being LastScheduleTime (within StartingDeadlineSeconds)",
            cronJob("*/5 * * * *", TOP, half, 60L),
            false,
            after(h(0, 31)),
            half,
            null,
            NONE,
            false),
        row(
            "earliestTime being LastScheduleTime (outside StartingDeadlineSeconds)",
            cronJob("*/5 * * * *", TOP, half, 60L),
            true,
            after(h(0, 32)),
            after(h(0, 31)),
            null,
            NONE,
            false));
  }

  static Arguments row(Object... values) {
    return Arguments.of(values);
  }

  // TestNextScheduleTimeDuration
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void nextScheduleTimeDuration(String name, CronJob cj, Instant now, Duration expected) {
    CronSchedule sched = CronParser.parseStandard(cj.spec().schedule());
    Duration got = CronJobUtils.nextScheduleTimeDuration(cj, now, sched);
    assertThat(got).isPositive().isEqualTo(expected.plus(CronJobUtils.NEXT_SCHEDULE_DELTA));
  }

  static Stream<Arguments> nextScheduleTimeDuration() {
    Instant half = after(h(0, 30));
    return Stream.of(
        row(
            "complex schedule skipping weekend",
            cronJob("30 6-16/4 * * 1-5", TOP, half, null),
            after(h(24, 31)),
            h(3, 59)),
        row(
            "another complex schedule skipping weekend",
            cronJob("30 10,11,12 * * 1-5", TOP, half, null),
            after(h(30, 30)),
            h(66, 0)),
        row(
            "once a week cronjob, missed two runs",
            cronJob("0 12 * * 4", TOP, after(h(2, 0)), null),
            after(h(19 * 24 + 1, 30)),
            h(48, 30)),
        row(
            "no previous run of a cronjob",
            cronJob("0 12 * * 5", TOP, null, null),
            after(h(6, 0)),
            h(20, 0)));
  }
}
