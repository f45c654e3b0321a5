package io.kubemu.model.batch;

import java.time.Instant;

/**
 * One condition of a Job (batch/v1 JobCondition).
 *
 * @param type {@value #SUSPENDED}, {@value #COMPLETE}, {@value #FAILED}, {@value #FAILURE_TARGET}
 *     or {@value #SUCCESS_CRITERIA_MET}
 * @param status "True", "False" or "Unknown"
 * @param lastProbeTime when the condition was last checked
 * @param lastTransitionTime when the status last changed
 * @param reason a CamelCase reason, e.g. {@code BackoffLimitExceeded}
 * @param message a human-readable message
 */
public record JobCondition(
    String type,
    String status,
    Instant lastProbeTime,
    Instant lastTransitionTime,
    String reason,
    String message) {

  /** The job is suspended. */
  public static final String SUSPENDED = "Suspended";

  /** The job completed. */
  public static final String COMPLETE = "Complete";

  /** The job failed. */
  public static final String FAILED = "Failed";

  /** The job is about to fail; its pods are being terminated. */
  public static final String FAILURE_TARGET = "FailureTarget";

  /** The job met its success criteria; its pods are being terminated. */
  public static final String SUCCESS_CRITERIA_MET = "SuccessCriteriaMet";
}
