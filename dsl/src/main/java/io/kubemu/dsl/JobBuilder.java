package io.kubemu.dsl;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.batch.JobTemplateSpec;
import io.kubemu.model.batch.PodFailurePolicy;
import io.kubemu.model.meta.ObjectMeta;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Job}, or with {@link #buildTemplate()} the {@code jobTemplate} of a CronJob
 * ({@code job()} passed to {@code jobTemplate(...)}). Adds no defaults (the API server defaults
 * completions and parallelism 1, backoffLimit 6, completionMode NonIndexed, suspend false).
 * Mutable, not thread-safe.
 */
public final class JobBuilder extends AbstractWorkloadBuilder<Job, JobBuilder> {

  private Integer parallelism;
  private Integer completions;
  private Long activeDeadlineSeconds;
  private PodFailurePolicy podFailurePolicy;
  private Integer backoffLimit;
  private Integer backoffLimitPerIndex;
  private Integer maxFailedIndexes;
  private Boolean manualSelector;
  private Integer ttlSecondsAfterFinished;
  private String completionMode;
  private Boolean suspend;
  private String podReplacementPolicy;
  private String managedBy;
  private JobStatus status;

  JobBuilder() {}

  /** {@return a builder holding every field of {@code job}, status included} */
  public static JobBuilder from(Job job) {
    JobBuilder b = new JobBuilder().metadata(job.metadata());
    b.load(job.spec());
    b.status = job.status();
    return b;
  }

  /** {@return a builder holding the metadata and spec of a CronJob's job template} */
  public static JobBuilder from(JobTemplateSpec template) {
    JobBuilder b = new JobBuilder().metadata(template.metadata());
    b.load(template.spec());
    return b;
  }

  /** {@code spec.parallelism}: pods running at once (unset means 1). */
  public JobBuilder parallelism(int parallelism) {
    this.parallelism = parallelism;
    return this;
  }

  /** {@code spec.completions}: successful pods needed (unset means 1). */
  public JobBuilder completions(int completions) {
    this.completions = completions;
    return this;
  }

  /** {@code spec.activeDeadlineSeconds}: seconds from start before the job is failed. */
  public JobBuilder activeDeadlineSeconds(long seconds) {
    this.activeDeadlineSeconds = seconds;
    return this;
  }

  /** {@code spec.podFailurePolicy}. */
  public JobBuilder podFailurePolicy(PodFailurePolicy policy) {
    this.podFailurePolicy = policy;
    return this;
  }

  /** {@code spec.backoffLimit}: retries before the job is failed (unset means 6). */
  public JobBuilder backoffLimit(int limit) {
    this.backoffLimit = limit;
    return this;
  }

  /** {@code spec.backoffLimitPerIndex}, for Indexed jobs. */
  public JobBuilder backoffLimitPerIndex(int limit) {
    this.backoffLimitPerIndex = limit;
    return this;
  }

  /** {@code spec.maxFailedIndexes}, for Indexed jobs. */
  public JobBuilder maxFailedIndexes(int max) {
    this.maxFailedIndexes = max;
    return this;
  }

  /** {@code spec.manualSelector}: use {@code selector} as given instead of a generated one. */
  public JobBuilder manualSelector(boolean manualSelector) {
    this.manualSelector = manualSelector;
    return this;
  }

  /** {@code spec.ttlSecondsAfterFinished}: delete the job this long after it finished. */
  public JobBuilder ttlSecondsAfterFinished(int seconds) {
    this.ttlSecondsAfterFinished = seconds;
    return this;
  }

  /** {@code spec.completionMode}: NonIndexed (the default) or Indexed. */
  public JobBuilder completionMode(String mode) {
    this.completionMode = mode;
    return this;
  }

  /** {@code spec.suspend}. */
  public JobBuilder suspend(boolean suspend) {
    this.suspend = suspend;
    return this;
  }

  /** {@code spec.podReplacementPolicy}: TerminatingOrFailed or Failed. */
  public JobBuilder podReplacementPolicy(String policy) {
    this.podReplacementPolicy = policy;
    return this;
  }

  /** {@code status} (normally written by the controller). */
  public JobBuilder status(JobStatus status) {
    this.status = status;
    return this;
  }

  /** Escape hatch: edits {@code spec} as a record (unset is passed as {@link JobSpec#EMPTY}). */
  public JobBuilder spec(UnaryOperator<JobSpec> edit) {
    load(edit.apply(spec()));
    return this;
  }

  @Override
  public Job build() {
    return new Job(meta(), present(spec(), JobSpec.EMPTY), status);
  }

  /**
   * {@return the {@code {metadata, spec}} of a CronJob's jobTemplate}; metadata is null when
   * nothing set it, as when the YAML omits it
   */
  public JobTemplateSpec buildTemplate() {
    ObjectMeta meta = meta().equals(ObjectMeta.EMPTY) ? null : meta();
    return new JobTemplateSpec(meta, present(spec(), JobSpec.EMPTY));
  }

  private JobSpec spec() {
    return new JobSpec(
        parallelism,
        completions,
        activeDeadlineSeconds,
        podFailurePolicy,
        backoffLimit,
        backoffLimitPerIndex,
        maxFailedIndexes,
        selector,
        manualSelector,
        template,
        ttlSecondsAfterFinished,
        completionMode,
        suspend,
        podReplacementPolicy,
        managedBy);
  }

  private void load(JobSpec s) {
    specGiven(s != null);
    if (s == null) s = JobSpec.EMPTY;
    parallelism = s.parallelism();
    completions = s.completions();
    activeDeadlineSeconds = s.activeDeadlineSeconds();
    podFailurePolicy = s.podFailurePolicy();
    backoffLimit = s.backoffLimit();
    backoffLimitPerIndex = s.backoffLimitPerIndex();
    maxFailedIndexes = s.maxFailedIndexes();
    selector = s.selector();
    manualSelector = s.manualSelector();
    template = s.template();
    ttlSecondsAfterFinished = s.ttlSecondsAfterFinished();
    completionMode = s.completionMode();
    suspend = s.suspend();
    podReplacementPolicy = s.podReplacementPolicy();
    managedBy = s.managedBy();
  }
}
