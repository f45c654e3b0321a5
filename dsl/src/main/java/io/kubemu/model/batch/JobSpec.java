package io.kubemu.model.batch;

import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;

/**
 * The desired state of a Job (batch/v1 JobSpec). {@code successPolicy} is not modelled.
 *
 * @param parallelism pods running at once; defaults to 1
 * @param completions successful pods needed; defaults to 1 (null with parallelism set means any one
 *     success completes a NonIndexed job)
 * @param activeDeadlineSeconds seconds from startTime before the job is failed (DeadlineExceeded)
 * @param podFailurePolicy how failed pods count, or null
 * @param backoffLimit retries before the job is failed (BackoffLimitExceeded); defaults to 6
 * @param backoffLimitPerIndex retries per index (Indexed jobs), or null
 * @param maxFailedIndexes failed indexes before the job fails (with backoffLimitPerIndex), or null
 * @param selector the pods' selector; generated from controller-uid unless manualSelector
 * @param manualSelector whether the user set the selector; defaults to false
 * @param template the pod template; restartPolicy must be Never or OnFailure
 * @param ttlSecondsAfterFinished seconds after finishing before the job is deleted, or null
 * @param completionMode {@value #NON_INDEXED} (the default) or {@value #INDEXED}
 * @param suspend whether pods are not to be created (running ones are deleted); defaults to false
 * @param podReplacementPolicy {@value #TERMINATING_OR_FAILED} (the default without a
 *     podFailurePolicy) or {@value #FAILED} (the default, and the only value, with one)
 * @param managedBy the controller that syncs the job; null means the built-in job controller
 */
public record JobSpec(
    Integer parallelism,
    Integer completions,
    Long activeDeadlineSeconds,
    PodFailurePolicy podFailurePolicy,
    Integer backoffLimit,
    Integer backoffLimitPerIndex,
    Integer maxFailedIndexes,
    LabelSelector selector,
    Boolean manualSelector,
    PodTemplateSpec template,
    Integer ttlSecondsAfterFinished,
    String completionMode,
    Boolean suspend,
    String podReplacementPolicy,
    String managedBy) {

  /** Completion when {@code completions} pods succeeded (the default). */
  public static final String NON_INDEXED = "NonIndexed";

  /** Each pod gets an index 0..completions-1; done when every index succeeded. */
  public static final String INDEXED = "Indexed";

  /** Replace a pod once it is terminating or failed (the default). */
  public static final String TERMINATING_OR_FAILED = "TerminatingOrFailed";

  /** Replace a pod only once it is fully terminated (phase Failed). */
  public static final String FAILED = "Failed";

  /** A spec with every field unset. */
  public static final JobSpec EMPTY =
      new JobSpec(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  public JobSpec withTemplate(PodTemplateSpec template) {
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

  public JobSpec withSuspend(Boolean suspend) {
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
}
