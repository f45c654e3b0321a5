package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.meta.LabelSelector;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The batch/v1 defaults (pkg/apis/batch/v1/defaults.go) and the job selector generation. */
class BatchDefaultsTest {

  static final Job JOB =
      yaml(
          Job.class,
          """
          apiVersion: batch/v1
          kind: Job
          metadata: {name: pi, namespace: default}
          spec:
            template:
              metadata: {labels: {jobType: sleep}}
              spec:
                restartPolicy: Never
                containers: [{name: pi, image: perl}]
          """);

  static final CronJob CRON_JOB =
      yaml(
          CronJob.class,
          """
          apiVersion: batch/v1
          kind: CronJob
          metadata: {name: hello}
          spec:
            schedule: "*/1 * * * *"
            jobTemplate:
              spec:
                template:
                  spec:
                    restartPolicy: OnFailure
                    containers: [{name: hello, image: busybox}]
          """);

  @ParameterizedTest(name = "{0}")
  @MethodSource("jobDefaults")
  void job_default(String field, Function<Job, Object> get, Object expected) {
    assertThat(get.apply(JOB)).as("before").isNotEqualTo(expected);
    assertThat(get.apply(BatchDefaults.job(JOB))).isEqualTo(expected);
  }

  static Stream<Arguments> jobDefaults() {
    return Stream.of(
        arguments("completions", j(j -> j.spec().completions()), 1),
        arguments("parallelism", j(j -> j.spec().parallelism()), 1),
        arguments("backoffLimit", j(j -> j.spec().backoffLimit()), 6),
        arguments("completionMode", j(j -> j.spec().completionMode()), "NonIndexed"),
        arguments("suspend", j(j -> j.spec().suspend()), false),
        arguments("manualSelector", j(j -> j.spec().manualSelector()), false),
        arguments(
            "podReplacementPolicy", j(j -> j.spec().podReplacementPolicy()), "TerminatingOrFailed"),
        arguments(
            "labels from the template", j(j -> j.metadata().labels()), Map.of("jobType", "sleep")),
        arguments(
            "template terminationGracePeriodSeconds",
            j(j -> j.spec().template().spec().terminationGracePeriodSeconds()),
            30L));
  }

  private static Function<Job, Object> j(Function<Job, Object> f) {
    return f;
  }

  // "For a non-parallel job, you can leave both completions and parallelism unset."
  @ParameterizedTest
  @CsvSource(
      nullValues = "nil",
      value = {
        "nil, nil, 1, 1",
        "3, nil, 3, 1",
        "nil, 4, nil, 4",
        "2, 5, 2, 5",
      })
  void completions_and_parallelism(
      Integer completions, Integer parallelism, Integer wantCompletions, Integer wantParallelism) {
    Job job =
        JOB.withSpec(
            RecordEdit.of(JOB.spec())
                .set("completions", completions)
                .set("parallelism", parallelism)
                .build());
    JobSpec spec = BatchDefaults.job(job).spec();
    assertThat(spec.completions()).isEqualTo(wantCompletions);
    assertThat(spec.parallelism()).isEqualTo(wantParallelism);
  }

  @Test
  void backoff_limit_per_index_makes_backoff_limit_max_int() {
    Job job = JOB.withSpec(RecordEdit.of(JOB.spec()).set("backoffLimitPerIndex", 1).build());
    assertThat(BatchDefaults.job(job).spec().backoffLimit()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void a_job_with_labels_keeps_them() {
    Job job = JOB.withMetadata(JOB.metadata().withLabel("team", "a"));
    assertThat(BatchDefaults.job(job).metadata().labels()).isEqualTo(Map.of("team", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cronJobDefaults")
  void cron_job_default(String field, Function<CronJob, Object> get, Object expected) {
    assertThat(get.apply(CRON_JOB)).as("before").isNotEqualTo(expected);
    assertThat(get.apply(BatchDefaults.cronJob(CRON_JOB))).isEqualTo(expected);
  }

  static Stream<Arguments> cronJobDefaults() {
    return Stream.of(
        arguments("concurrencyPolicy", c(c -> c.spec().concurrencyPolicy()), "Allow"),
        arguments("suspend", c(c -> c.spec().suspend()), false),
        arguments("successfulJobsHistoryLimit", c(c -> c.spec().successfulJobsHistoryLimit()), 3),
        arguments("failedJobsHistoryLimit", c(c -> c.spec().failedJobsHistoryLimit()), 1),
        arguments(
            "job template's pod template dnsPolicy",
            c(c -> c.spec().jobTemplate().spec().template().spec().dnsPolicy()),
            "ClusterFirst"));
  }

  private static Function<CronJob, Object> c(Function<CronJob, Object> f) {
    return f;
  }

  @Test
  void the_job_template_spec_itself_is_not_defaulted() {
    // SetDefaults_Job applies to Jobs, not to a CronJob's job template
    JobSpec spec = BatchDefaults.cronJob(CRON_JOB).spec().jobTemplate().spec();
    assertThat(spec.backoffLimit()).isNull();
    assertThat(spec.completions()).isNull();
  }

  @Test
  void generate_selector_labels_the_template_and_selects_the_uid() {
    Job job = JOB.withMetadata(JOB.metadata().withUid("u-1"));
    Job out = BatchDefaults.generateSelector(job);
    assertThat(out.spec().template().metadata().labels())
        .containsExactly(
            Map.entry("jobType", "sleep"),
            Map.entry("job-name", "pi"),
            Map.entry("batch.kubernetes.io/job-name", "pi"),
            Map.entry("controller-uid", "u-1"),
            Map.entry("batch.kubernetes.io/controller-uid", "u-1"));
    assertThat(out.spec().selector())
        .isEqualTo(LabelSelector.of(Map.of("batch.kubernetes.io/controller-uid", "u-1")));
  }

  @Test
  void a_manual_selector_is_left_alone() {
    Job job =
        JOB.withSpec(
            RecordEdit.of(JOB.spec())
                .set("manualSelector", true)
                .set("selector", LabelSelector.of(Map.of("jobType", "sleep")))
                .build());
    assertThat(BatchDefaults.generateSelector(job)).isSameAs(job);
  }
}
