package io.kubemu.engine.controller.cronjob;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.CronJobStatus;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The CronJob controller's time and job helpers (upstream pkg/controller/cronjob/utils.go, v1.30).
 * Stateless.
 */
public final class CronJobUtils {
  private CronJobUtils() {}

  /** The padding added to every requeue to absorb clock skew (nextScheduleDelta, 100 ms). */
  public static final Duration NEXT_SCHEDULE_DELTA = Duration.ofMillis(100);

  /** Go's time.RFC3339, as the scheduled-timestamp annotation is written. */
  static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  /** Go's time.RFC1123Z, as the MissSchedule event prints the missed time. */
  static final DateTimeFormatter RFC1123Z =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss Z", Locale.US);

  /** How many schedules were missed since the earliest time (missedSchedulesType). */
  public enum MissedSchedules {
    NONE,
    FEW,
    MANY
  }

  /**
   * What {@link #mostRecentScheduleTime} found.
   *
   * @param earliestTime the last schedule time, the creation time, or the starting deadline
   * @param mostRecentTime the most recent time a Job should have been created, or null
   * @param missed how many schedules were missed
   * @param error set for a schedule that is valid but never fires twice a second apart
   */
  public record MostRecent(
      Instant earliestTime, Instant mostRecentTime, MissedSchedules missed, String error) {}

  /** mostRecentScheduleTime. */
  public static MostRecent mostRecentScheduleTime(
      CronJob cj, Instant now, CronSchedule schedule, boolean includeStartingDeadlineSeconds) {
    Instant earliest = cj.metadata().creationTimestamp();
    MissedSchedules missed = MissedSchedules.NONE;
    CronJobStatus status = cj.status();
    if (status != null && status.lastScheduleTime() != null) earliest = status.lastScheduleTime();
    Long sds = cj.spec() == null ? null : cj.spec().startingDeadlineSeconds();
    if (includeStartingDeadlineSeconds && sds != null) {
      // the controller is not going to schedule anything below this point
      Instant schedulingDeadline = now.minusSeconds(sds);
      if (schedulingDeadline.isAfter(earliest)) earliest = schedulingDeadline;
    }
    Instant t1 = schedule.next(earliest);
    Instant t2 = schedule.next(t1);
    if (now.isBefore(t1)) return new MostRecent(earliest, null, missed, null);
    if (now.isBefore(t2)) return new MostRecent(earliest, t1, missed, null);
    // "59 23 31 2 *" parses but never fires: both times are Go's zero time
    long between = roundToSeconds(Duration.between(t1, t2));
    if (between < 1) {
      return new MostRecent(
          earliest, null, missed, "time difference between two schedules is less than 1 second");
    }
    // a rough count of the missed schedules: the gap between t1 and t2 fitted between t1 and now
    long elapsed = Duration.between(t1, now).getSeconds();
    long numberOfMissed = elapsed / between + 1;
    // go back one more interval and let the schedule find the exact times (for @every and for
    // irregular schedules such as "30 6-16/4 * * 1-5")
    Instant potentialEarliest = t1.plusSeconds((numberOfMissed - 1 - 1) * between);
    Instant mostRecent = null;
    for (Instant t = schedule.next(potentialEarliest);
        !t.isAfter(now) && !t.equals(CronSchedule.ZERO);
        t = schedule.next(t)) {
      mostRecent = t;
    }
    if (numberOfMissed > 100) missed = MissedSchedules.MANY;
    else if (numberOfMissed > 0) missed = MissedSchedules.FEW;
    return new MostRecent(earliest, mostRecent, missed, null);
  }

  // Duration.Round(time.Second).Seconds(): halves away from zero
  private static long roundToSeconds(Duration d) {
    long s = d.getSeconds();
    return d.getNano() >= 500_000_000 ? s + 1 : s;
  }

  /**
   * nextScheduleTimeDuration: the time until the next schedule after the last one (or after now,
   * when schedules were missed), plus {@link #NEXT_SCHEDULE_DELTA}.
   */
  public static Duration nextScheduleTimeDuration(CronJob cj, Instant now, CronSchedule schedule) {
    MostRecent r = mostRecentScheduleTime(cj, now, schedule, false);
    Instant mostRecent = r.mostRecentTime();
    if (r.error() != null) {
      mostRecent = now; // still requeue at some point: the next slot from now
    } else if (mostRecent == null) {
      mostRecent = r.missed() == MissedSchedules.NONE ? r.earliestTime() : now;
    }
    return Duration.between(now, schedule.next(mostRecent).plus(NEXT_SCHEDULE_DELTA));
  }

  /**
   * What {@link #nextScheduleTime} found.
   *
   * @param scheduledTime the most recent unmet schedule time (at or before now), or null
   * @param error as {@link MostRecent#error()}
   */
  public record Next(Instant scheduledTime, String error) {}

  /**
   * nextScheduleTime: the most recent unmet schedule time, within startingDeadlineSeconds; runs
   * {@code tooManyMissed} (the TooManyMissedTimes warning) when more than 100 were missed.
   */
  public static Next nextScheduleTime(
      CronJob cj, Instant now, CronSchedule schedule, Runnable tooManyMissed) {
    MostRecent r = mostRecentScheduleTime(cj, now, schedule, true);
    if (r.mostRecentTime() == null || r.mostRecentTime().isAfter(now)) {
      return new Next(null, r.error());
    }
    if (r.missed() == MissedSchedules.MANY) tooManyMissed.run();
    return new Next(r.mostRecentTime(), r.error());
  }

  /** getJobName: {@code <cronjob>-<scheduled time in minutes since the epoch>}. */
  public static String getJobName(CronJob cj, Instant scheduledTime) {
    return cj.metadata().name() + "-" + getTimeHashInMinutes(scheduledTime);
  }

  /** getTimeHashInMinutes: Unix time in minutes. */
  static long getTimeHashInMinutes(Instant scheduledTime) {
    return scheduledTime.getEpochSecond() / 60;
  }

  /**
   * getJobFromTemplate2: the Job for one scheduled time, with the template's labels and
   * annotations, the {@code batch.kubernetes.io/cronjob-scheduled-timestamp} annotation (RFC 3339
   * in the CronJob's time zone) and a controller reference to the CronJob.
   *
   * @throws IllegalArgumentException for an unknown spec.timeZone
   */
  public static Job getJobFromTemplate2(CronJob cj, Instant scheduledTime) {
    CronJobSpec spec = cj.spec() == null ? CronJobSpec.EMPTY : cj.spec();
    JobTemplateSpec template = spec.jobTemplate();
    ObjectMeta tm =
        template == null || template.metadata() == null ? ObjectMeta.EMPTY : template.metadata();
    Map<String, String> annotations = new LinkedHashMap<>(tm.annotations());
    String zone = spec.timeZone() == null ? "" : spec.timeZone();
    annotations.put(
        CronJob.SCHEDULED_TIMESTAMP_ANNOTATION,
        RFC3339.format(scheduledTime.atZone(CronParser.loadLocation(zone))));
    OwnerReference owner =
        new OwnerReference(
            CronJob.API_VERSION,
            CronJob.KIND,
            cj.metadata().name(),
            cj.metadata().uid(),
            true,
            true);
    ObjectMeta meta =
        ObjectMeta.named(cj.metadata().namespace(), getJobName(cj, scheduledTime))
            .withLabels(tm.labels())
            .withAnnotations(annotations)
            .withCreationTimestamp(scheduledTime)
            .withOwnerReferences(List.of(owner));
    return new Job(meta, template == null ? null : template.spec(), null);
  }

  /** byJobStartTime: jobs with a start time first, by start time, then by name. */
  public static final Comparator<Job> BY_JOB_START_TIME =
      (a, b) -> {
        Instant sa = a.status() == null ? null : a.status().startTime();
        Instant sb = b.status() == null ? null : b.status().startTime();
        if (sa == null && sb != null) return 1;
        if (sa != null && sb == null) return -1;
        if (Objects.equals(sa, sb)) return a.metadata().name().compareTo(b.metadata().name());
        return sa.compareTo(sb);
      };

  /** inActiveList: status.active holds a job with this uid. */
  static boolean inActiveList(CronJob cj, String uid) {
    return active(cj).stream().anyMatch(r -> Objects.equals(r.uid(), uid));
  }

  /** inActiveListByName: status.active holds a job of this namespace and name. */
  static boolean inActiveListByName(CronJob cj, String namespace, String name) {
    return active(cj).stream()
        .anyMatch(r -> Objects.equals(r.name(), name) && Objects.equals(r.namespace(), namespace));
  }

  /** deleteFromActiveList: {@return the CronJob without the job of this uid in status.active} */
  static CronJob deleteFromActiveList(CronJob cj, String uid) {
    List<ObjectReference> left = new ArrayList<>();
    for (ObjectReference r : active(cj)) if (!Objects.equals(r.uid(), uid)) left.add(r);
    return withActive(cj, left);
  }

  static List<ObjectReference> active(CronJob cj) {
    return cj.status() == null ? List.of() : cj.status().active();
  }

  static CronJob withActive(CronJob cj, List<ObjectReference> active) {
    CronJobStatus s = cj.status();
    return cj.withStatus(
        new CronJobStatus(
            active,
            s == null ? null : s.lastScheduleTime(),
            s == null ? null : s.lastSuccessfulTime()));
  }

  /** getFinishedStatus: {@return Complete or Failed for a finished job, else null} */
  public static String finishedStatus(Job j) {
    if (j.status() == null) return null;
    for (JobCondition c : j.status().conditions()) {
      if ((JobCondition.COMPLETE.equals(c.type()) || JobCondition.FAILED.equals(c.type()))
          && ConditionStatus.TRUE.equals(c.status())) {
        return c.type();
      }
    }
    return null;
  }

  /** IsJobFinished. */
  public static boolean isJobFinished(Job j) {
    return finishedStatus(j) != null;
  }

  /** IsJobSucceeded: a Complete=True condition. */
  static boolean isJobSucceeded(Job j) {
    if (j.status() == null) return false;
    JobCondition c = j.status().condition(JobCondition.COMPLETE);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }

  /** The missed time as the MissSchedule event prints it (time.RFC1123Z in UTC). */
  static String rfc1123z(Instant t) {
    return RFC1123Z.format(t.atZone(ZoneOffset.UTC));
  }
}
