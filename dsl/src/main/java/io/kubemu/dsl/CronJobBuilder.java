package io.kubemu.dsl;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.CronJobStatus;
import io.kubemu.model.batch.JobTemplateSpec;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link CronJob}. Adds no defaults (the API server defaults concurrencyPolicy Allow,
 * suspend false, successfulJobsHistoryLimit 3, failedJobsHistoryLimit 1). Mutable, not thread-safe.
 */
public final class CronJobBuilder extends AbstractObjectBuilder<CronJob, CronJobBuilder> {

  private String schedule;
  private String timeZone;
  private Long startingDeadlineSeconds;
  private String concurrencyPolicy;
  private Boolean suspend;
  private JobTemplateSpec jobTemplate;
  private Integer successfulJobsHistoryLimit;
  private Integer failedJobsHistoryLimit;
  private CronJobStatus status;

  CronJobBuilder() {}

  /** {@return a builder holding every field of {@code cronJob}, status included} */
  public static CronJobBuilder from(CronJob cronJob) {
    CronJobBuilder b = new CronJobBuilder().metadata(cronJob.metadata());
    b.load(cronJob.spec());
    b.status = cronJob.status();
    return b;
  }

  /** {@code spec.schedule}, in cron syntax, e.g. {@code "0 3 * * *"}. */
  public CronJobBuilder schedule(String schedule) {
    this.schedule = schedule;
    return this;
  }

  /** {@code spec.timeZone}, e.g. {@code Etc/UTC} (unset means the controller's time zone). */
  public CronJobBuilder timeZone(String timeZone) {
    this.timeZone = timeZone;
    return this;
  }

  /** {@code spec.startingDeadlineSeconds}: how late a missed run may still start. */
  public CronJobBuilder startingDeadlineSeconds(long seconds) {
    this.startingDeadlineSeconds = seconds;
    return this;
  }

  /** {@code spec.concurrencyPolicy}: Allow (the default), Forbid or Replace. */
  public CronJobBuilder concurrencyPolicy(String policy) {
    this.concurrencyPolicy = policy;
    return this;
  }

  /** {@code spec.suspend}. */
  public CronJobBuilder suspend(boolean suspend) {
    this.suspend = suspend;
    return this;
  }

  /** {@code spec.jobTemplate}, built from {@code job()}; replaces it. */
  public CronJobBuilder jobTemplate(JobBuilder job) {
    this.jobTemplate = job.buildTemplate();
    return this;
  }

  /** {@code spec.jobTemplate}; replaces it. */
  public CronJobBuilder jobTemplate(JobTemplateSpec jobTemplate) {
    this.jobTemplate = jobTemplate;
    return this;
  }

  /** {@code spec.successfulJobsHistoryLimit} (unset means 3). */
  public CronJobBuilder successfulJobsHistoryLimit(int limit) {
    this.successfulJobsHistoryLimit = limit;
    return this;
  }

  /** {@code spec.failedJobsHistoryLimit} (unset means 1). */
  public CronJobBuilder failedJobsHistoryLimit(int limit) {
    this.failedJobsHistoryLimit = limit;
    return this;
  }

  /**
   * Sets the image of container {@code container} of the job template's pod template.
   *
   * @throws IllegalArgumentException if there is no such container
   */
  public CronJobBuilder withImage(String container, String image) {
    if (jobTemplate == null || jobTemplate.spec() == null) {
      throw new IllegalArgumentException("unable to find container named \"" + container + "\"");
    }
    jobTemplate =
        new JobTemplateSpec(
            jobTemplate.metadata(),
            jobTemplate
                .spec()
                .withTemplate(
                    Templates.withImage(jobTemplate.spec().template(), container, image)));
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public CronJobBuilder status(CronJobStatus status) {
    this.status = status;
    return this;
  }

  /**
   * Escape hatch: edits {@code spec} as a record (unset is passed as {@link CronJobSpec#EMPTY}).
   */
  public CronJobBuilder spec(UnaryOperator<CronJobSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public CronJob build() {
    return new CronJob(meta(), present(spec(), CronJobSpec.EMPTY), status);
  }

  private CronJobSpec spec() {
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

  private void load(CronJobSpec s) {
    specGiven(s != null);
    if (s == null) s = CronJobSpec.EMPTY;
    schedule = s.schedule();
    timeZone = s.timeZone();
    startingDeadlineSeconds = s.startingDeadlineSeconds();
    concurrencyPolicy = s.concurrencyPolicy();
    suspend = s.suspend();
    jobTemplate = s.jobTemplate();
    successfulJobsHistoryLimit = s.successfulJobsHistoryLimit();
    failedJobsHistoryLimit = s.failedJobsHistoryLimit();
  }
}
