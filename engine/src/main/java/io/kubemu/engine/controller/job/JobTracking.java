package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobSpec;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pod-finalizer based tracking of finished pods (job_controller.go's
 * trackJobStatusAndRemoveFinalizers and its helpers, v1.30). Upstream records newly finished pods
 * in status.uncountedTerminatedPods, removes their finalizers, then moves them to the counters, so
 * that a controller crash never counts a pod twice; kubemu does the three steps in one API
 * transaction, which leaves the same state without the intermediate one.
 */
final class JobTracking {

  /** MaxUncountedPods: pods counted per sync. */
  static final int MAX_UNCOUNTED_PODS = 500;

  private final JobSync ctx;

  JobTracking(JobSync ctx) {
    this.ctx = ctx;
  }

  /**
   * trackJobStatusAndRemoveFinalizers: counts finished pods that still carry the finalizer, removes
   * it, adds the finished condition when nothing is left to count, and writes the status.
   */
  void trackJobStatusAndRemoveFinalizers(boolean needsFlush) {
    Job job = ctx.job;
    JobStatusDraft status = ctx.status;
    boolean indexed = IndexedJobUtils.isIndexedJob(job);
    List<Pod> pods = new ArrayList<>(ctx.pods);
    if (indexed) pods.sort(Comparator.comparingInt(IndexedJobUtils::getCompletionIndex));
    List<Pod> podsToRemoveFinalizer = new ArrayList<>();
    List<Integer> newSucceededIndexes = new ArrayList<>();
    int newSucceeded = 0;
    int newFailed = 0;
    boolean reachedMaxUncountedPods = false;
    for (Pod pod : pods) {
      if (!JobPods.hasJobTrackingFinalizer(pod)) continue; // counted in an earlier sync
      boolean considerPodFailed = isPodFailed(pod, job);
      if (!canRemoveFinalizer(pod, considerPodFailed)) continue;
      podsToRemoveFinalizer.add(pod);
      if (Pod.PHASE_SUCCEEDED.equals(JobPods.phase(pod))) {
        if (indexed) {
          int ix = IndexedJobUtils.getCompletionIndex(pod);
          if (ix != IndexedJobUtils.UNKNOWN
              && ix < job.spec().completions()
              && !ctx.prevSucceededIndexes.has(ix)) {
            newSucceededIndexes.add(ix);
            needsFlush = true;
          }
        } else {
          newSucceeded++;
          needsFlush = true;
        }
      } else if (considerPodFailed
          || (ctx.finishedCondition != null
              && !JobCondition.SUCCESS_CRITERIA_MET.equals(ctx.finishedCondition.type()))) {
        // when the job is finished, every pod not terminated counts as failed
        int ix = IndexedJobUtils.getCompletionIndex(pod);
        if (!indexed || (ix != IndexedJobUtils.UNKNOWN && ix < job.spec().completions())) {
          if (PodFailurePolicies.matchPodFailurePolicy(job.spec().podFailurePolicy(), pod)
              .countFailed()) {
            newFailed++;
            needsFlush = true;
          }
        }
      }
      if (newSucceededIndexes.size() + newSucceeded + newFailed >= MAX_UNCOUNTED_PODS) {
        reachedMaxUncountedPods = true; // the rest waits for the next sync
        break;
      }
    }
    if (indexed) {
      ctx.succeededIndexes = ctx.succeededIndexes.withOrderedIndexes(newSucceededIndexes);
      String s = ctx.succeededIndexes.toString();
      String old = status.completedIndexes == null ? "" : status.completedIndexes;
      if (!s.equals(old)) needsFlush = true;
      status.succeeded = ctx.succeededIndexes.total();
      status.completedIndexes = s;
    } else {
      status.succeeded += newSucceeded;
    }
    status.failed += newFailed;
    if (ctx.finishedCondition != null
        && JobCondition.FAILURE_TARGET.equals(ctx.finishedCondition.type())) {
      // the interim FailureTarget, then the final Failed condition with its reason and message
      status.conditions.add(ctx.finishedCondition);
      needsFlush = true;
      ctx.finishedCondition =
          JobStatusDraft.failedFromFailureTarget(ctx.finishedCondition, ctx.now);
    }
    if (needsFlush) ctx.jm.backoff().update(ctx.newBackoffRecord);
    boolean jobFinished = !reachedMaxUncountedPods && enactJobFinished();
    boolean flush = needsFlush || jobFinished;
    ctx.jm
        .api()
        .atomically(
            () -> {
              for (Pod p : podsToRemoveFinalizer) ctx.jm.podControl().removeTrackingFinalizer(p);
              if (flush) ctx.jm.api().updateStatus(job.withStatus(status.build()));
              return null;
            });
    if (jobFinished) recordJobFinished();
  }

  /**
   * canRemoveFinalizer: when the job is deleted or finished, when the pod succeeded, or when it
   * counts as failed.
   */
  private boolean canRemoveFinalizer(Pod pod, boolean considerPodFailed) {
    return ctx.job.metadata().deletionTimestamp() != null
        || ctx.finishedCondition != null
        || Pod.PHASE_SUCCEEDED.equals(JobPods.phase(pod))
        || considerPodFailed;
  }

  // enactJobFinished: the Complete or Failed condition, and completionTime for Complete
  private boolean enactJobFinished() {
    JobCondition c = ctx.finishedCondition;
    if (c == null) return false;
    ctx.status.ensure(c.type(), c.status(), c.reason(), c.message(), ctx.now);
    if (JobCondition.COMPLETE.equals(c.type())) ctx.status.completionTime = c.lastTransitionTime();
    return true;
  }

  // recordJobFinished: Completed "Job completed", or a Warning with the failure reason
  private void recordJobFinished() {
    Job job = ctx.job;
    JobCondition c = ctx.finishedCondition;
    if (JobCondition.COMPLETE.equals(c.type())) {
      Integer completions = job.spec().completions();
      if (completions != null && ctx.status.succeeded > completions) {
        ctx.jm
            .recorder()
            .event(
                job,
                Event.TYPE_WARNING,
                "TooManySucceededPods",
                "Too many succeeded pods running after completion count reached");
      }
      ctx.jm.recorder().event(job, Event.TYPE_NORMAL, "Completed", "Job completed");
    } else {
      ctx.jm.recorder().event(job, Event.TYPE_WARNING, c.reason(), c.message());
    }
  }

  /**
   * getNewFinishedPods: {@return [succeeded, failed]} pods still carrying the finalizer (not yet
   * counted), with a valid index for Indexed jobs}
   */
  static List<List<Pod>> getNewFinishedPods(JobSync ctx) {
    List<Pod> succeeded = new ArrayList<>();
    List<Pod> failed = new ArrayList<>();
    boolean indexed = IndexedJobUtils.isIndexedJob(ctx.job);
    for (Pod p : ctx.pods) {
      if (!JobPods.hasJobTrackingFinalizer(p)) continue;
      if (indexed) {
        int ix = IndexedJobUtils.getCompletionIndex(p);
        if (ix == IndexedJobUtils.UNKNOWN || ix >= ctx.spec.completions()) continue;
      }
      if (Pod.PHASE_SUCCEEDED.equals(JobPods.phase(p))) succeeded.add(p);
      else if (isPodFailed(p, ctx.job)) failed.add(p);
    }
    return List.of(succeeded, failed);
  }

  /** nonIgnoredFailedPodsCount: failed pods an Ignore rule does not match. */
  static int nonIgnoredFailedPodsCount(Job job, List<Pod> failedPods) {
    int n = 0;
    for (Pod p : failedPods) {
      if (PodFailurePolicies.matchPodFailurePolicy(job.spec().podFailurePolicy(), p)
          .countFailed()) {
        n++;
      }
    }
    return n;
  }

  /**
   * isPodFailed: phase Failed, or (unless only failed pods are replaced) deleted before it
   * succeeded, to count orphans that never reach Failed.
   */
  static boolean isPodFailed(Pod p, Job job) {
    if (Pod.PHASE_FAILED.equals(JobPods.phase(p))) return true;
    if (onlyReplaceFailedPods(job)) return false;
    return p.metadata().deletionTimestamp() != null
        && !Pod.PHASE_SUCCEEDED.equals(JobPods.phase(p));
  }

  /** onlyReplaceFailedPods: podReplacementPolicy Failed, or any podFailurePolicy. */
  static boolean onlyReplaceFailedPods(Job job) {
    return JobSpec.FAILED.equals(job.spec().podReplacementPolicy())
        || job.spec().podFailurePolicy() != null;
  }

  /** getFailJobMessage: the message of the first failed pod a FailJob rule matches. */
  static String getFailJobMessage(Job job, List<Pod> pods) {
    if (job.spec().podFailurePolicy() == null) return null;
    for (Pod p : pods) {
      if (!isPodFailed(p, job)) continue;
      String msg =
          PodFailurePolicies.matchPodFailurePolicy(job.spec().podFailurePolicy(), p)
              .failJobMessage();
      if (msg != null) return msg;
    }
    return null;
  }

  /**
   * pastBackoffLimitOnFailure: with restartPolicy OnFailure, whether the restarts of the pending
   * and running pods' containers reach backoffLimit (exceed it, for a limit of 0).
   */
  static boolean pastBackoffLimitOnFailure(Job job, List<Pod> pods) {
    if (job.spec().template() == null
        || job.spec().template().spec() == null
        || !Pod.RESTART_ON_FAILURE.equals(job.spec().template().spec().restartPolicy())) {
      return false;
    }
    int result = 0;
    for (Pod p : pods) {
      String phase = JobPods.phase(p);
      if (!Pod.PHASE_RUNNING.equals(phase) && !Pod.PHASE_PENDING.equals(phase)) continue;
      for (ContainerStatus s : p.status().initContainerStatuses()) result += restarts(s);
      for (ContainerStatus s : p.status().containerStatuses()) result += restarts(s);
    }
    int limit = job.spec().backoffLimit();
    return limit == 0 ? result > 0 : result >= limit;
  }

  private static int restarts(ContainerStatus s) {
    return s.restartCount() == null ? 0 : s.restartCount();
  }
}
