package io.kubemu.model.batch;

/**
 * The desired state of a CronJob (batch/v1 CronJobSpec).
 *
 * @param schedule the cron schedule, e.g. {@code "*}{@code /1 * * * *"}; required
 * @param timeZone an IANA time zone name; null means the time zone of kube-controller-manager
 * @param startingDeadlineSeconds seconds after a missed schedule during which it may still start,
 *     or null for no deadline
 * @param concurrencyPolicy {@value #ALLOW} (the default), {@value #FORBID} or {@value #REPLACE}
 * @param suspend whether new runs are skipped; defaults to false
 * @param jobTemplate the Job to create; required
 * @param successfulJobsHistoryLimit finished successful Jobs kept; defaults to 3
 * @param failedJobsHistoryLimit finished failed Jobs kept; defaults to 1
 */
public record CronJobSpec(
    String schedule,
    String timeZone,
    Long startingDeadlineSeconds,
    String concurrencyPolicy,
    Boolean suspend,
    JobTemplateSpec jobTemplate,
    Integer successfulJobsHistoryLimit,
    Integer failedJobsHistoryLimit) {

  /** Runs may overlap (the default). */
  public static final String ALLOW = "Allow";

  /** Skip a run while the previous one is still active. */
  public static final String FORBID = "Forbid";

  /** Cancel the active run and start the new one. */
  public static final String REPLACE = "Replace";

  /** A spec with every field unset. */
  public static final CronJobSpec EMPTY =
      new CronJobSpec(null, null, null, null, null, null, null, null);

  public CronJobSpec withSchedule(String schedule) {
    return new CronJobSpec(
        schedule,
        timeZone,
        startingDeadlineSeconds,
        concurrencyPolicy,
        suspend,
        jobTemplate,
        successfulJobsHistoryLimit,
        failedJobsHistoryLimit);
  }

  public CronJobSpec withSuspend(Boolean suspend) {
    return new CronJobSpec(
        schedule,
        timeZone,
        startingDeadlineSeconds,
        concurrencyPolicy,
        suspend,
        jobTemplate,
        successfulJobsHistoryLimit,
        failedJobsHistoryLimit);
  }
}
