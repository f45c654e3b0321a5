package io.kubemu.engine.controller.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.job.ControllerHarness.Run;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Job controller on the virtual clock, with a simulated kubelet writing pod status. */
class JobControllerTest {

  static final Instant T0 = ControllerHarness.START;

  ControllerHarness h;

  @BeforeEach
  void setUp() {
    h = new ControllerHarness();
    h.start(new JobController(h.ctx));
  }

  Job job(String name) {
    return h.api.get(Job.class, "default", name);
  }

  static int n(Integer i) {
    return i == null ? 0 : i;
  }

  /** seed/manifests/job.yaml: sleep 60 succeeds, 1/1 completions, about 60 s plus start-up. */
  @Test
  void seedJobSleepsSixtySecondsAndCompletes() {
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(2), Duration.ofSeconds(60), 0));
    Job created = h.create(Manifests.readOneResource("seed/manifests/job.yaml", Job.class));

    Job job = job("test-job");
    assertThat(job.spec().selector().matchLabels())
        .containsEntry(Job.CONTROLLER_UID_LABEL, created.metadata().uid());
    List<Pod> pods = h.pods("default");
    assertThat(pods).hasSize(1);
    Pod pod = pods.get(0);
    assertThat(pod.metadata().name()).matches("test-job-[a-z0-9]{5}");
    assertThat(pod.metadata().labels())
        .containsEntry("job-name", "test-job")
        .containsEntry(Job.JOB_NAME_LABEL, "test-job")
        .containsEntry("controller-uid", created.metadata().uid())
        .containsEntry(Job.CONTROLLER_UID_LABEL, created.metadata().uid())
        .containsEntry("jobType", "sleep");
    assertThat(pod.metadata().finalizers()).containsExactly(Job.JOB_TRACKING_FINALIZER);
    assertThat(pod.metadata().controllerRef().uid()).isEqualTo(created.metadata().uid());
    assertThat(job.status().startTime()).isEqualTo(T0);
    assertThat(job.status().active()).isEqualTo(1);

    h.advance(Duration.ofSeconds(3));
    assertThat(job("test-job").status().ready()).isEqualTo(1);

    h.advance(Duration.ofSeconds(60));
    job = job("test-job");
    JobStatus s = job.status();
    assertThat(s.condition(JobCondition.COMPLETE).status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(s.succeeded()).isEqualTo(1);
    assertThat(s.active()).isNull(); // omitted when zero, as the API writes it
    assertThat(s.startTime()).isEqualTo(T0);
    // finished at 62 s, counted one batch period (1 s) later
    assertThat(s.completionTime()).isEqualTo(T0.plusSeconds(63));
    assertThat(h.current(pod).metadata().finalizers()).isEmpty();
    assertThat(h.events(job))
        .containsExactly(
            "Normal SuccessfulCreate Created pod: " + pod.metadata().name(),
            "Normal Completed Job completed");
  }

  /** restartPolicy Never: failed pods are replaced after 10 s, then 20 s; then the limit. */
  @Test
  void failedPodsAreReplacedAfterTheBackOffUntilTheBackoffLimit() {
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(5), 1));
    h.create(JobFixtures.withBackoffLimit(JobFixtures.job("fails", 1, 1), 2));
    h.advance(Duration.ofMinutes(5));

    List<Pod> pods = h.pods("default");
    assertThat(pods).hasSize(3);
    List<Long> created = new ArrayList<>();
    for (Pod p : pods)
      created.add(p.metadata().creationTimestamp().getEpochSecond() - T0.getEpochSecond());
    // each pod fails 6 s after its creation; the next waits 10 s, then 20 s after that failure
    assertThat(created).containsExactly(0L, 16L, 42L);
    Job job = job("fails");
    assertThat(job.status().failed()).isEqualTo(3);
    JobCondition failed = job.status().condition(JobCondition.FAILED);
    assertThat(failed.reason()).isEqualTo("BackoffLimitExceeded");
    assertThat(failed.message()).isEqualTo("Job has reached the specified backoff limit");
    assertThat(failed.lastTransitionTime()).isEqualTo(T0.plusSeconds(49));
    assertThat(h.events(job))
        .last()
        .isEqualTo("Warning BackoffLimitExceeded Job has reached the specified backoff limit");
  }

  /** restartPolicy OnFailure: restarts in place count toward backoffLimit. */
  @Test
  void restartsOfOnFailurePodsCountTowardTheLimit() {
    h.create(JobFixtures.onFailure("restarts", 2));
    Pod pod = h.bind(h.pods("default").get(0), "n1");
    h.running(pod, true);
    h.advance(Duration.ofSeconds(10));
    h.restarted(pod);
    h.advance(Duration.ofSeconds(10));
    assertThat(JobStatusDraft.isJobFinished(job("restarts"))).isFalse();
    h.restarted(pod);
    h.advance(Duration.ofSeconds(2));

    Job job = job("restarts");
    assertThat(job.status().condition(JobCondition.FAILED).reason())
        .isEqualTo("BackoffLimitExceeded");
    assertThat(h.current(pod).metadata().deletionTimestamp()).isNotNull(); // the running pod goes
    assertThat(job.status().failed()).isEqualTo(1); // counted failed when the job finished
    assertThat(h.pods("default")).hasSize(1); // never replaced: the container restarts in place
  }

  @Test
  void activeDeadlineSecondsFailsTheJob() {
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofHours(1), 0));
    h.create(JobFixtures.withDeadline(JobFixtures.job("deadline", 1, 1), 30));
    h.advance(Duration.ofSeconds(29));
    assertThat(JobStatusDraft.isJobFinished(job("deadline"))).isFalse();
    h.advance(Duration.ofSeconds(1));

    JobCondition failed = job("deadline").status().condition(JobCondition.FAILED);
    assertThat(failed.reason()).isEqualTo("DeadlineExceeded");
    assertThat(failed.message()).isEqualTo("Job was active longer than specified deadline");
    assertThat(failed.lastTransitionTime()).isEqualTo(T0.plusSeconds(30));
    assertThat(h.pods("default").get(0).metadata().deletionTimestamp()).isNotNull();
  }

  @Test
  void suspendAndResume() {
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofHours(1), 0));
    h.create(JobFixtures.job("paused", 2, 2).withSuspend(true));
    Job job = job("paused");
    assertThat(h.pods("default")).isEmpty();
    assertThat(job.status().startTime()).isNull();
    JobCondition suspended = job.status().condition(JobCondition.SUSPENDED);
    assertThat(suspended.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(suspended.reason()).isEqualTo("JobSuspended");

    h.advance(Duration.ofSeconds(10));
    h.api.update(job("paused").withSuspend(false));
    h.loop.runDue();
    job = job("paused");
    assertThat(h.pods("default")).hasSize(2);
    assertThat(job.status().startTime()).isEqualTo(T0.plusSeconds(10));
    assertThat(job.status().condition(JobCondition.SUSPENDED).reason()).isEqualTo("JobResumed");

    h.advance(Duration.ofSeconds(10));
    h.api.update(job("paused").withSuspend(true));
    h.loop.runDue();
    assertThat(h.pods("default")).allMatch(p -> p.metadata().deletionTimestamp() != null);
    assertThat(job("paused").status().active()).isNull();
    assertThat(job("paused").status().failed()).isNull(); // deletions by suspend are not failures
    assertThat(h.events(job("paused")))
        .contains("Normal Suspended Job suspended", "Normal Resumed Job resumed");
  }

  @Test
  void indexedJobGivesEachPodItsIndex() {
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(10), 0));
    h.create(JobFixtures.indexed("idx", 3, 2));
    List<Pod> first = h.pods("default");
    assertThat(first).hasSize(2);
    Pod p0 = first.stream().filter(p -> p.metadata().name().startsWith("idx-0-")).findFirst().get();
    assertThat(p0.metadata().name()).matches("idx-0-[a-z0-9]{5}");
    assertThat(p0.metadata().annotation(Job.JOB_COMPLETION_INDEX_ANNOTATION)).isEqualTo("0");
    assertThat(p0.metadata().label(Job.JOB_COMPLETION_INDEX_ANNOTATION)).isEqualTo("0");
    assertThat(p0.spec().hostname()).isEqualTo("idx-0");
    assertThat(p0.spec().containers().get(0).env())
        .anyMatch(
            v ->
                v.name().equals("JOB_COMPLETION_INDEX")
                    && v.valueFrom()
                        .fieldRef()
                        .fieldPath()
                        .equals("metadata.labels['batch.kubernetes.io/job-completion-index']"));

    h.advance(Duration.ofSeconds(12));
    assertThat(job("idx").status().completedIndexes()).isEqualTo("0,1");
    assertThat(h.pods("default"))
        .extracting(p -> p.metadata().name())
        .anyMatch(n -> n.startsWith("idx-2-"));
    h.advance(Duration.ofSeconds(30));
    Job job = job("idx");
    assertThat(job.status().completedIndexes()).isEqualTo("0-2");
    assertThat(job.status().succeeded()).isEqualTo(3);
    assertThat(job.status().condition(JobCondition.COMPLETE)).isNotNull();
  }

  @Test
  void parallelismIsNeverExceeded() {
    int[] maxActive = {0};
    h.api.watch(
        Pod.class,
        null,
        e -> {
          long active =
              h.api.list(Pod.class, "default").stream().filter(JobPods::isPodActive).count();
          maxActive[0] = (int) Math.max(maxActive[0], active);
        });
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(7), 0));
    h.create(JobFixtures.job("par", 5, 2));
    h.advance(Duration.ofMinutes(2));
    assertThat(job("par").status().succeeded()).isEqualTo(5);
    assertThat(h.pods("default")).hasSize(5);
    assertThat(maxActive[0]).isEqualTo(2);
  }

  @Test
  void podFailurePolicyFailJobAndIgnore() {
    // exit 42 fails the job at once; exit 3 is ignored (not counted against backoffLimit 0)
    int[] exits = {3, 42};
    int[] next = {0};
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(4), exits[next[0]++]));
    h.create(JobFixtures.withFailurePolicy(JobFixtures.job("pfp", 1, 1)));
    h.advance(Duration.ofMinutes(1));

    Job job = job("pfp");
    List<Pod> pods = h.pods("default");
    assertThat(pods).hasSize(2);
    assertThat(n(job.status().failed())).isEqualTo(1); // the ignored failure is not counted
    JobCondition target = job.status().condition(JobCondition.FAILURE_TARGET);
    JobCondition failed = job.status().condition(JobCondition.FAILED);
    String msg =
        "Container job-sleep for pod default/"
            + pods.get(1).metadata().name()
            + " failed with exit code 42 matching FailJob rule at index 0";
    assertThat(target.reason()).isEqualTo("PodFailurePolicy");
    assertThat(target.message()).isEqualTo(msg);
    assertThat(failed.reason()).isEqualTo("PodFailurePolicy");
    assertThat(failed.message()).isEqualTo(msg);
  }

  @Test
  void ttlAfterFinishedDeletesTheJobWithForegroundPropagation() {
    h.start(new TtlAfterFinishedController(h.ctx));
    h.kubelet("n1", p -> new Run(Duration.ofSeconds(1), Duration.ofSeconds(5), 0));
    h.create(JobFixtures.withTtl(JobFixtures.job("ttl", 1, 1), 100));
    h.advance(Duration.ofSeconds(10));
    Instant completed = job("ttl").status().completionTime();
    assertThat(completed).isEqualTo(T0.plusSeconds(7));
    h.advance(Duration.between(h.loop.now(), completed.plusSeconds(99)));
    assertThat(job("ttl").metadata().deletionTimestamp()).isNull();
    h.advance(Duration.ofSeconds(1));
    // the garbage collector removes the foregroundDeletion finalizer once the pods are gone
    assertThat(job("ttl").metadata().deletionTimestamp()).isEqualTo(completed.plusSeconds(100));
    assertThat(job("ttl").metadata().finalizers()).contains("foregroundDeletion");
  }
}
