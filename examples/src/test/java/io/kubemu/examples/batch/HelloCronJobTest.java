package io.kubemu.examples.batch;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.batch.Terminal.kubectl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.assertions.api.PodPredicates;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed section 5, CronJob: {@code hello} runs {@code date; echo Hello from the Kubernetes cluster}
 * every minute ({@code *}{@code /1 * * * *}), never two at once ({@code Forbid}), keeping the last
 * 3 successful and 10 failed Jobs.
 *
 * <p>The cluster's clock starts on the seed's day, 2020-12-12 07:07:12 UTC (15:07:12 in the seed's
 * CST), so that the Jobs it creates are the seed's. Each Job is named after its scheduled time:
 * Kubernetes since v1.21 appends the time in <em>minutes</em> since the epoch, where the seed's
 * older cluster appended seconds ({@code hello-1607757180} there is {@code hello-26795953} here).
 */
@KubemuTest(start = "2020-12-12T07:07:12Z")
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class HelloCronJobTest {

  private static final String SEED = "seed/manifests/cronjob.yaml";

  @Test
  void creates_a_job_every_minute_and_keeps_the_last_three(Cluster cluster) {
    Instant created = cluster.now();
    kubectl(cluster, "apply -f " + SEED);

    // 6m36s later, as in the seed: six Jobs have run (07:08 ... 07:13), three are left.
    cluster.advance(Duration.ofSeconds(6 * 60 + 36));
    String cronjobs = kubectl(cluster, "get cronjob -o wide");
    assertThat(cronjobs)
        .containsPattern(
            "NAME\\s+SCHEDULE\\s+TIMEZONE\\s+SUSPEND\\s+ACTIVE\\s+LAST SCHEDULE\\s+AGE")
        .containsPattern(
            "hello\\s+\\*/1 \\* \\* \\*"
                + " \\*\\s+<none>\\s+False\\s+0\\s+48s\\s+6m36s\\s+hello\\s+busybox");
    String jobs = kubectl(cluster, "get job -o wide");
    assertThat(jobs)
        .containsPattern("hello-26795951\\s+Complete\\s+1/1\\s+1s\\s+2m4[78]s\\s+hello\\s+busybox")
        .containsPattern("hello-26795952\\s+Complete\\s+1/1\\s+1s\\s+10[78]s\\s+hello\\s+busybox")
        .containsPattern("hello-26795953\\s+Complete\\s+1/1\\s+1s\\s+4[78]s\\s+hello\\s+busybox");
    assertThat(jobNames(cluster))
        .containsExactly("hello-26795951", "hello-26795952", "hello-26795953");
    // 26795953 minutes after the epoch is the seed's 1607757180 s: Sat Dec 12 15:13:00 CST 2020
    assertThat(Instant.ofEpochSecond(26795953L * 60)).isEqualTo("2020-12-12T07:13:00Z");

    // One Job per minute. The controller wakes 100 ms after each scheduled time (as upstream does,
    // to be sure the time has passed): a Job created at 07:13:00.1 is 47.9 s old at 07:13:48.
    List<Job> everCreated = created(cluster.timeline(), Job.class);
    assertThat(everCreated)
        .extracting(j -> j.metadata().name())
        .containsExactly(
            "hello-26795948",
            "hello-26795949",
            "hello-26795950",
            "hello-26795951",
            "hello-26795952",
            "hello-26795953");
    assertThat(everCreated)
        .allSatisfy(
            j ->
                assertThat(j.metadata().creationTimestamp())
                    .isBetween(scheduledTime(j), scheduledTime(j).plusSeconds(1)));
    assertThat(cluster.events(cluster.get(CronJob.class, "hello")))
        .filteredOn(e -> e.reason().equals("SuccessfulDelete"))
        .extracting(e -> e.message())
        .containsExactly(
            "Deleted job hello-26795948",
            "Deleted job hello-26795949",
            "Deleted job hello-26795950");

    CronJob hello = cluster.get(CronJob.class, "default/hello");
    assertThat(hello.status().lastScheduleTime()).isEqualTo("2020-12-12T07:13:00Z");
    assertThat(hello.status().active()).isEmpty();
    // The Jobs' pods go with their Jobs (the garbage collector follows ownerReferences).
    kubectl(cluster, "get pod");
    assertThat(cluster.list(Pod.class, "default")).hasSize(3);
    assertThat(created)
        .isEqualTo(cluster.get(CronJob.class, "default/hello").metadata().creationTimestamp());
  }

  /**
   * {@code concurrencyPolicy: Forbid} never matters in the seed, where hello takes a second. Make
   * hello sleep 90 s: a run that falls due while the previous Job still runs is not started; the
   * controller starts it as soon as that Job has finished, late, still named after its scheduled
   * time (no {@code startingDeadlineSeconds} forbids a late start). Never two at once.
   */
  @Test
  void forbid_holds_back_a_run_while_the_previous_job_runs(Cluster cluster) {
    String slow =
        resourceText(SEED)
            .replace("date; echo Hello from the Kubernetes cluster", "date; sleep 90; echo Hello");
    Instant start = cluster.now();
    cluster.apply(Manifests.read(slow));
    cluster.advance(Duration.ofMinutes(5));
    kubectl(cluster, "get job");
    kubectl(cluster, "get cronjob");

    // 07:08 ran on time and slept until 07:09:32; 07:09, held back, started then; 07:10 fell due
    // while it ran and was superseded by 07:11 (the controller starts only the most recent missed
    // time), which started when 07:09 finished, at 07:11:03.
    List<Job> jobs = created(cluster.timeline(), Job.class);
    assertThat(jobs)
        .extracting(j -> j.metadata().name())
        .containsExactly("hello-26795948", "hello-26795949", "hello-26795951");
    assertThat(jobs.get(0).metadata().creationTimestamp())
        .isBefore(scheduledTime(jobs.get(0)).plusSeconds(1));
    assertThat(jobs.get(1).metadata().creationTimestamp())
        .isAfter(scheduledTime(jobs.get(0)).plusSeconds(90));
    assertThat(jobs.get(2).metadata().creationTimestamp())
        .isAfter(jobs.get(1).metadata().creationTimestamp().plusSeconds(90));
    assertThat(cluster.timeline())
        .after(start)
        .count(Pod.class, "running hello pods", PodPredicates.running())
        .neverExceeded(1);
    assertThat(cluster.events(cluster.get(CronJob.class, "hello")))
        .filteredOn(e -> e.reason().equals("JobAlreadyActive"))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "Not starting job because prior execution is running and concurrency"
                            + " policy is Forbid"));
  }

  @Test
  void accepts_batch_v1beta1_as_well_as_batch_v1(Cluster cluster) {
    // The seed's manifest says batch/v1beta1 (its cluster predates v1.21); the API server stores
    // and serves batch/v1.
    assertThat(Manifests.readResource(SEED).get(0).apiVersion()).isEqualTo("batch/v1");
    assertThat(resourceText(SEED)).contains("apiVersion: batch/v1beta1");
    assertThat(kubectl(cluster, "apply -f " + SEED)).isEqualTo("cronjob.batch/hello created\n");
    String yaml = kubectl(cluster, "get cronjob hello -o yaml");
    assertThat(yaml).startsWith("apiVersion: batch/v1\nkind: CronJob\n");

    // The same manifest written for batch/v1 is the same object: applying it changes nothing.
    String v1 = resourceText(SEED).replace("batch/v1beta1", "batch/v1");
    List<KubernetesObject> objects = Manifests.read(v1);
    cluster.apply(objects);
    assertThat(cluster.list(CronJob.class)).hasSize(1);
    assertThat(cluster.get(CronJob.class, "hello").metadata().generation()).isEqualTo(1L);
  }

  @Test
  void rejects_an_invalid_schedule_as_the_api_server_does(Cluster cluster) {
    String fourFields = resourceText(SEED).replace("\"*/1 * * * *\"", "\"*/1 * * *\"");
    assertThatThrownBy(() -> cluster.apply(Manifests.read(fourFields)))
        .isInstanceOf(ApiException.class)
        .hasMessage(
            "CronJob.batch \"hello\" is invalid: spec.schedule: Invalid value: \"*/1 * * *\":"
                + " expected exactly 5 fields, found 4: [*/1 * * *]");
    String minute61 = resourceText(SEED).replace("\"*/1 * * * *\"", "\"61 * * * *\"");
    assertThatThrownBy(() -> cluster.apply(Manifests.read(minute61)))
        .hasMessageEndingWith(
            "spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59):"
                + " 61");
    assertThat(cluster.list(CronJob.class)).isEmpty();
  }

  /** The scheduled time a Job's name carries: {@code hello-<minutes since the epoch>}. */
  private static Instant scheduledTime(Job job) {
    String name = job.metadata().name();
    return Instant.ofEpochSecond(Long.parseLong(name.substring(name.lastIndexOf('-') + 1)) * 60);
  }

  private static List<String> jobNames(Cluster cluster) {
    return cluster.list(Job.class, "default").stream().map(j -> j.metadata().name()).toList();
  }

  private static <T extends KubernetesObject> List<T> created(Timeline timeline, Class<T> type) {
    return timeline.ofKind(type).stream()
        .filter(e -> e.verb() == Verb.CREATE)
        .map(e -> e.as(type))
        .toList();
  }

  private static String resourceText(String resource) {
    try (InputStream in = HelloCronJobTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
