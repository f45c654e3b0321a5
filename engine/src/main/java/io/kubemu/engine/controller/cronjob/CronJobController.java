package io.kubemu.engine.controller.cronjob;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.CronJobSpec;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Event;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CronJob controller (upstream pkg/controller/cronjob/cronjob_controllerv2.go, v1.30): creates
 * a Job named {@code <cronjob>-<minutes since the epoch>} at each scheduled time, honours
 * startingDeadlineSeconds, concurrencyPolicy and suspend, tracks status.active, lastScheduleTime
 * and lastSuccessfulTime, and deletes the oldest finished Jobs beyond the history limits. Each
 * CronJob is requeued for its next schedule time plus 100 ms on the virtual clock; nothing polls.
 *
 * <p>Events (component {@value #COMPONENT}): SuccessfulCreate, SawCompletedJob, SuccessfulDelete,
 * JobAlreadyActive, MissSchedule, TooManyMissedTimes, UnexpectedJob, MissingJob,
 * UnparseableSchedule, InvalidSchedule, UnknownTimeZone, UnsupportedSchedule, FailedCreate,
 * FailedDelete. Not thread-safe: runs on the event loop.
 */
public final class CronJobController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "cronjob";

  /** The event source component. */
  public static final String COMPONENT = "cronjob-controller";

  private final ApiServer api;
  private final EventLoop loop;
  private final EventRecorder.ComponentRecorder recorder;
  private final WorkQueue queue;
  private final Map<String, CronJob> seen = new HashMap<>(); // informer cache; lookups only

  public CronJobController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.recorder = ctx.events(COMPONENT);
    this.queue = ctx.queue(NAME, this::sync);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    api.watch(CronJob.class, null, this::onCronJob);
    api.watch(Job.class, null, this::onJob);
  }

  // AddFunc/DeleteFunc enqueue; UpdateFunc is updateCronJob
  private void onCronJob(WatchEvent<CronJob> e) {
    CronJob cur = e.object();
    String key = cur.key();
    CronJob old = e.type() == WatchEvent.Type.DELETED ? seen.remove(key) : seen.put(key, cur);
    if (e.type() == WatchEvent.Type.MODIFIED && old != null) updateCronJob(old, cur);
    else queue.add(key);
  }

  // updateCronJob: a new schedule or time zone requeues at its next time, anything else now
  private void updateCronJob(CronJob old, CronJob cur) {
    CronJobSpec o = spec(old);
    CronJobSpec n = spec(cur);
    if (!Objects.equals(o.schedule(), n.schedule())
        || !Objects.equals(o.timeZone(), n.timeZone())) {
      CronSchedule sched;
      try {
        sched = CronParser.parseStandard(formatSchedule(cur, false));
      } catch (IllegalArgumentException e) {
        recorder.eventf(
            cur,
            Event.TYPE_WARNING,
            "UnParseableCronJobSchedule",
            "unparseable schedule for cronjob: %s",
            n.schedule());
        return;
      }
      queue.addAfter(cur.key(), CronJobUtils.nextScheduleTimeDuration(cur, loop.now(), sched));
      return;
    }
    queue.add(cur.key());
  }

  // addJob/updateJob/deleteJob: wake the CronJob that controls the Job
  private void onJob(WatchEvent<Job> e) {
    OwnerReference ref = e.object().metadata().controllerRef();
    if (ref == null || !CronJob.KIND.equals(ref.kind())) return;
    api.find(CronJob.class, e.object().metadata().namespace(), ref.name())
        .filter(cj -> Objects.equals(cj.metadata().uid(), ref.uid()))
        .ifPresent(cj -> queue.add(cj.key()));
  }

  // sync: cleanupFinishedJobs, syncCronJob, one status write, then requeue
  private void sync(String key) {
    int slash = key.indexOf('/');
    CronJob cronJob =
        api.find(CronJob.class, key.substring(0, slash), key.substring(slash + 1)).orElse(null);
    if (cronJob == null) return; // deleted: nothing to requeue
    List<Job> jobs = getJobsToBeReconciled(cronJob);
    CronJobSync s = new CronJobSync(this, cronJob);
    s.cleanupFinishedJobs(jobs);
    Duration requeueAfter = null;
    ApiException syncErr = null;
    try {
      requeueAfter = s.syncCronJob(jobs);
    } catch (ApiException e) {
      syncErr = e;
    }
    if (s.updateStatus) api.updateStatus(s.cj);
    if (requeueAfter != null) {
      queue.addAfter(key, requeueAfter);
      return;
    }
    if (syncErr != null) throw syncErr;
  }

  // getJobsToBeReconciled: the Jobs whose controller reference names this CronJob
  private List<Job> getJobsToBeReconciled(CronJob cj) {
    List<Job> out = new ArrayList<>();
    for (Job j : api.list(Job.class, cj.metadata().namespace())) {
      OwnerReference ref = j.metadata().controllerRef();
      if (ref != null && Objects.equals(ref.name(), cj.metadata().name())) out.add(j);
    }
    return out;
  }

  // formatSchedule: spec.timeZone becomes a TZ= prefix; TZ in the schedule itself is warned about
  String formatSchedule(CronJob cj, boolean record) {
    CronJobSpec spec = spec(cj);
    String schedule = spec.schedule() == null ? "" : spec.schedule();
    if (schedule.contains("TZ")) {
      if (record) {
        recorder.eventf(
            cj,
            Event.TYPE_WARNING,
            "UnsupportedSchedule",
            "CRON_TZ or TZ used in schedule %s is not officially supported, see"
                + " https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/ for more"
                + " details",
            GoFormat.quote(schedule));
      }
      return schedule;
    }
    if (spec.timeZone() != null) {
      try {
        CronParser.loadLocation(spec.timeZone());
      } catch (IllegalArgumentException e) {
        return schedule;
      }
      return "TZ=" + spec.timeZone() + " " + schedule;
    }
    return schedule;
  }

  /** deleteJob: deletes a Job (background propagation) and records SuccessfulDelete. */
  boolean deleteJob(CronJob cj, Job job) {
    try {
      api.delete(
          Job.class,
          job.metadata().namespace(),
          job.metadata().name(),
          DeleteOptions.propagation(PropagationPolicy.BACKGROUND));
    } catch (ApiException e) {
      recorder.eventf(cj, Event.TYPE_WARNING, "FailedDelete", "Deleted job: %s", e.getMessage());
      return false;
    }
    recorder.eventf(
        cj, Event.TYPE_NORMAL, "SuccessfulDelete", "Deleted job %s", job.metadata().name());
    return true;
  }

  ApiServer api() {
    return api;
  }

  EventLoop loop() {
    return loop;
  }

  EventRecorder.ComponentRecorder recorder() {
    return recorder;
  }

  static CronJobSpec spec(CronJob cj) {
    return cj.spec() == null ? CronJobSpec.EMPTY : cj.spec();
  }
}
