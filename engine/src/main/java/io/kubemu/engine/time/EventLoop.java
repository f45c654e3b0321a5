package io.kubemu.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The cluster's event loop: a queue of timed tasks on virtual time, ordered by (time, insertion
 * sequence), plus the cluster's one seeded {@link Random}.
 *
 * <p>Time moves only when the loop runs: {@link #advance(Duration)}, {@link #advanceTo(Instant)},
 * {@link #runUntil(String, BooleanSupplier, Duration)} and {@link #runUntilIdle()} set the {@link
 * SimClock} to each task's time before running it. A task scheduled in the past runs at the current
 * instant, after the tasks already due. Tasks added while running (at or before the target) run in
 * the same call: every call returns with the loop settled, i.e. no task due at or before the
 * current instant.
 *
 * <p>Background tasks ({@link #scheduleBackground}) are periodic housekeeping such as probes or
 * resyncs: they run in order like any other task, but do not keep {@link #runUntilIdle()} from
 * returning (as kotlinx-coroutines-test's backgroundScope).
 *
 * <p>A task that throws stops the loop: the exception propagates out of the running call, the task
 * is dropped and the rest of the queue stays intact.
 *
 * <p>Defaults: {@link #runUntilIdle()} gives up after {@value #DEFAULT_IDLE_LIMIT_HOURS} hour of
 * virtual time or {@value #DEFAULT_MAX_TASKS} tasks; more than {@value #MAX_TASKS_PER_INSTANT}
 * tasks at one instant is reported as a livelock. Not thread-safe: one thread drives the loop.
 */
public final class EventLoop {

  /** Hours of virtual time {@link #runUntilIdle()} runs before giving up. */
  public static final int DEFAULT_IDLE_LIMIT_HOURS = 1;

  /** Tasks {@link #runUntilIdle()} runs before giving up. */
  public static final long DEFAULT_MAX_TASKS = 1_000_000;

  /** Tasks that may run at one virtual instant before the loop reports a livelock. */
  public static final int MAX_TASKS_PER_INSTANT = 100_000;

  private static final int RECENT = 5;

  private final SimClock clock;
  private final Random random;
  private final Instant start;
  private final TreeSet<Task> queue =
      new TreeSet<>(Comparator.comparing(Task::time).thenComparingLong(t -> t.seq));
  private final Deque<String> recent = new ArrayDeque<>(RECENT);
  private long sequence;
  private long tasksRun;
  private int foreground;
  private boolean running;
  private Instant lastInstant;
  private int tasksAtInstant;
  private Supplier<String> stateSummary = () -> "";

  /**
   * A loop whose clock starts at {@code start} and whose {@link #random()} is seeded with {@code
   * seed}.
   */
  public EventLoop(Instant start, long seed) {
    this.start = Objects.requireNonNull(start, "start");
    this.clock = new SimClock(start);
    this.random = new Random(seed);
    this.lastInstant = start;
  }

  /** {@return the virtual clock (UTC)} */
  public SimClock clock() {
    return clock;
  }

  /** {@return the current virtual instant} */
  public Instant now() {
    return clock.instant();
  }

  /** {@return the instant the loop started at} */
  public Instant startTime() {
    return start;
  }

  /** {@return the cluster's one seeded random source; use it for every random choice} */
  public Random random() {
    return random;
  }

  /** {@return a version-4 UUID drawn from {@link #random()}, for object uids} */
  public UUID randomUuid() {
    long msb = random.nextLong();
    long lsb = random.nextLong();
    msb = (msb & ~0xF000L) | 0x4000L; // version 4
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(msb, lsb);
  }

  /** Sets the supplier whose text timeouts include as the cluster's state; default empty. */
  public void setStateSummary(Supplier<String> summary) {
    this.stateSummary = Objects.requireNonNull(summary);
  }

  // ---------------------------------------------------------------- scheduling

  /** Schedules {@code task} at {@code at} (the current instant if {@code at} is in the past). */
  public TaskHandle schedule(Instant at, String description, Runnable task) {
    return add(at, description, task, false);
  }

  /** Schedules {@code task} after {@code delay} of virtual time. */
  public TaskHandle scheduleAfter(Duration delay, String description, Runnable task) {
    return add(now().plus(requireNonNegative(delay)), description, task, false);
  }

  /** Schedules a background task, which does not keep {@link #runUntilIdle()} running. */
  public TaskHandle scheduleBackground(Instant at, String description, Runnable task) {
    return add(at, description, task, true);
  }

  /** Schedules a background task after {@code delay}. */
  public TaskHandle scheduleBackgroundAfter(Duration delay, String description, Runnable task) {
    return add(now().plus(requireNonNegative(delay)), description, task, true);
  }

  private TaskHandle add(Instant at, String description, Runnable task, boolean background) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(task, "task");
    Instant when = at.isBefore(now()) ? now() : at;
    Task t = new Task(when, sequence++, description, task, background);
    queue.add(t);
    if (!background) foreground++;
    return t;
  }

  /** {@return whether no task is due at or before the current instant} */
  public boolean isSettled() {
    return queue.isEmpty() || queue.first().time.isAfter(now());
  }

  /** {@return whether no foreground task is pending at all} */
  public boolean isIdle() {
    return foreground == 0;
  }

  /** {@return the number of pending tasks, background ones included} */
  public int pendingCount() {
    return queue.size();
  }

  /** {@return the total number of tasks run so far} */
  public long tasksRun() {
    return tasksRun;
  }

  /** {@return the pending tasks in run order, as "time description" lines (at most {@code max})} */
  public List<String> pending(int max) {
    List<String> out = new ArrayList<>();
    for (Task t : queue) {
      if (out.size() >= max) break;
      out.add(t.time + " " + t.description + (t.background ? " (background)" : ""));
    }
    return out;
  }

  /** {@return the time of the next pending task, or null} */
  public Instant nextTaskTime() {
    return queue.isEmpty() ? null : queue.first().time;
  }

  // ---------------------------------------------------------------- running

  /** Runs every task due at or before the current instant, including ones they add (settles). */
  public void runDue() {
    enter();
    try {
      settle();
    } finally {
      running = false;
    }
  }

  /** Runs everything due up to and including {@code now + duration}; ends there, settled. */
  public void advance(Duration duration) {
    advanceTo(now().plus(requireNonNegative(duration)));
  }

  /**
   * Runs every task due up to and including {@code target} in order, the clock set to each task's
   * time, then leaves the clock at {@code target} with the loop settled.
   *
   * @throws IllegalArgumentException if {@code target} is before the current instant
   */
  public void advanceTo(Instant target) {
    if (target.isBefore(now())) {
      throw new IllegalArgumentException(
          "cannot advance to " + target + ": virtual time is already " + now());
    }
    enter();
    try {
      while (!queue.isEmpty() && !queue.first().time.isAfter(target)) {
        runNext();
      }
      clock.set(target);
    } finally {
      running = false;
    }
  }

  /**
   * Runs tasks in order until no foreground task is pending, within {@value
   * #DEFAULT_IDLE_LIMIT_HOURS} hour of virtual time and {@value #DEFAULT_MAX_TASKS} tasks.
   *
   * @return the virtual time that passed
   * @throws ConditionTimeoutException if the loop is still busy at the limit (e.g. a periodic
   *     foreground task that never ends)
   */
  public Duration runUntilIdle() {
    return runUntilIdle(Duration.ofHours(DEFAULT_IDLE_LIMIT_HOURS), DEFAULT_MAX_TASKS);
  }

  /** As {@link #runUntilIdle()} with explicit limits. */
  public Duration runUntilIdle(Duration maxDuration, long maxTasks) {
    return await(
        "the event loop to become idle (no pending foreground task)",
        this::isIdle,
        maxDuration,
        maxTasks,
        stateSummary);
  }

  /**
   * Runs tasks one at a time until {@code condition} holds (checked before the first task and after
   * each one), at most {@code limit} of virtual time.
   *
   * @return the virtual time that passed
   * @throws ConditionTimeoutException if the condition does not hold within the limit; the clock is
   *     then at the limit
   */
  public Duration runUntil(BooleanSupplier condition, Duration limit) {
    return runUntil("condition", condition, limit);
  }

  /** As {@link #runUntil(BooleanSupplier, Duration)}, naming what is awaited in the timeout. */
  public Duration runUntil(String description, BooleanSupplier condition, Duration limit) {
    return await(description, condition, limit, Long.MAX_VALUE, stateSummary);
  }

  /** As {@link #runUntil(String, BooleanSupplier, Duration)} with a state summary for the error. */
  public Duration runUntil(
      String description, BooleanSupplier condition, Duration limit, Supplier<String> state) {
    return await(description, condition, limit, Long.MAX_VALUE, state);
  }

  private Duration await(
      String description,
      BooleanSupplier condition,
      Duration limit,
      long maxTasks,
      Supplier<String> state) {
    Instant begin = now();
    Instant deadline = begin.plus(requireNonNegative(limit));
    enter();
    try {
      long ran = 0;
      while (!condition.getAsBoolean()) {
        boolean nextInTime = !queue.isEmpty() && !queue.first().time.isAfter(deadline);
        if (!nextInTime || ran >= maxTasks) {
          if (!nextInTime) clock.set(deadline);
          if (condition.getAsBoolean()) break;
          String why =
              ran >= maxTasks
                  ? "gave up after " + ran + " tasks"
                  : ran + " tasks run; next pending: " + nextPending();
          throw new ConditionTimeoutException(
              description, now(), Duration.between(begin, now()), why, state.get());
        }
        runNext();
        ran++;
      }
      return Duration.between(begin, now());
    } finally {
      running = false;
    }
  }

  private String nextPending() {
    List<String> next = pending(3);
    return next.isEmpty() ? "none" : String.join(", ", next);
  }

  private void settle() {
    while (!isSettled()) runNext();
  }

  private void runNext() {
    Task t = queue.pollFirst();
    if (!t.background) foreground--;
    clock.set(t.time);
    if (t.time.equals(lastInstant)) {
      if (++tasksAtInstant > MAX_TASKS_PER_INSTANT) {
        tasksAtInstant = 0;
        throw new IllegalStateException(
            "the event loop does not settle: more than "
                + MAX_TASKS_PER_INSTANT
                + " tasks ran at "
                + t.time
                + "; last tasks: "
                + String.join(", ", recent));
      }
    } else {
      lastInstant = t.time;
      tasksAtInstant = 1;
    }
    if (recent.size() == RECENT) recent.removeFirst();
    recent.addLast(t.description);
    t.done = true;
    tasksRun++;
    t.action.run();
  }

  private void enter() {
    if (running) {
      throw new IllegalStateException(
          "the event loop is already running: do not advance time from inside a task");
    }
    running = true;
  }

  private static Duration requireNonNegative(Duration d) {
    if (d.isNegative()) throw new IllegalArgumentException("negative duration: " + d);
    return d;
  }

  /** One queued task. */
  private final class Task implements TaskHandle {
    private final Instant time;
    private final long seq;
    private final String description;
    private final Runnable action;
    private final boolean background;
    private boolean done;
    private boolean cancelled;

    Task(Instant time, long seq, String description, Runnable action, boolean background) {
      this.time = time;
      this.seq = seq;
      this.description = description;
      this.action = action;
      this.background = background;
    }

    @Override
    public Instant time() {
      return time;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public boolean cancel() {
      if (done || cancelled) return false;
      cancelled = true;
      if (queue.remove(this) && !background) foreground--;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done;
    }

    @Override
    public String toString() {
      return time + " " + description;
    }
  }
}
