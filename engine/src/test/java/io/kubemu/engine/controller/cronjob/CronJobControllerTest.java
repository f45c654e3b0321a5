package io.kubemu.engine.controller.cronjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.job.ControllerHarness;
import io.kubemu.engine.controller.job.ControllerHarness.Run;
import io.kubemu.engine.controller.job.JobController;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CronJob and Job controllers on the virtual clock, with a simulated kubelet. */
class CronJobControllerTest {

  static final Instant T0 = ControllerHarness.START;

  ControllerHarness h;

  @BeforeEach
  void setUp() {
    h = new ControllerHarness();
    h.start(new JobController(h.ctx));
  }

  static String jobName(String cronJob, Instant scheduled) {
    return cronJob + "-" + scheduled.getEpochSecond() / 60;
  }

  List<String> jobNames() {
    return h.api.list(Job.class, "default").stream()
        .map(j -> j.metadata().name())
        .sorted()
        .toList();
  }

  CronJob cronJob(String name) {
    return h.api.get(CronJob.class, "default", name);
  }

  /** seed/manifests/cronjob.yaml over 6 virtual minutes: one job a minute, the 3 newest kept. */
  @Test
  void seedCronJobRunsEveryMinuteAndKeepsThreeSuccessfulJobs() {
    h.start(new CronJobController(h.ctx));
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    CronJob cj = Manifests.readOneResource("seed/manifests/cronjob.yaml", CronJob.class);
    assertThat(cj.apiVersion()).isEqualTo("batch/v1"); // read from batch/v1beta1
    h.create(cj);
    h.advance(Duration.ofSeconds(59));
    assertThat(jobNames()).isEmpty();
    h.advance(Duration.ofSeconds(2)); // the sync at 00:01:00.100
    assertThat(jobNames()).containsExactly(jobName("hello", T0.plusSeconds(60)));
    Job first = h.api.get(Job.class, "default", jobName("hello", T0.plusSeconds(60)));
    assertThat(first.metadata().annotation(CronJob.SCHEDULED_TIMESTAMP_ANNOTATION))
        .isEqualTo("2026-01-01T00:01:00Z");
    assertThat(first.metadata().controllerRef().name()).isEqualTo("hello");

    h.advance(Duration.ofMinutes(5).plusSeconds(30)); // 00:06:31
    assertThat(jobNames())
        .containsExactly(
            jobName("hello", T0.plusSeconds(240)),
            jobName("hello", T0.plusSeconds(300)),
            jobName("hello", T0.plusSeconds(360)));
    CronJob done = cronJob("hello");
    assertThat(done.status().active()).isEmpty();
    assertThat(done.status().lastScheduleTime()).isEqualTo(T0.plusSeconds(360));
    // job 6: created 00:06:00.1, pod running 00:06:01.1 and done 00:06:02.1, when the job sync
    // batched one second after the Running update sees it; the API keeps whole seconds
    assertThat(done.status().lastSuccessfulTime()).isEqualTo(T0.plusSeconds(362));
    List<String> events = h.events(done);
    assertThat(events).filteredOn(e -> e.contains("SuccessfulCreate")).hasSize(6);
    assertThat(events)
        .contains(
            "Normal SuccessfulCreate Created job " + jobName("hello", T0.plusSeconds(60)),
            "Normal SawCompletedJob Saw completed job: "
                + jobName("hello", T0.plusSeconds(60))
                + ", status: Complete",
            "Normal SuccessfulDelete Deleted job " + jobName("hello", T0.plusSeconds(60)),
            "Normal SuccessfulDelete Deleted job " + jobName("hello", T0.plusSeconds(180)));
    assertThat(events).noneMatch(e -> e.contains("JobAlreadyActive"));
  }

  CronJob longRunning(String name, String policy) {
    CronJob cj = Manifests.readOneResource("seed/manifests/cronjob.yaml", CronJob.class);
    CronJobSpec s = cj.spec();
    return cj.withMetadata(cj.metadata().withName(name))
        .withSpec(new CronJobSpec(s.schedule(), null, null, policy, null, s.jobTemplate(), 3, 1));
  }

  @Test
  void forbidSkipsARunWhileThePreviousIsActive() {
    h.start(new CronJobController(h.ctx));
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(90), 0));
    h.create(longRunning("slow", CronJobSpec.FORBID));
    h.advance(Duration.ofSeconds(150)); // runs at 1:00 (until 2:32); 2:00 is skipped
    assertThat(jobNames()).containsExactly(jobName("slow", T0.plusSeconds(60)));
    assertThat(h.events(cronJob("slow")))
        .contains(
            "Normal JobAlreadyActive Not starting job because prior execution is running and"
                + " concurrency policy is Forbid");
    h.advance(Duration.ofSeconds(40)); // 3:10: the next run starts
    assertThat(jobNames()).hasSize(2);
  }

  @Test
  void allowRunsConcurrentlyAndReplaceDeletesTheRunningJob() {
    h.start(new CronJobController(h.ctx));
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(90), 0));
    h.create(longRunning("allow", CronJobSpec.ALLOW));
    h.create(longRunning("replace", CronJobSpec.REPLACE));
    h.advance(Duration.ofSeconds(121));
    assertThat(cronJob("allow").status().active()).hasSize(2);
    assertThat(cronJob("replace").status().active()).hasSize(1);
    assertThat(cronJob("replace").status().active().get(0).name())
        .isEqualTo(jobName("replace", T0.plusSeconds(120)));
    assertThat(h.events(cronJob("replace")))
        .contains("Normal SuccessfulDelete Deleted job " + jobName("replace", T0.plusSeconds(60)));
  }

  @Test
  void suspendedCronJobCreatesNothing() {
    h.start(new CronJobController(h.ctx));
    h.create(longRunning("off", CronJobSpec.ALLOW).withSuspend(true));
    h.advance(Duration.ofMinutes(5));
    assertThat(jobNames()).isEmpty();
  }

  @Test
  void tooManyMissedStartTimesWarnsAndRunsTheMostRecent() {
    h.create(longRunning("late", CronJobSpec.ALLOW));
    h.advance(Duration.ofHours(3)); // the controller was down for 180 schedules
    h.start(new CronJobController(h.ctx));
    assertThat(jobNames()).containsExactly(jobName("late", T0.plusSeconds(3 * 3600)));
    assertThat(h.events(cronJob("late")))
        .first()
        .isEqualTo(
            "Warning TooManyMissedTimes too many missed start times. Set or decrease"
                + " .spec.startingDeadlineSeconds or check clock skew");
  }

  @Test
  void unparseableScheduleIsReported() {
    h.start(new CronJobController(h.ctx));
    h.create(longRunning("bad", CronJobSpec.ALLOW).withSchedule("* * *"));
    assertThat(h.events(cronJob("bad")))
        .containsExactly(
            "Warning UnparseableSchedule unparseable schedule: \"* * *\" : expected exactly 5"
                + " fields, found 3: [* * *]");
  }
}
