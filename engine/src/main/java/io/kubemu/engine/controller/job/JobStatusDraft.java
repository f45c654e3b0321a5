package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.batch.JobStatus;
import io.kubemu.model.core.ConditionStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The status one sync of the Job controller works on (the deep copy syncJob mutates), and the
 * condition helpers of job_controller.go. {@link #build()} writes the counters as the API does:
 * active, succeeded and failed are omitted when zero (Go {@code omitempty}), ready and terminating
 * are always written.
 */
final class JobStatusDraft {

  final List<JobCondition> conditions;
  Instant startTime;
  Instant completionTime;
  int active;
  int succeeded;
  int failed;
  Integer terminating;
  String completedIndexes;
  Integer ready;
  final String failedIndexes;

  JobStatusDraft(JobStatus s) {
    JobStatus st =
        s == null ? new JobStatus(null, null, null, null, null, null, null, null, null, null) : s;
    this.conditions = new ArrayList<>(st.conditions());
    this.startTime = st.startTime();
    this.completionTime = st.completionTime();
    this.active = orZero(st.active());
    this.succeeded = orZero(st.succeeded());
    this.failed = orZero(st.failed());
    this.terminating = st.terminating();
    this.completedIndexes = st.completedIndexes();
    this.ready = st.ready();
    this.failedIndexes = st.failedIndexes();
  }

  JobStatus build() {
    return new JobStatus(
        conditions,
        startTime,
        completionTime,
        active == 0 ? null : active,
        succeeded == 0 ? null : succeeded,
        failed == 0 ? null : failed,
        terminating,
        completedIndexes == null || completedIndexes.isEmpty() ? null : completedIndexes,
        failedIndexes,
        ready);
  }

  static int orZero(Integer i) {
    return i == null ? 0 : i;
  }

  /** newCondition: both times set to now, at the API's second precision (metav1.Time). */
  static JobCondition newCondition(
      String type, String status, String reason, String message, Instant now) {
    Instant t = apiTime(now);
    return new JobCondition(type, status, t, t, reason, message);
  }

  /** An instant as the API stores it: metav1.Time serialises whole seconds (RFC 3339). */
  static Instant apiTime(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS);
  }

  /** newFailedConditionForFailureTarget: Failed with the FailureTarget's reason and message. */
  static JobCondition failedFromFailureTarget(JobCondition target, Instant now) {
    return newCondition(
        JobCondition.FAILED, ConditionStatus.TRUE, target.reason(), target.message(), now);
  }

  /** findConditionByType. */
  JobCondition find(String type) {
    for (JobCondition c : conditions) if (c.type().equals(type)) return c;
    return null;
  }

  /**
   * ensureJobConditionStatus: updates the condition of this type when status, reason or message
   * differ; appends one unless its status would be False. {@return whether the list changed}
   */
  boolean ensure(String type, String status, String reason, String message, Instant now) {
    for (int i = 0; i < conditions.size(); i++) {
      JobCondition c = conditions.get(i);
      if (!c.type().equals(type)) continue;
      if (!Objects.equals(c.status(), status)
          || !Objects.equals(c.reason(), reason)
          || !Objects.equals(c.message(), message)) {
        conditions.set(i, newCondition(type, status, reason, message, now));
        return true;
      }
      return false;
    }
    if (!ConditionStatus.FALSE.equals(status)) {
      conditions.add(newCondition(type, status, reason, message, now));
      return true;
    }
    return false;
  }

  /** util.IsJobFinished: a Complete or Failed condition with status True. */
  static boolean isJobFinished(Job job) {
    if (job.status() == null) return false;
    for (JobCondition c : job.status().conditions()) {
      if ((JobCondition.COMPLETE.equals(c.type()) || JobCondition.FAILED.equals(c.type()))
          && ConditionStatus.TRUE.equals(c.status())) {
        return true;
      }
    }
    return false;
  }
}
