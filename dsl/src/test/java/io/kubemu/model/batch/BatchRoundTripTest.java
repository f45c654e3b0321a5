package io.kubemu.model.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ModelYaml;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** batch/v1 documents bind to the records and round-trip losslessly. */
class BatchRoundTripTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("seed/manifests/job.yaml", Job.class),
        Arguments.of("seed/manifests/cronjob.yaml", CronJob.class),
        Arguments.of("io/kubemu/model/batch/job-full.yaml", Job.class),
        Arguments.of("io/kubemu/model/batch/cronjob-full.yaml", CronJob.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void roundTripsLosslessly(String resource, Class<? extends KubernetesObject> type) {
    JsonNode doc = ModelYaml.docs(resource).get(0);

    KubernetesObject object = ModelYaml.assertRoundTrips(doc, type);

    assertThat(object.kind()).isEqualTo(doc.path("kind").asText()).isEqualTo(type.getSimpleName());
    assertThat(object.metadata().name()).isEqualTo(doc.path("metadata").path("name").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writesTheCanonicalApiVersion(String resource, Class<? extends KubernetesObject> type) {
    String yaml = ModelYaml.write(ModelYaml.read(resource, 0, type));

    assertThat(yaml.lines().filter(l -> !l.equals("---")).limit(2))
        .containsExactly("apiVersion: \"batch/v1\"", "kind: \"" + type.getSimpleName() + "\"");
  }

  @Test
  void bindsTheSeedJob() {
    Job job = ModelYaml.read("seed/manifests/job.yaml", 0, Job.class);

    assertThat(job.metadata().key()).isEqualTo("default/test-job");
    assertThat(job.spec().template().metadata().label("jobType")).isEqualTo("sleep");
    assertThat(job.spec().template().spec().restartPolicy()).isEqualTo(Pod.RESTART_NEVER);
    assertThat(job.spec().template().spec().containers().get(0).command())
        .containsExactly("sleep", "60");
    assertThat(job.spec().completions()).isNull();
    assertThat(job.spec().backoffLimit()).isNull();
  }

  @Test
  void bindsTheSeedCronJobReadFromBatchV1beta1() {
    CronJob cron = ModelYaml.read("seed/manifests/cronjob.yaml", 0, CronJob.class);

    assertThat(cron.apiVersion()).isEqualTo("batch/v1");
    assertThat(cron.spec().schedule()).isEqualTo("*/1 * * * *");
    assertThat(cron.spec().concurrencyPolicy()).isEqualTo(CronJobSpec.FORBID);
    assertThat(cron.spec().successfulJobsHistoryLimit()).isEqualTo(3);
    assertThat(cron.spec().failedJobsHistoryLimit()).isEqualTo(10);
    assertThat(cron.spec().jobTemplate().metadata()).isNull();
    assertThat(cron.spec().jobTemplate().spec().template().spec().restartPolicy())
        .isEqualTo(Pod.RESTART_ON_FAILURE);
  }

  @Test
  void bindsEveryJobField() {
    Job job = ModelYaml.read("io/kubemu/model/batch/job-full.yaml", 0, Job.class);

    assertThat(job.spec().podFailurePolicy().rules())
        .containsExactly(
            new PodFailurePolicyRule(
                PodFailurePolicyRule.FAIL_JOB,
                new PodFailurePolicyOnExitCodesRequirement(
                    "main", PodFailurePolicyOnExitCodesRequirement.IN, List.of(1, 42)),
                List.of()),
            new PodFailurePolicyRule(
                PodFailurePolicyRule.IGNORE,
                null,
                List.of(new PodFailurePolicyOnPodConditionsPattern("DisruptionTarget", "True"))));
    assertThat(job.spec().completionMode()).isEqualTo(JobSpec.INDEXED);
    assertThat(job.spec().podReplacementPolicy()).isEqualTo(JobSpec.FAILED);
    assertThat(job.spec().activeDeadlineSeconds()).isEqualTo(600L);
    assertThat(job.status().condition(JobCondition.COMPLETE).reason())
        .isEqualTo("CompletionsReached");
    assertThat(job.status().condition(JobCondition.FAILED)).isNull();
    assertThat(job.status().startTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(job.status().active()).isZero();
    assertThat(job.status().completedIndexes()).isEqualTo("0-4");
    assertThat(job.status().failedIndexes()).isEqualTo("3");
  }

  @Test
  void bindsEveryCronJobField() {
    CronJob cron = ModelYaml.read("io/kubemu/model/batch/cronjob-full.yaml", 0, CronJob.class);

    assertThat(cron.spec().timeZone()).isEqualTo("Europe/Paris");
    assertThat(cron.spec().startingDeadlineSeconds()).isEqualTo(200L);
    assertThat(cron.spec().suspend()).isTrue();
    assertThat(cron.spec().jobTemplate().metadata().label("app")).isEqualTo("report");
    assertThat(cron.status().active())
        .containsExactly(
            new ObjectReference(
                "Job",
                "default",
                "report-28577730",
                "5b1e2d3c-0000-4000-8000-000000000003",
                "batch/v1",
                "77",
                null));
    assertThat(cron.status().lastSuccessfulTime()).isEqualTo(Instant.parse("2024-04-30T02:31:10Z"));
  }

  @Test
  void withers() {
    Job job = ModelYaml.read("seed/manifests/job.yaml", 0, Job.class);
    CronJob cron = ModelYaml.read("seed/manifests/cronjob.yaml", 0, CronJob.class);

    assertThat(job.withSuspend(true).spec().suspend()).isTrue();
    assertThat(job.withSuspend(true).spec().template()).isEqualTo(job.spec().template());
    assertThat(cron.withSuspend(true).spec().suspend()).isTrue();
    assertThat(cron.withSchedule("0 * * * *").spec().schedule()).isEqualTo("0 * * * *");
    assertThat(cron.withSchedule("*/1 * * * *")).isEqualTo(cron);
    assertThat(new Job(null, null, null).withSuspend(false).spec())
        .isEqualTo(JobSpec.EMPTY.withSuspend(false));
  }
}
