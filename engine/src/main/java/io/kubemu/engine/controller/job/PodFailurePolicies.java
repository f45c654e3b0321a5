package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.PodFailurePolicy;
import io.kubemu.model.batch.PodFailurePolicyOnExitCodesRequirement;
import io.kubemu.model.batch.PodFailurePolicyOnPodConditionsPattern;
import io.kubemu.model.batch.PodFailurePolicyRule;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.util.List;
import java.util.Objects;

/**
 * Matching failed pods against a Job's podFailurePolicy (upstream
 * pkg/controller/job/pod_failure_policy.go, v1.30; FailIndex needs backoffLimitPerIndex, which
 * kubemu does not model, so it matches nothing). Stateless.
 */
final class PodFailurePolicies {
  private PodFailurePolicies() {}

  /**
   * What a failed pod means under the policy.
   *
   * @param failJobMessage set when a FailJob rule matched
   * @param countFailed false when an Ignore rule matched
   * @param action the action of the matching rule, or null when none matched
   */
  record Match(String failJobMessage, boolean countFailed, String action) {
    static final Match NONE = new Match(null, true, null);
  }

  /** matchPodFailurePolicy: the first rule that matches decides. */
  static Match matchPodFailurePolicy(PodFailurePolicy policy, Pod failedPod) {
    if (policy == null) return Match.NONE;
    PodStatus status = failedPod.status() == null ? PodStatus.EMPTY : failedPod.status();
    List<PodFailurePolicyRule> rules = policy.rules();
    for (int index = 0; index < rules.size(); index++) {
      PodFailurePolicyRule rule = rules.get(index);
      String action = rule.action();
      if (rule.onExitCodes() != null) {
        ContainerStatus cs = matchOnExitCodes(status, rule.onExitCodes());
        if (cs == null) continue;
        switch (String.valueOf(action)) {
          case PodFailurePolicyRule.IGNORE -> {
            return new Match(null, false, action);
          }
          case PodFailurePolicyRule.COUNT -> {
            return new Match(null, true, action);
          }
          case PodFailurePolicyRule.FAIL_JOB -> {
            String msg =
                String.format(
                    "Container %s for pod %s/%s failed with exit code %d matching %s rule at index"
                        + " %d",
                    cs.name(),
                    failedPod.metadata().namespace(),
                    failedPod.metadata().name(),
                    cs.state().terminated().exitCode(),
                    action,
                    index);
            return new Match(msg, true, action);
          }
          default -> {} // FailIndex: not modelled
        }
      } else if (!rule.onPodConditions().isEmpty()) {
        PodCondition c = matchOnPodConditions(status, rule.onPodConditions());
        if (c == null) continue;
        switch (String.valueOf(action)) {
          case PodFailurePolicyRule.IGNORE -> {
            return new Match(null, false, action);
          }
          case PodFailurePolicyRule.COUNT -> {
            return new Match(null, true, action);
          }
          case PodFailurePolicyRule.FAIL_JOB -> {
            String msg =
                String.format(
                    "Pod %s/%s has condition %s matching %s rule at index %d",
                    failedPod.metadata().namespace(),
                    failedPod.metadata().name(),
                    c.type(),
                    action,
                    index);
            return new Match(msg, true, action);
          }
          default -> {}
        }
      }
    }
    return Match.NONE;
  }

  // matchOnExitCodes: the app containers first, then the init containers
  private static ContainerStatus matchOnExitCodes(
      PodStatus status, PodFailurePolicyOnExitCodesRequirement req) {
    ContainerStatus cs = matchingContainer(status.containerStatuses(), req);
    return cs != null ? cs : matchingContainer(status.initContainerStatuses(), req);
  }

  // getMatchingContainerFromList: terminated, non-zero, in/not in the values
  private static ContainerStatus matchingContainer(
      List<ContainerStatus> statuses, PodFailurePolicyOnExitCodesRequirement req) {
    for (ContainerStatus cs : statuses) {
      if (cs.state() == null || cs.state().terminated() == null) continue;
      if (req.containerName() != null && !req.containerName().equals(cs.name())) continue;
      Integer exit = cs.state().terminated().exitCode();
      int code = exit == null ? 0 : exit;
      if (code != 0 && operatorMatches(code, req)) return cs;
    }
    return null;
  }

  // isOnExitCodesOperatorMatching
  private static boolean operatorMatches(int exitCode, PodFailurePolicyOnExitCodesRequirement req) {
    boolean in = req.values().contains(exitCode);
    return switch (String.valueOf(req.operator())) {
      case PodFailurePolicyOnExitCodesRequirement.IN -> in;
      case PodFailurePolicyOnExitCodesRequirement.NOT_IN -> !in;
      default -> false;
    };
  }

  private static PodCondition matchOnPodConditions(
      PodStatus status, List<PodFailurePolicyOnPodConditionsPattern> patterns) {
    for (PodCondition c : status.conditions()) {
      for (PodFailurePolicyOnPodConditionsPattern p : patterns) {
        if (Objects.equals(c.type(), p.type()) && Objects.equals(c.status(), p.status())) return c;
      }
    }
    return null;
  }
}
