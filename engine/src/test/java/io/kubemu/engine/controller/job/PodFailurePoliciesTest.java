package io.kubemu.engine.controller.job;

import static io.kubemu.model.batch.PodFailurePolicyRule.COUNT;
import static io.kubemu.model.batch.PodFailurePolicyRule.FAIL_INDEX;
import static io.kubemu.model.batch.PodFailurePolicyRule.FAIL_JOB;
import static io.kubemu.model.batch.PodFailurePolicyRule.IGNORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.batch.PodFailurePolicy;
import io.kubemu.model.batch.PodFailurePolicyOnExitCodesRequirement;
import io.kubemu.model.batch.PodFailurePolicyOnPodConditionsPattern;
import io.kubemu.model.batch.PodFailurePolicyRule;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * upstream pkg/controller/job/pod_failure_policy_test.go TestMatchPodFailurePolicy (v1.30), the
 * exit-code and pod-condition rows. FailIndex needs backoffLimitPerIndex, which kubemu does not
 * model: those rules match nothing (upstream reports the FailIndex action; both count the failure).
 */
class PodFailurePoliciesTest {

  static PodFailurePolicyRule onExit(String action, String op, Integer... values) {
    return new PodFailurePolicyRule(
        action, new PodFailurePolicyOnExitCodesRequirement(null, op, List.of(values)), List.of());
  }

  static PodFailurePolicyRule onCondition(String action, String status) {
    return new PodFailurePolicyRule(
        action,
        null,
        List.of(new PodFailurePolicyOnPodConditionsPattern("DisruptionTarget", status)));
  }

  static ContainerStatus exited(String name, Integer code) {
    ContainerState state =
        code == null
            ? null
            : ContainerState.terminated(
                new ContainerStateTerminated(code, null, null, null, null, null, null));
    return new ContainerStatus(name, state, null, null, null, null, null, null, null);
  }

  static Pod failed(List<ContainerStatus> init, List<ContainerStatus> containers, String cond) {
    PodStatus s =
        PodStatus.EMPTY
            .withPhase(Pod.PHASE_FAILED)
            .withInitContainerStatuses(init)
            .withContainerStatuses(containers);
    if (cond != null) {
      s =
          s.withConditions(
              List.of(new PodCondition("DisruptionTarget", cond, null, null, null, null)));
    }
    return new Pod(ObjectMeta.named("default", "mypod"), null, s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void matchPodFailurePolicy(
      String name,
      List<PodFailurePolicyRule> rules,
      Pod pod,
      String msg,
      boolean count,
      String action) {
    PodFailurePolicy policy = rules == null ? null : new PodFailurePolicy(rules);
    PodFailurePolicies.Match m = PodFailurePolicies.matchPodFailurePolicy(policy, pod);
    assertThat(m.failJobMessage()).isEqualTo(msg);
    assertThat(m.countFailed()).isEqualTo(count);
    assertThat(m.action()).isEqualTo(action);
  }

  static Stream<Arguments> matchPodFailurePolicy() {
    String in = PodFailurePolicyOnExitCodesRequirement.IN;
    String notIn = PodFailurePolicyOnExitCodesRequirement.NOT_IN;
    Pod main2 = failed(List.of(), List.of(exited("main-container", 2)), null);
    Pod disrupted = failed(List.of(), List.of(), ConditionStatus.TRUE);
    String failMsg =
        "Container main-container for pod default/mypod failed with exit code %d matching FailJob"
            + " rule at index %d";
    return Stream.of(
        Arguments.of(
            "unknown action for rule matching by exit codes - skip rule with unknown action",
            List.of(onExit("UnknownAction", in, 1, 2), onExit(FAIL_JOB, in, 2, 3)),
            main2,
            String.format(failMsg, 2, 1),
            true,
            FAIL_JOB),
        Arguments.of(
            "unknown action for rule matching by pod conditions - skip rule with unknown"
                + " action",
            List.of(
                onCondition("UnkonwnAction", ConditionStatus.TRUE),
                onCondition(IGNORE, ConditionStatus.TRUE)),
            disrupted,
            null,
            false,
            IGNORE),
        Arguments.of(
            "unknown operator - rule with unknown action is skipped for onExitCodes",
            List.of(onExit(IGNORE, "UnknownOperator", 1, 2), onExit(FAIL_JOB, in, 2, 3)),
            main2,
            String.format(failMsg, 2, 1),
            true,
            FAIL_JOB),
        Arguments.of(
            "no policy rules",
            null,
            failed(List.of(), List.of(exited(null, 2)), null),
            null,
            true,
            null),
        Arguments.of(
            "ignore rule matched for exit codes",
            List.of(onExit(IGNORE, in, 1, 2, 3)),
            failed(List.of(), List.of(exited(null, 2)), null),
            null,
            false,
            IGNORE),
        Arguments.of(
            "ignore rule matched on negative exit codes - needed for Windows support",
            List.of(onExit(IGNORE, in, -1073741676, -1073741510)),
            failed(List.of(), List.of(exited(null, -1073741510)), null),
            null,
            false,
            IGNORE),
        Arguments.of(
            "FailJob rule matched for exit codes",
            List.of(onExit(FAIL_JOB, in, 1, 2, 3)),
            main2,
            String.format(failMsg, 2, 0),
            true,
            FAIL_JOB),
        Arguments.of(
            "successful containers are skipped by the rules",
            List.of(onExit(FAIL_JOB, notIn, 111)),
            failed(
                List.of(exited("init-container", 0)),
                List.of(exited("main-container", 111), exited("suppport-container", 0)),
                null),
            null,
            true,
            null),
        Arguments.of(
            "FailIndex rule matched for exit codes",
            List.of(onExit(FAIL_INDEX, in, 1, 2, 3)),
            failed(List.of(), List.of(exited(null, 2)), null),
            null,
            true,
            null),
        Arguments.of(
            "pod failure policy with NotIn operator and value 0",
            List.of(onExit(FAIL_JOB, notIn, 0)),
            failed(
                List.of(),
                List.of(exited("main-container", 1), exited("suppport-container", 0)),
                null),
            String.format(failMsg, 1, 0),
            true,
            FAIL_JOB),
        Arguments.of(
            "second jobfail rule matched for exit codes",
            List.of(onExit(COUNT, in, 1, 2, 3), onExit(FAIL_JOB, in, 4, 5, 6)),
            failed(List.of(), List.of(exited("main-container", 6)), null),
            String.format(failMsg, 6, 1),
            true,
            FAIL_JOB),
        Arguments.of(
            "count rule matched for exit codes",
            List.of(onExit(COUNT, in, 1, 2, 3)),
            failed(List.of(), List.of(exited("foo", null), exited("bar", 2)), null),
            null,
            true,
            COUNT),
        Arguments.of(
            "FailIndex rule matched for pod conditions",
            List.of(onCondition(FAIL_INDEX, ConditionStatus.TRUE)),
            disrupted,
            null,
            true,
            null),
        Arguments.of(
            "ignore rule matched for pod conditions",
            List.of(onCondition(IGNORE, ConditionStatus.TRUE)),
            disrupted,
            null,
            false,
            IGNORE),
        Arguments.of(
            "ignore rule matches by the status=False",
            List.of(onCondition(IGNORE, ConditionStatus.FALSE)),
            failed(List.of(), List.of(), ConditionStatus.FALSE),
            null,
            false,
            IGNORE),
        Arguments.of(
            "ignore rule matches by the status=Unknown",
            List.of(onCondition(IGNORE, ConditionStatus.UNKNOWN)),
            failed(List.of(), List.of(), ConditionStatus.UNKNOWN),
            null,
            false,
            IGNORE),
        Arguments.of(
            "FailJob rule matched for pod conditions",
            List.of(onCondition(FAIL_JOB, ConditionStatus.TRUE)),
            disrupted,
            "Pod default/mypod has condition DisruptionTarget matching FailJob rule at index 0",
            true,
            FAIL_JOB));
  }
}
