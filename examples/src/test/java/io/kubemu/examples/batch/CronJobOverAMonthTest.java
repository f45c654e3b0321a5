package io.kubemu.examples.batch;

import static io.kubemu.examples.batch.Terminal.kubectl;
import static io.kubemu.examples.batch.Terminal.say;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.api.Verb;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Event;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Beyond the seed: two nightly CronJobs over a whole month of virtual time, which takes a real
 * cluster a month and kubemu a few seconds. What ran, and when? How many Jobs are left? What
 * happens to the runs that fell due while the CronJobs were suspended?
 *
 * <p>Both run at 02:30 Shanghai time ({@code timeZone: Asia/Shanghai}), that is 18:30 UTC the day
 * before, for 10 minutes. Nobody set the history limits, so the defaults keep 3 successful Jobs and
 * 1 failed one. They differ in one field: {@code cleanup} has {@code startingDeadlineSeconds: 3600}
 * (a run that cannot start within an hour of its time is dropped), {@code report} has none.
 */
@KubemuTest(start = "2026-03-01T00:00:00Z")
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CronJobOverAMonthTest {

  private static final String NIGHTLY =
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
        namespace: default
      spec:
        schedule: "30 2 * * *"
        timeZone: Asia/Shanghai
        concurrencyPolicy: Forbid
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                - name: report
                  image: busybox
                  command: ["/bin/sh", "-c", "date; sleep 600; echo report written"]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: cleanup
        namespace: default
      spec:
        schedule: "30 2 * * *"
        timeZone: Asia/Shanghai
        concurrencyPolicy: Forbid
        startingDeadlineSeconds: 3600
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                - name: cleanup
                  image: busybox
                  command: ["/bin/sh", "-c", "date; sleep 600; echo old files removed"]
      """;

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant RESUMED = Instant.parse("2026-03-13T12:00:00Z");

  @Test
  void runs_every_night_of_march_and_handles_missed_nights(Cluster cluster) {
    cluster.apply(Manifests.read(NIGHTLY));

    say(cluster, "nine nights later");
    cluster.advanceTo(Instant.parse("2026-03-10T00:00:00Z"));
    kubectl(cluster, "get cronjob");
    kubectl(cluster, "get job");
    assertThat(createdJobs(cluster, "report")).hasSize(9);
    assertThat(jobNames(cluster, "report")).hasSize(3); // successfulJobsHistoryLimit defaults to 3

    say(cluster, "both suspended for maintenance, resumed three and a half days later");
    kubectl(cluster, "patch cronjob report -p '{\"spec\":{\"suspend\":true}}'");
    kubectl(cluster, "patch cronjob cleanup -p '{\"spec\":{\"suspend\":true}}'");
    cluster.advanceTo(RESUMED);
    kubectl(cluster, "get cronjob");
    kubectl(cluster, "patch cronjob report -p '{\"spec\":{\"suspend\":false}}'");
    kubectl(cluster, "patch cronjob cleanup -p '{\"spec\":{\"suspend\":false}}'");
    kubectl(cluster, "get job");

    // Three nights were missed (the 11th, 12th and 13th in Shanghai). On resume the controller
    // looks for the most recent missed time only: report starts that run (due 17.5 hours ago) at
    // once, late, under the name of its scheduled time; the two older ones are lost. cleanup
    // looks back only startingDeadlineSeconds (an hour), finds nothing due, and waits.
    Job late = cluster.get(Job.class, jobName("report", Instant.parse("2026-03-12T18:30:00Z")));
    assertThat(late.metadata().creationTimestamp()).isEqualTo(RESUMED);
    assertThat(cluster.find(Job.class, jobName("cleanup", Instant.parse("2026-03-12T18:30:00Z"))))
        .isEmpty();

    say(cluster, "the rest of the month");
    cluster.advanceTo(Instant.parse("2026-04-01T00:00:00Z"));
    kubectl(cluster, "get cronjob -o wide");
    kubectl(cluster, "get job");

    // What ran: one Job a night at 02:30 in Shanghai, March 1st to April 1st (31 nights), but for
    // the three nights of the suspension; report ran one of them late.
    List<Job> cleanups = createdJobs(cluster, "cleanup");
    assertThat(cleanups).hasSize(31 - 3);
    assertThat(cleanups)
        .allSatisfy(
            j -> {
              ZonedDateTime local = j.metadata().creationTimestamp().atZone(SHANGHAI);
              assertThat(local.getHour()).isEqualTo(2);
              assertThat(local.getMinute()).isEqualTo(30);
            })
        .extracting(j -> j.metadata().creationTimestamp().atZone(SHANGHAI).getDayOfMonth())
        .doesNotContain(11, 12, 13)
        .contains(10, 14);
    assertThat(createdJobs(cluster, "report"))
        .hasSize(31 - 3 + 1)
        .extracting(j -> j.metadata().name())
        .contains(late.metadata().name());

    // Every run succeeded, and only the last three of each are kept.
    for (String cronJob : List.of("cleanup", "report")) {
      assertThat(jobNames(cluster, cronJob))
          .containsExactly(
              jobName(cronJob, Instant.parse("2026-03-29T18:30:00Z")),
              jobName(cronJob, Instant.parse("2026-03-30T18:30:00Z")),
              jobName(cronJob, Instant.parse("2026-03-31T18:30:00Z")));
      CronJob cj = cluster.get(CronJob.class, cronJob);
      assertThat(cluster.events(cj))
          .filteredOn(e -> e.reason().equals("SuccessfulDelete"))
          .hasSize(createdJobs(cluster, cronJob).size() - 3);
      assertThat(cj.status().lastScheduleTime()).isEqualTo("2026-03-31T18:30:00Z");
      assertThat(cj.status().lastSuccessfulTime())
          .isBetween(Instant.parse("2026-03-31T18:40:00Z"), Instant.parse("2026-03-31T18:41:00Z"));
      assertThat(cluster.events(cj)).noneMatch(e -> e.type().equals(Event.TYPE_WARNING));
    }
  }

  /** {@code <cronjob>-<minutes since the epoch>}, as the CronJob controller names its Jobs. */
  private static String jobName(String cronJob, Instant scheduled) {
    return cronJob + "-" + scheduled.getEpochSecond() / 60;
  }

  private static List<String> jobNames(Cluster cluster, String cronJob) {
    return cluster.list(Job.class, "default").stream()
        .map(j -> j.metadata().name())
        .filter(n -> n.startsWith(cronJob + "-"))
        .toList();
  }

  private static List<Job> createdJobs(Cluster cluster, String cronJob) {
    return cluster.timeline().ofKind(Job.class).stream()
        .filter(e -> e.verb() == Verb.CREATE)
        .map(e -> e.as(Job.class))
        .filter(j -> j.metadata().name().startsWith(cronJob + "-"))
        .toList();
  }
}
