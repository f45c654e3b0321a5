package io.kubemu.model.batch;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A Job (batch/v1): runs pods until a number of them succeed.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record Job(ObjectMeta metadata, JobSpec spec, JobStatus status)
    implements HasStatus<JobStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "batch/v1";

  /** The kind {@value}. */
  public static final String KIND = "Job";

  /** Label on a job's pods naming the job. */
  public static final String JOB_NAME_LABEL = "batch.kubernetes.io/job-name";

  /** Label on a job's pods holding the job's uid (used by the generated selector). */
  public static final String CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";

  /** Annotation (and label) holding an Indexed job pod's completion index. */
  public static final String JOB_COMPLETION_INDEX_ANNOTATION =
      "batch.kubernetes.io/job-completion-index";

  /** Finalizer the job controller puts on its pods until it has counted them. */
  public static final String JOB_TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";

  public Job {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Job withMetadata(ObjectMeta metadata) {
    return new Job(metadata, spec, status);
  }

  public Job withSpec(JobSpec spec) {
    return new Job(metadata, spec, status);
  }

  @Override
  public Job withStatus(JobStatus status) {
    return new Job(metadata, spec, status);
  }

  /** {@return a copy with {@code spec.suspend} set} */
  public Job withSuspend(boolean suspend) {
    return withSpec((spec == null ? JobSpec.EMPTY : spec).withSuspend(suspend));
  }
}
