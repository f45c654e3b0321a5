package io.kubemu.engine.controller.cronjob;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.CronJobStatus;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sync of one CronJob (ControllerV2.syncCronJob and cleanupFinishedJobs): works on a copy of
 * the CronJob, {@link #cj}, whose status the controller writes once at the end when {@link
 * #updateStatus} is set.
 */
final class CronJobSync {

  private final CronJobController controller;
  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;
  CronJob cj;
  boolean updateStatus;

  CronJobSync(CronJobController controller, CronJob cj) {
    this.controller = controller;
    this.api = controller.api();
    this.recorder = controller.recorder();
    this.cj = cj;
  }

  // cleanupFinishedJobs: keep the newest successfulJobsHistoryLimit / failedJobsHistoryLimit
  void cleanupFinishedJobs(List<Job> jobs) {
    CronJobSpec spec = CronJobController.spec(cj);
    if (spec.failedJobsHistoryLimit() == null && spec.successfulJobsHistoryLimit() == null) return;
    List<Job> failed = new ArrayList<>();
    List<Job> successful = new ArrayList<>();
    for (Job job : jobs) {
      String finished = CronJobUtils.finishedStatus(job);
      if (JobCondition.COMPLETE.equals(finished)) successful.add(job);
      else if (JobCondition.FAILED.equals(finished)) failed.add(job);
    }
    if (spec.successfulJobsHistoryLimit() != null) {
      removeOldestJobs(successful, spec.successfulJobsHistoryLimit());
    }
    if (spec.failedJobsHistoryLimit() != null) {
      removeOldestJobs(failed, spec.failedJobsHistoryLimit());
    }
  }

  // removeOldestJobs: by start time, oldest first
  private void removeOldestJobs(List<Job> jobs, int maxJobs) {
    int numToDelete = jobs.size() - maxJobs;
    if (numToDelete <= 0) return;
    jobs.sort(CronJobUtils.BY_JOB_START_TIME);
    for (int i = 0; i < numToDelete; i++) deleteJob(jobs.get(i));
  }

  // deleteJob: the job, then its reference in the active list
  private boolean deleteJob(Job job) {
    if (!controller.deleteJob(cj, job)) return false;
    cj = CronJobUtils.deleteFromActiveList(cj, job.metadata().uid());
    updateStatus = true;
    return true;
  }

  /** syncCronJob: {@return when to sync again, or null not to requeue} */
  Duration syncCronJob(List<Job> jobs) {
    Instant now = controller.loop().now();
    Set<String> childrenJobs = new HashSet<>(); // membership only
    for (Job j : jobs) {
      String uid = j.metadata().uid();
      childrenJobs.add(uid);
      boolean found = CronJobUtils.inActiveList(cj, uid);
      boolean finished = CronJobUtils.isJobFinished(j);
      if (!found && !finished) {
        CronJob fresh = api.get(CronJob.class, cj.metadata().namespace(), cj.metadata().name());
        if (CronJobUtils.inActiveList(fresh, uid)) {
          cj = fresh;
          continue;
        }
        recorder.eventf(
            cj,
            Event.TYPE_WARNING,
            "UnexpectedJob",
            "Saw a job that the controller did not create or forgot: %s",
            j.metadata().name());
      } else if (found && finished) {
        cj = CronJobUtils.deleteFromActiveList(cj, uid);
        recorder.eventf(
            cj,
            Event.TYPE_NORMAL,
            "SawCompletedJob",
            "Saw completed job: %s, status: %s",
            j.metadata().name(),
            CronJobUtils.finishedStatus(j));
        updateStatus = true;
      } else if (CronJobUtils.isJobSucceeded(j)) {
        // a succeeded job need not be active for its completion time to count
        Instant completion = j.status().completionTime();
        Instant last = cj.status() == null ? null : cj.status().lastSuccessfulTime();
        if (last == null || (completion != null && completion.isAfter(last))) {
          cj = withLastSuccessfulTime(cj, completion);
          updateStatus = true;
        }
      }
    }
    // an active reference whose Job is gone would keep the CronJob active forever
    for (ObjectReference ref : List.copyOf(CronJobUtils.active(cj))) {
      if (childrenJobs.contains(ref.uid())) continue;
      if (api.find(Job.class, ref.namespace(), ref.name()).isEmpty()) {
        recorder.eventf(
            cj, Event.TYPE_NORMAL, "MissingJob", "Active job went missing: %s", ref.name());
        cj = CronJobUtils.deleteFromActiveList(cj, ref.uid());
        updateStatus = true;
      }
    }
    if (cj.metadata().deletionTimestamp() != null) return null; // only the status is updated
    CronJobSpec spec = CronJobController.spec(cj);
    if (spec.timeZone() != null) {
      try {
        CronParser.loadLocation(spec.timeZone());
      } catch (IllegalArgumentException e) {
        recorder.eventf(
            cj,
            Event.TYPE_WARNING,
            "UnknownTimeZone",
            "invalid timeZone: %s: %s",
            GoFormat.quote(spec.timeZone()),
            e.getMessage());
        return null;
      }
    }
    if (Boolean.TRUE.equals(spec.suspend())) return null;
    CronSchedule sched;
    try {
      sched = CronParser.parseStandard(controller.formatSchedule(cj, true));
    } catch (IllegalArgumentException e) {
      recorder.eventf(
          cj,
          Event.TYPE_WARNING,
          "UnparseableSchedule",
          "unparseable schedule: %s : %s",
          GoFormat.quote(String.valueOf(spec.schedule())),
          e.getMessage());
      return null;
    }
    CronJobUtils.Next next =
        CronJobUtils.nextScheduleTime(
            cj,
            now,
            sched,
            () ->
                recorder.event(
                    cj,
                    Event.TYPE_WARNING,
                    "TooManyMissedTimes",
                    "too many missed start times. Set or decrease .spec.startingDeadlineSeconds or"
                        + " check clock skew"));
    if (next.error() != null) {
      recorder.eventf(
          cj,
          Event.TYPE_WARNING,
          "InvalidSchedule",
          "invalid schedule: %s : %s",
          spec.schedule(),
          next.error());
      return null;
    }
    Instant scheduledTime = next.scheduledTime();
    if (scheduledTime == null) return CronJobUtils.nextScheduleTimeDuration(cj, now, sched);
    Long sds = spec.startingDeadlineSeconds();
    if (sds != null && scheduledTime.plusSeconds(sds).isBefore(now)) {
      recorder.eventf(
          cj,
          Event.TYPE_WARNING,
          "MissSchedule",
          "Missed scheduled time to start a job: %s",
          CronJobUtils.rfc1123z(scheduledTime));
      return CronJobUtils.nextScheduleTimeDuration(cj, now, sched);
    }
    String jobName = CronJobUtils.getJobName(cj, scheduledTime);
    Instant last = cj.status() == null ? null : cj.status().lastScheduleTime();
    if (CronJobUtils.inActiveListByName(cj, cj.metadata().namespace(), jobName)
        || scheduledTime.equals(last)) {
      return CronJobUtils.nextScheduleTimeDuration(cj, now, sched); // already processed
    }
    if (CronJobSpec.FORBID.equals(spec.concurrencyPolicy()) && !CronJobUtils.active(cj).isEmpty()) {
      recorder.event(
          cj,
          Event.TYPE_NORMAL,
          "JobAlreadyActive",
          "Not starting job because prior execution is running and concurrency policy is Forbid");
      return CronJobUtils.nextScheduleTimeDuration(cj, now, sched);
    }
    if (CronJobSpec.REPLACE.equals(spec.concurrencyPolicy())) {
      for (ObjectReference ref : List.copyOf(CronJobUtils.active(cj))) {
        Job job;
        try {
          job = api.get(Job.class, ref.namespace(), ref.name());
        } catch (ApiException e) {
          recorder.eventf(cj, Event.TYPE_WARNING, "FailedGet", "Get job: %s", e.getMessage());
          throw e;
        }
        if (!deleteJob(job)) {
          // a controller error (fmt.Errorf upstream), retried with the queue's back-off
          throw new ApiException(
              500, "InternalError", "could not replace job " + job.key(), null, null);
        }
      }
    }
    return createJob(scheduledTime, sched, now);
  }

  // the create, AlreadyExists handling, SuccessfulCreate, and the new active reference
  private Duration createJob(Instant scheduledTime, CronSchedule sched, Instant now) {
    Job jobReq = CronJobUtils.getJobFromTemplate2(cj, scheduledTime);
    Job jobResp;
    try {
      jobResp = api.create(jobReq);
      recorder.eventf(
          cj, Event.TYPE_NORMAL, "SuccessfulCreate", "Created job %s", jobResp.metadata().name());
    } catch (ApiException.AlreadyExists e) {
      // created earlier (before a failed status write) or by someone else
      jobResp = api.get(Job.class, jobReq.metadata().namespace(), jobReq.metadata().name());
      OwnerReference ref = jobResp.metadata().controllerRef();
      if (ref == null || !Objects.equals(ref.uid(), cj.metadata().uid())) return null;
      if (CronJobUtils.inActiveList(cj, jobResp.metadata().uid())) return null;
    } catch (ApiException e) {
      recorder.eventf(
          cj, Event.TYPE_WARNING, "FailedCreate", "Error creating job: %s", e.getMessage());
      throw e;
    }
    List<ObjectReference> active = new ArrayList<>(CronJobUtils.active(cj));
    active.add(EventRecorder.referenceTo(jobResp));
    CronJobStatus s = cj.status();
    cj =
        cj.withStatus(
            new CronJobStatus(active, scheduledTime, s == null ? null : s.lastSuccessfulTime()));
    updateStatus = true;
    return CronJobUtils.nextScheduleTimeDuration(cj, now, sched);
  }

  private static CronJob withLastSuccessfulTime(CronJob cj, Instant t) {
    CronJobStatus s = cj.status();
    return cj.withStatus(
        new CronJobStatus(
            s == null ? List.of() : s.active(), s == null ? null : s.lastScheduleTime(), t));
  }
}
