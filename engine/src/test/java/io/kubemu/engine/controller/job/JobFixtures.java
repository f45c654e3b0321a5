package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.batch.PodFailurePolicy;
import io.kubemu.model.batch.PodFailurePolicyOnExitCodesRequirement;
import io.kubemu.model.batch.PodFailurePolicyRule;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.util.List;
import java.util.Map;

/** Jobs for the controller tests: a busybox "job-sleep" container, restartPolicy Never. */
final class JobFixtures {
  private JobFixtures() {}

  static PodTemplateSpec template(String restartPolicy) {
    Container c =
        new Container(
            "job-sleep",
            "busybox:latest",
            null,
            List.of("sleep", "60"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new PodTemplateSpec(
        ObjectMeta.EMPTY.withLabels(Map.of("jobType", "sleep")),
        PodSpec.of(c).withRestartPolicy(restartPolicy));
  }

  static JobSpec spec(
      Integer completions,
      Integer parallelism,
      Long deadline,
      PodFailurePolicy policy,
      Integer backoffLimit,
      PodTemplateSpec template,
      Integer ttl,
      String mode) {
    return new JobSpec(
        parallelism,
        completions,
        deadline,
        policy,
        backoffLimit,
        null,
        null,
        null,
        null,
        template,
        ttl,
        mode,
        null,
        null,
        null);
  }

  static Job job(String name, int completions, int parallelism) {
    return new Job(
        ObjectMeta.named("default", name),
        spec(completions, parallelism, null, null, null, template(Pod.RESTART_NEVER), null, null),
        null);
  }

  static Job onFailure(String name, int backoffLimit) {
    return new Job(
        ObjectMeta.named("default", name),
        spec(1, 1, null, null, backoffLimit, template(Pod.RESTART_ON_FAILURE), null, null),
        null);
  }

  static Job indexed(String name, int completions, int parallelism) {
    Job j = job(name, completions, parallelism);
    JobSpec s = j.spec();
    return j.withSpec(
        spec(completions, parallelism, null, null, null, s.template(), null, JobSpec.INDEXED));
  }

  private static Job edit(Job j, Long deadline, PodFailurePolicy p, Integer limit, Integer ttl) {
    JobSpec s = j.spec();
    return j.withSpec(
        spec(
            s.completions(),
            s.parallelism(),
            deadline != null ? deadline : s.activeDeadlineSeconds(),
            p != null ? p : s.podFailurePolicy(),
            limit != null ? limit : s.backoffLimit(),
            s.template(),
            ttl != null ? ttl : s.ttlSecondsAfterFinished(),
            s.completionMode()));
  }

  static Job withBackoffLimit(Job j, int limit) {
    return edit(j, null, null, limit, null);
  }

  static Job withDeadline(Job j, long seconds) {
    return edit(j, seconds, null, null, null);
  }

  static Job withTtl(Job j, int seconds) {
    return edit(j, null, null, null, seconds);
  }

  /** FailJob on exit code 42, Ignore on exit code 3, backoffLimit 0. */
  static Job withFailurePolicy(Job j) {
    PodFailurePolicy p =
        new PodFailurePolicy(
            List.of(
                new PodFailurePolicyRule(
                    PodFailurePolicyRule.FAIL_JOB,
                    new PodFailurePolicyOnExitCodesRequirement(
                        "job-sleep", PodFailurePolicyOnExitCodesRequirement.IN, List.of(42)),
                    List.of()),
                new PodFailurePolicyRule(
                    PodFailurePolicyRule.IGNORE,
                    new PodFailurePolicyOnExitCodesRequirement(
                        null, PodFailurePolicyOnExitCodesRequirement.IN, List.of(3)),
                    List.of())));
    return edit(j, null, p, 0, null);
  }
}
