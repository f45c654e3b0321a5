package io.kubemu.engine.controller.job;

import io.kubemu.engine.api.ApiException;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of syncJob for one Job (upstream job_controller.go, v1.30, with its default feature
 * gates: JobPodFailurePolicy, JobPodReplacementPolicy and PodIndexLabel on; JobSuccessPolicy,
 * JobManagedBy and JobBackoffLimitPerIndex's per-index back-off not modelled). The fields are
 * upstream's syncJobCtx.
 */
final class JobSync {

  /** MaxPodCreateDeletePerSync. */
  static final int MAX_POD_CREATE_DELETE_PER_SYNC = 500;

  final JobController jm;
  final String key;
  final Job job;
  final JobSpec spec;
  final JobStatusDraft status;
  final Instant now;
  List<Pod> pods;
  List<Pod> activePods;
  JobCondition finishedCondition;
  int succeeded;
  int failed;
  int ready;
  int terminating;
  OrderedIntervals prevSucceededIndexes = OrderedIntervals.EMPTY;
  OrderedIntervals succeededIndexes = OrderedIntervals.EMPTY;
  Backoff.Record newBackoffRecord;

  JobSync(JobController jm, String key, Job job) {
    this.jm = jm;
    this.key = key;
    this.job = job;
    this.spec = job.spec();
    this.status = new JobStatusDraft(job.status());
    this.now = jm.loop().now();
  }

  /** The body of syncJob after the finished/unknown-mode checks. */
  void syncJob(List<Pod> claimedPods) {
    pods = claimedPods;
    activePods = JobPods.filterActivePods(pods);
    ready = countReady(activePods);
    terminating = JobPods.countTerminatingPods(pods); // trackTerminatingPods: always in v1.30
    int active = activePods.size();
    List<List<Pod>> finished = JobTracking.getNewFinishedPods(this);
    List<Pod> newSucceeded = finished.get(0);
    List<Pod> newFailed = finished.get(1);
    succeeded = status.succeeded + newSucceeded.size();
    failed = status.failed + JobTracking.nonIgnoredFailedPodsCount(job, newFailed);
    // the job's first start, unless suspended
    if (status.startTime == null && !suspended()) status.startTime = JobStatusDraft.apiTime(now);
    newBackoffRecord = jm.backoff().newRecord(key, newSucceeded, newFailed);

    JobCondition failureTarget = status.find(JobCondition.FAILURE_TARGET);
    if (failureTarget != null) {
      finishedCondition = JobStatusDraft.failedFromFailureTarget(failureTarget, now);
    } else {
      String failJobMessage = JobTracking.getFailJobMessage(job, pods);
      if (failJobMessage != null) {
        // the interim FailureTarget records the message before the finalizers go
        finishedCondition =
            JobStatusDraft.newCondition(
                JobCondition.FAILURE_TARGET,
                ConditionStatus.TRUE,
                "PodFailurePolicy",
                failJobMessage,
                now);
      }
    }
    if (finishedCondition == null) {
      if (failed > spec.backoffLimit() || JobTracking.pastBackoffLimitOnFailure(job, pods)) {
        finishedCondition =
            failedCondition("BackoffLimitExceeded", "Job has reached the specified backoff limit");
      } else if (pastActiveDeadline()) {
        finishedCondition =
            failedCondition("DeadlineExceeded", "Job was active longer than specified deadline");
      } else if (spec.activeDeadlineSeconds() != null && !suspended()) {
        Duration left =
            Duration.ofSeconds(spec.activeDeadlineSeconds())
                .minus(Duration.between(status.startTime, now));
        jm.queue().addAfter(key, left);
      }
    }
    if (IndexedJobUtils.isIndexedJob(job)) {
      OrderedIntervals[] ix = IndexedJobUtils.calculateSucceededIndexes(job, pods);
      prevSucceededIndexes = ix[0];
      succeededIndexes = ix[1];
      succeeded = succeededIndexes.total();
    }
    boolean suspendCondChanged = false;
    if (finishedCondition != null) {
      // remove the active pods of a failed job; their finalizers go in the tracking step
      int[] deleted = jm.podControl().deleteActivePods(job, activePods);
      if (deleted[1] != active) finishedCondition = null;
      active -= deleted[1];
      terminating += deleted[1];
      ready -= deleted[0];
    } else {
      boolean manageJobCalled = false;
      if (job.metadata().deletionTimestamp() == null) {
        active = manageJob();
        manageJobCalled = true;
      }
      boolean complete =
          spec.completions() == null
              ? succeeded > 0 && active == 0 // any success completes it, once the rest finished
              : succeeded >= spec.completions() && active == 0;
      if (complete) {
        finishedCondition =
            JobStatusDraft.newCondition(JobCondition.COMPLETE, ConditionStatus.TRUE, "", "", now);
      } else if (manageJobCalled) {
        if (suspended()) {
          if (status.ensure(
              JobCondition.SUSPENDED, ConditionStatus.TRUE, "JobSuspended", "Job suspended", now)) {
            suspendCondChanged = true;
            jm.recorder().event(job, Event.TYPE_NORMAL, "Suspended", "Job suspended");
          }
        } else if (status.ensure(
            JobCondition.SUSPENDED, ConditionStatus.FALSE, "JobResumed", "Job resumed", now)) {
          suspendCondChanged = true;
          jm.recorder().event(job, Event.TYPE_NORMAL, "Resumed", "Job resumed");
          // a resumed job restarts its activeDeadlineSeconds clock
          status.startTime = JobStatusDraft.apiTime(now);
        }
      }
    }
    boolean needsStatusUpdate =
        suspendCondChanged
            || active != status.active
            || status.ready == null
            || ready != status.ready
            || status.terminating == null
            || terminating != status.terminating;
    status.active = active;
    status.ready = ready;
    status.terminating = terminating;
    new JobTracking(this).trackJobStatusAndRemoveFinalizers(needsStatusUpdate);
  }

  private JobCondition failedCondition(String reason, String message) {
    return JobStatusDraft.newCondition(
        JobCondition.FAILED, ConditionStatus.TRUE, reason, message, now);
  }

  boolean suspended() {
    return Boolean.TRUE.equals(spec.suspend());
  }

  // pastActiveDeadline: never while suspended
  private boolean pastActiveDeadline() {
    if (spec.activeDeadlineSeconds() == null || status.startTime == null || suspended()) {
      return false;
    }
    return Duration.between(status.startTime, now)
            .compareTo(Duration.ofSeconds(spec.activeDeadlineSeconds()))
        >= 0;
  }

  /**
   * manageJob: deletes pods of a suspended job or beyond parallelism, else creates up to the wanted
   * number, after the pod-failure back-off. {@return the new number of active pods}
   */
  private int manageJob() {
    int active = activePods.size();
    int parallelism = spec.parallelism() == null ? 1 : spec.parallelism();
    if (suspended()) {
      int[] removed = jm.podControl().deleteJobPods(job, activePodsForRemoval(activePods, active));
      terminating += removed[1];
      ready -= removed[0];
      return active - removed[1];
    }
    int wantActive;
    if (spec.completions() == null) {
      // without completions, after a first success leave whatever runs running
      wantActive = succeeded > 0 ? active : parallelism;
    } else {
      wantActive = Math.max(0, Math.min(spec.completions() - succeeded, parallelism));
    }
    int rmAtLeast = Math.max(0, active - wantActive);
    List<Pod> podsToDelete = activePodsForRemoval(activePods, rmAtLeast);
    if (podsToDelete.size() > MAX_POD_CREATE_DELETE_PER_SYNC) {
      podsToDelete = podsToDelete.subList(0, MAX_POD_CREATE_DELETE_PER_SYNC);
    }
    if (!podsToDelete.isEmpty()) {
      // deletions take precedence over creations in one sync
      int[] removed = jm.podControl().deleteJobPods(job, podsToDelete);
      terminating += removed[1];
      ready -= removed[0];
      return active - removed[1];
    }
    int terminatingToWait = JobTracking.onlyReplaceFailedPods(job) ? terminating : 0;
    int diff = wantActive - terminatingToWait - active;
    if (diff <= 0) return active;
    Duration remaining =
        newBackoffRecord.remainingTime(now, Backoff.DEFAULT_BACKOFF, Backoff.MAX_BACKOFF);
    if (remaining.compareTo(Duration.ZERO) > 0) {
      jm.enqueueSyncJobWithDelay(key, remaining);
      return 0; // v1.30 reports 0 active while waiting out the back-off
    }
    diff = Math.min(diff, MAX_POD_CREATE_DELETE_PER_SYNC);
    List<Integer> indexesToAdd = null;
    if (IndexedJobUtils.isIndexedJob(job)) {
      indexesToAdd =
          IndexedJobUtils.firstPendingIndexes(
              activePods, succeededIndexes, diff, spec.completions());
      diff = indexesToAdd.size();
    }
    PodTemplateSpec template = spec.template();
    if (IndexedJobUtils.isIndexedJob(job)) {
      template = IndexedJobUtils.addCompletionIndexEnvVariables(template);
    }
    List<String> fins = new ArrayList<>(template.metadata().finalizers());
    if (!fins.contains(Job.JOB_TRACKING_FINALIZER)) fins.add(Job.JOB_TRACKING_FINALIZER);
    template = template.withMetadata(template.metadata().withFinalizers(fins));
    return active + createPods(template, diff, indexesToAdd);
  }

  // the slow-start batches of controller.SlowStartInitialBatchSize (1), doubling; a failed
  // batch skips the rest
  private int createPods(PodTemplateSpec template, int diff, List<Integer> indexes) {
    int created = 0;
    int pos = 0;
    ApiException error = null;
    for (int batch = Math.min(diff, 1); pos < diff; batch = Math.min(2 * batch, diff - pos)) {
      for (int i = pos; i < pos + batch; i++) {
        PodTemplateSpec t = template;
        String generateName = "";
        if (indexes != null) {
          int ix = indexes.get(i);
          t = IndexedJobUtils.forIndex(template, job, ix);
          generateName = IndexedJobUtils.podGenerateNameWithIndex(job.metadata().name(), ix);
        }
        try {
          jm.podControl().createPod(job, t, generateName);
          created++;
        } catch (ApiException e) {
          error = e;
        }
      }
      pos += batch;
      if (error != null) break;
    }
    if (error != null) jm.deferError(error);
    return created;
  }

  /**
   * activePodsForRemoval: for Indexed jobs first the pods with duplicated or invalid indexes, then,
   * up to {@code rmAtLeast}, the first in {@link JobPods#ACTIVE_PODS} order.
   */
  private List<Pod> activePodsForRemoval(List<Pod> candidates, int rmAtLeast) {
    List<Pod> rm = new ArrayList<>();
    List<Pod> left = candidates;
    if (IndexedJobUtils.isIndexedJob(job)) {
      List<List<Pod>> split =
          IndexedJobUtils.duplicatedIndexPodsForRemoval(candidates, spec.completions());
      rm.addAll(split.get(0));
      left = split.get(1);
    }
    if (rm.size() < rmAtLeast) {
      List<Pod> sorted = new ArrayList<>(left);
      sorted.sort(JobPods.ACTIVE_PODS);
      rm.addAll(sorted.subList(0, rmAtLeast - rm.size()));
    }
    return rm;
  }

  private static int countReady(List<Pod> pods) {
    int n = 0;
    for (Pod p : pods) if (JobPods.isPodReady(p)) n++;
    return n;
  }
}
