package io.kubemu.model.batch;

import io.kubemu.model.internal.Copies;
import java.time.Instant;
import java.util.List;

/**
 * The observed state of a Job (batch/v1 JobStatus), written by the job controller. {@code
 * uncountedTerminatedPods} is not modelled.
 *
 * @param conditions the latest observations; never null
 * @param startTime when the controller started the job (reset on resume)
 * @param completionTime when the job completed
 * @param active pending or running pods
 * @param succeeded pods that reached phase Succeeded
 * @param failed pods that reached phase Failed
 * @param terminating pods terminating (with a deletionTimestamp)
 * @param completedIndexes completed indexes of an Indexed job, as "1,3-5,7"
 * @param failedIndexes failed indexes (with backoffLimitPerIndex), same format
 * @param ready active pods with a Ready condition
 */
public record JobStatus(
    List<JobCondition> conditions,
    Instant startTime,
    Instant completionTime,
    Integer active,
    Integer succeeded,
    Integer failed,
    Integer terminating,
    String completedIndexes,
    String failedIndexes,
    Integer ready) {

  public JobStatus {
    conditions = Copies.list(conditions);
  }

  /** {@return the condition of the given type, or null} */
  public JobCondition condition(String type) {
    for (JobCondition c : conditions) {
      if (c.type().equals(type)) return c;
    }
    return null;
  }
}
