package io.kubemu.model.batch;

import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.internal.Copies;
import java.time.Instant;
import java.util.List;

/**
 * The observed state of a CronJob (batch/v1 CronJobStatus), written by the cronjob controller.
 *
 * @param active references to the running Jobs; never null
 * @param lastScheduleTime when a Job was last scheduled
 * @param lastSuccessfulTime when a Job last completed successfully
 */
public record CronJobStatus(
    List<ObjectReference> active, Instant lastScheduleTime, Instant lastSuccessfulTime) {
  public CronJobStatus {
    active = Copies.list(active);
  }
}
