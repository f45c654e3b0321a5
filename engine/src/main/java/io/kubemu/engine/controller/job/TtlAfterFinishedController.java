package io.kubemu.engine.controller.job;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.Preconditions;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.batch.Job;
import io.kubemu.model.batch.JobCondition;
import io.kubemu.model.core.ConditionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The TTL-after-finished controller (upstream pkg/controller/ttlafterfinished, v1.30): deletes a
 * finished Job {@code spec.ttlSecondsAfterFinished} seconds after its Complete or Failed
 * condition's lastTransitionTime, with foreground propagation and a uid precondition (the garbage
 * collector then deletes its pods before the Job goes). A Job whose TTL has not expired is requeued
 * for the remaining time on the virtual clock. Not thread-safe: runs on the event loop.
 */
public final class TtlAfterFinishedController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "ttl-after-finished";

  private final ApiServer api;
  private final EventLoop loop;
  private final WorkQueue queue;

  public TtlAfterFinishedController(ControllerContext ctx) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.queue = ctx.queue(NAME, this::processJob);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    api.watch(Job.class, null, this::onJob);
  }

  // addJob/updateJob: only Jobs that need clean-up are queued
  private void onJob(WatchEvent<Job> e) {
    if (e.type() == WatchEvent.Type.DELETED) return;
    Job job = e.object();
    if (job.metadata().deletionTimestamp() == null && needsCleanup(job)) queue.add(job.key());
  }

  // processJob: re-check the TTL on the latest Job, then delete it
  private void processJob(String key) {
    int slash = key.indexOf('/');
    String ns = key.substring(0, slash);
    String name = key.substring(slash + 1);
    Job job = api.find(Job.class, ns, name).orElse(null);
    if (job == null || !processTtl(job)) return;
    Job fresh = api.find(Job.class, ns, name).orElse(null);
    if (fresh == null || !processTtl(fresh)) return;
    try {
      api.delete(
          Job.class,
          ns,
          name,
          DeleteOptions.propagation(PropagationPolicy.FOREGROUND)
              .withPreconditions(new Preconditions(fresh.metadata().uid(), null)));
    } catch (ApiException.NotFound e) {
      // already gone
    }
  }

  // processTTL: {@return whether the TTL expired}; requeues for the rest otherwise
  private boolean processTtl(Job job) {
    if (job.metadata().deletionTimestamp() != null || !needsCleanup(job)) return false;
    Instant finishAt = jobFinishTime(job);
    if (finishAt == null) return false; // "unable to find the status of the finished Job"
    Instant expireAt = finishAt.plusSeconds(job.spec().ttlSecondsAfterFinished());
    Duration left = Duration.between(loop.now(), expireAt);
    if (left.isNegative() || left.isZero()) return true;
    queue.addAfter(job.key(), left);
    return false;
  }

  /** needsCleanup: a TTL is set and the Job finished. */
  static boolean needsCleanup(Job job) {
    return job.spec() != null
        && job.spec().ttlSecondsAfterFinished() != null
        && JobStatusDraft.isJobFinished(job);
  }

  // jobFinishTime: the lastTransitionTime of the Complete or Failed condition
  private static Instant jobFinishTime(Job job) {
    for (JobCondition c : job.status().conditions()) {
      if ((JobCondition.COMPLETE.equals(c.type()) || JobCondition.FAILED.equals(c.type()))
          && ConditionStatus.TRUE.equals(c.status())) {
        return c.lastTransitionTime();
      }
    }
    return null;
  }
}
