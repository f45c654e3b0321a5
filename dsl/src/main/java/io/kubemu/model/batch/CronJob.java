package io.kubemu.model.batch;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A CronJob (batch/v1; read from batch/v1beta1 too): creates Jobs on a schedule.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param spec the desired state; null only for an object not yet defaulted
 * @param status the observed state, or null before the controller wrote one
 */
public record CronJob(ObjectMeta metadata, CronJobSpec spec, CronJobStatus status)
    implements HasStatus<CronJobStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "batch/v1";

  /** The kind {@value}. */
  public static final String KIND = "CronJob";

  /** Annotation on a Job holding the time its CronJob scheduled it (RFC 3339). */
  public static final String SCHEDULED_TIMESTAMP_ANNOTATION =
      "batch.kubernetes.io/cronjob-scheduled-timestamp";

  public CronJob {
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
  public CronJob withMetadata(ObjectMeta metadata) {
    return new CronJob(metadata, spec, status);
  }

  public CronJob withSpec(CronJobSpec spec) {
    return new CronJob(metadata, spec, status);
  }

  @Override
  public CronJob withStatus(CronJobStatus status) {
    return new CronJob(metadata, spec, status);
  }

  /** {@return a copy with {@code spec.suspend} set} */
  public CronJob withSuspend(boolean suspend) {
    return withSpec(specOrEmpty().withSuspend(suspend));
  }

  /** {@return a copy with {@code spec.schedule} set} */
  public CronJob withSchedule(String schedule) {
    return withSpec(specOrEmpty().withSchedule(schedule));
  }

  private CronJobSpec specOrEmpty() {
    return spec == null ? CronJobSpec.EMPTY : spec;
  }
}
