package io.kubemu.engine.controller.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * upstream pkg/controller/cronjob/utils_test.go (v1.30): TestNextScheduleTime,
 * TestGetJobFromTemplate2 and TestByJobStartTime, row for row.
 */
class CronJobUtilsTest {

  static final Instant TOP = MostRecentScheduleTimeTest.TOP;

  static Duration h(long hours, long minutes) {
    return MostRecentScheduleTimeTest.h(hours, minutes);
  }

  static Instant after(Duration d) {
    return TOP.plus(d);
  }

  static CronJob cronJob(String schedule, Instant created, Instant last, Long sds) {
    return MostRecentScheduleTimeTest.cronJob(schedule, created, last, sds);
  }

  static Arguments row(Object... values) {
    return Arguments.of(values);
  }

  // TestNextScheduleTime, cases 1 to 8 (hourly "0 * * * ?")
  @Test
  void nextScheduleTime() {
    CronSchedule hourly = CronParser.parseStandard("0 * * * ?");
    Instant t1 = TOP;
    Instant t2 = after(h(1, 0));
    AtomicInteger warnings = new AtomicInteger();
    Runnable warn = warnings::incrementAndGet;
    // 1: no known start times, and none needed yet
    assertThat(
            next(
                cronJob("0 * * * ?", t1.minusSeconds(600), null, null),
                t1.minusSeconds(420),
                hourly,
                warn))
        .isNull();
    // 2: no known start times, and one needed
    assertThat(
            next(
                cronJob("0 * * * ?", t1.minusSeconds(600), null, null),
                t1.plusSeconds(2),
                hourly,
                warn))
        .isEqualTo(t1);
    // 3: known LastScheduleTime, no start needed
    assertThat(
            next(
                cronJob("0 * * * ?", t1.minusSeconds(600), t1, null),
                t1.plusSeconds(120),
                hourly,
                warn))
        .isNull();
    // 4: known LastScheduleTime, a start needed
    assertThat(
            next(
                cronJob("0 * * * ?", t1.minusSeconds(600), t1, null),
                t2.plusSeconds(300),
                hourly,
                warn))
        .isEqualTo(t2);
    // 5: known LastScheduleTime, two starts needed
    CronJob twoHoursOld = cronJob("0 * * * ?", t1.minusSeconds(7200), t1.minusSeconds(3600), null);
    assertThat(next(twoHoursOld, t2.plusSeconds(300), hourly, warn)).isEqualTo(t2);
    // 6: now is way ahead of the last start time, and there is no deadline
    Instant tenDays = t2.plus(Duration.ofDays(10));
    assertThat(next(twoHoursOld, tenDays, hourly, warn)).isNotNull();
    assertThat(warnings).hasValue(1); // 241 missed: TooManyMissedTimes
    // 7: way ahead, but a short deadline
    CronJob deadline = cronJob("0 * * * ?", t1.minusSeconds(7200), t1.minusSeconds(3600), 7200L);
    assertThat(next(deadline, tenDays, hourly, warn)).isNotNull();
    assertThat(warnings).hasValue(1);
    // 8: the error of mostRecentScheduleTime is passed up
    CronJob rogue = cronJob("59 23 31 2 *", t1.plusSeconds(10), null, null);
    CronJobUtils.Next n =
        CronJobUtils.nextScheduleTime(rogue, t2, CronParser.parseStandard("59 23 31 2 *"), warn);
    assertThat(n.scheduledTime()).isNull();
    assertThat(n.error()).isNotNull();
  }

  private static Instant next(CronJob cj, Instant now, CronSchedule s, Runnable warn) {
    return CronJobUtils.nextScheduleTime(cj, now, s, warn).scheduledTime();
  }

  // TestGetJobFromTemplate2
  @ParameterizedTest(name = "{0}")
  @MethodSource
  void getJobFromTemplate2(
      String name,
      String timeZone,
      Map<String, String> annotations,
      String expectedTimestamp,
      int expectedAnnotations) {
    CronJob cj =
        new CronJob(
            ObjectMeta.named("snazzycats", "mycronjob").withUid("1a2b3c"),
            new CronJobSpec(
                "* * * * ?",
                timeZone,
                null,
                CronJobSpec.ALLOW,
                null,
                new JobTemplateSpec(
                    ObjectMeta.EMPTY.withLabels(Map.of("a", "b")).withAnnotations(annotations),
                    JobSpec.EMPTY),
                null,
                null),
            null);
    Job job = CronJobUtils.getJobFromTemplate2(cj, TOP);
    assertThat(job.metadata().name()).isEqualTo("mycronjob-24394200");
    assertThat(job.metadata().labels()).hasSize(1);
    assertThat(job.metadata().annotations()).hasSize(expectedAnnotations);
    assertThat(job.metadata().annotation(CronJob.SCHEDULED_TIMESTAMP_ANNOTATION))
        .isEqualTo(expectedTimestamp);
    assertThat(job.metadata().controllerRef().name()).isEqualTo("mycronjob");
  }

  static Stream<Arguments> getJobFromTemplate2() {
    return Stream.of(
        row("UTC timezone and one annotation", "UTC", Map.of("x", "y"), "2016-05-19T10:00:00Z", 2),
        row("nil timezone and one annotation", null, Map.of("x", "y"), "2016-05-19T10:00:00Z", 2),
        row(
            "correct timezone and multiple annotation",
            "Europe/Rome",
            Map.of("x", "y", "z", "x"),
            "2016-05-19T12:00:00+02:00",
            3));
  }

  // TestByJobStartTime
  @Test
  void byJobStartTime() {
    Instant now = Instant.parse("2018-01-01T02:03:04.000000005Z");
    Instant later = Instant.parse("2019-01-01T02:03:04.000000005Z");
    Job aNil = job("a", null);
    Job bNil = job("b", null);
    Job aSet = job("a", now);
    Job bSet = job("b", now);
    Job aSetLater = job("a", later);
    assertThat(sorted(bNil, aNil)).containsExactly(aNil, bNil);
    assertThat(sorted(aNil, bSet)).containsExactly(bSet, aNil);
    assertThat(sorted(aSet, bNil)).containsExactly(aSet, bNil);
    assertThat(sorted(bSet, aSet)).containsExactly(aSet, bSet);
    assertThat(sorted(aSetLater, bSet)).containsExactly(bSet, aSetLater);
  }

  private static Job job(String name, Instant start) {
    return new Job(
        ObjectMeta.named(name),
        null,
        new JobStatus(null, start, null, null, null, null, null, null, null, null));
  }

  private static List<Job> sorted(Job... jobs) {
    List<Job> list = new ArrayList<>(List.of(jobs));
    list.sort(CronJobUtils.BY_JOB_START_TIME);
    return list;
  }
}
