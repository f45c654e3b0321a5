package io.kubemu.model.batch;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * One rule of a pod failure policy (batch/v1 PodFailurePolicyRule); exactly one of onExitCodes and
 * onPodConditions is set.
 *
 * @param action {@value #FAIL_JOB}, {@value #FAIL_INDEX}, {@value #IGNORE} or {@value #COUNT}
 * @param onExitCodes the exit-code requirement, or null
 * @param onPodConditions the pod-condition patterns (any may match); never null
 */
public record PodFailurePolicyRule(
    String action,
    PodFailurePolicyOnExitCodesRequirement onExitCodes,
    List<PodFailurePolicyOnPodConditionsPattern> onPodConditions) {

  /** Fail the whole job and terminate its running pods. */
  public static final String FAIL_JOB = "FailJob";

  /** Fail the pod's index (Indexed jobs with backoffLimitPerIndex only). */
  public static final String FAIL_INDEX = "FailIndex";

  /** Do not count the failure against backoffLimit; replace the pod. */
  public static final String IGNORE = "Ignore";

  /** Count the failure as usual. */
  public static final String COUNT = "Count";

  public PodFailurePolicyRule {
    onPodConditions = Copies.list(onPodConditions);
  }
}
