package io.kubemu.engine.scheduler;

import io.kubemu.engine.scheduler.queue.SchedulingQueue;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import java.time.Duration;
import java.time.Instant;

/**
 * The queue's periodic flushes as one-shot tasks on upstream's tick grid (every second for
 * backoffQ, every 30 seconds for the unschedulable pods, counted from the scheduler's start), set
 * only when a flush has work. Pods an event moved are awaited (foreground tasks); pods retrying
 * after an error such as "no nodes available", and the 5-minute retries, run in the background, so
 * that a cluster whose pods cannot be placed still becomes idle. Not thread-safe.
 */
final class FlushTimers {

  /** The backoffQ flush period (upstream flushBackoffQCompleted: every second). */
  static final Duration BACKOFF_FLUSH_PERIOD = Duration.ofSeconds(1);

  /** The unschedulable-pods flush period (upstream flushUnschedulablePodsLeftover: 30 s). */
  static final Duration UNSCHEDULABLE_FLUSH_PERIOD = Duration.ofSeconds(30);

  private final EventLoop loop;
  private final SchedulingQueue queue;
  private final Instant started;
  private final Runnable afterFlush;
  private TaskHandle backoffTask;
  private TaskHandle retryTask;
  private TaskHandle leftoverTask;

  FlushTimers(EventLoop loop, SchedulingQueue queue, Instant started, Runnable afterFlush) {
    this.loop = loop;
    this.queue = queue;
    this.started = started;
    this.afterFlush = afterFlush;
  }

  void kick() {
    Instant moved = queue.nextMovedBackoffExpiry();
    if (moved != null) {
      backoffTask =
          ensure(
              backoffTask,
              alignUp(moved, BACKOFF_FLUSH_PERIOD, false),
              false,
              "scheduler: flush backoffQ",
              this::flushBackoff);
    }
    Instant expiry = queue.nextBackoffExpiry();
    if (expiry != null) {
      retryTask =
          ensure(
              retryTask,
              alignUp(expiry, BACKOFF_FLUSH_PERIOD, false),
              true,
              "scheduler: flush backoffQ (error retries)",
              this::flushBackoff);
    }
    Instant timeout = queue.nextUnschedulableTimeout();
    if (timeout != null) {
      // upstream moves pods unschedulable for more than 5 minutes: the first tick after
      leftoverTask =
          ensure(
              leftoverTask,
              alignUp(timeout, UNSCHEDULABLE_FLUSH_PERIOD, true),
              true,
              "scheduler: flush unschedulable pods leftover",
              this::flushLeftover);
    }
  }

  void cancel() {
    for (TaskHandle t : new TaskHandle[] {backoffTask, retryTask, leftoverTask}) {
      if (t != null) t.cancel();
    }
  }

  // keeps a pending task due no later than `at`, else schedules one at `at`
  private TaskHandle ensure(
      TaskHandle t, Instant at, boolean background, String description, Runnable task) {
    if (t != null && !t.isDone() && !t.isCancelled() && !t.time().isAfter(at)) {
      return t;
    }
    if (t != null) t.cancel();
    return background
        ? loop.scheduleBackground(at, description, task)
        : loop.schedule(at, description, task);
  }

  private void flushBackoff() {
    queue.flushBackoffQCompleted();
    afterFlush.run();
  }

  private void flushLeftover() {
    queue.flushUnschedulablePodsLeftover();
    afterFlush.run();
  }

  // the first tick (start + k * period) at or after t, or strictly after it
  private Instant alignUp(Instant t, Duration period, boolean strict) {
    long p = period.toNanos();
    long d = Duration.between(started, t).toNanos();
    long k = d <= 0 ? 0 : (d + p - 1) / p;
    Instant tick = started.plusNanos(k * p);
    if (strict && !tick.isAfter(t)) {
      tick = tick.plusNanos(p);
    }
    return tick;
  }
}
