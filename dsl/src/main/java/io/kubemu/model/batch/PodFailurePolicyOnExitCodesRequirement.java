package io.kubemu.model.batch;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Matches failed pods by container exit codes (batch/v1 PodFailurePolicyOnExitCodesRequirement).
 *
 * @param containerName restricts the check to this container; null checks all containers
 * @param operator {@value #IN} or {@value #NOT_IN}
 * @param values the exit codes, distinct and sorted, at most 255; 0 not allowed with In; never null
 */
public record PodFailurePolicyOnExitCodesRequirement(
    String containerName, String operator, List<Integer> values) {

  /** The exit code is one of the values. */
  public static final String IN = "In";

  /** The exit code is none of the values. */
  public static final String NOT_IN = "NotIn";

  public PodFailurePolicyOnExitCodesRequirement {
    values = Copies.list(values);
  }
}
