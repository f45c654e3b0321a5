package io.kubemu.engine;

import io.kubemu.engine.time.EventLoop;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Live mode: runs a cluster's {@link EventLoop} on one daemon thread at a chosen speed (virtual
 * seconds per wall second), so that tools that poll in real time, such as Awaitility's {@code
 * await()}, can watch a running cluster.
 *
 * <pre>{@code
 * try (LiveRunner live = new LiveRunner(cluster).start(100)) {    // 100 virtual s per wall s
 *   live.run(() -> cluster.apply(deployment));
 *   await().atMost(10, SECONDS)
 *       .until(() -> live.call(() -> cluster.get(Deployment.class, "web").status().readyReplicas()),
 *           ready -> ready != null && ready == 3);
 * }
 * }</pre>
 *
 * <p>The live thread moves virtual time towards {@code start + speed × wall time elapsed}, in steps
 * of at most {@code speed × }{@value #TICK_MILLIS} ms of virtual time, each under this runner's
 * lock, and parks {@value #TICK_MILLIS} ms once it has caught up. Every other thread must touch the
 * cluster through {@link #call(Supplier)} or {@link #run(Runnable)}, which take the same (fair,
 * reentrant) lock: the cluster itself is not thread-safe. A cluster whose work takes longer than
 * the chosen speed allows falls behind the wall clock; it never skips work.
 *
 * <p>Live runs are not deterministic: how far virtual time has moved when a call runs depends on
 * the wall clock. Use them only to test code that waits in real time; everything else should move
 * virtual time explicitly ({@link Cluster#advance}, {@link Cluster#runUntil}).
 *
 * <p>If a task of the loop throws, the live thread stops and every later {@link #call} (and {@link
 * #stop()}) throws an {@link IllegalStateException} with that failure as its cause. After {@link
 * #stop()} returns, the live thread moves time no more (it may take a moment to exit). The runner
 * also stops when the cluster is {@linkplain Cluster#close() closed}. A stopped runner may be
 * started again. Thread-safe.
 */
public final class LiveRunner implements AutoCloseable {

  /** Wall-clock milliseconds between two steps of the live thread once it has caught up. */
  public static final long TICK_MILLIS = 5;

  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);

  private final Cluster cluster;
  private final ReentrantLock lock = new ReentrantLock(true);

  // Guarded by lock.
  private Thread thread;
  private double speed;
  private boolean stopRequested = true;
  private Throwable failure;

  /** A runner for the cluster, not started. */
  public LiveRunner(Cluster cluster) {
    this.cluster = Objects.requireNonNull(cluster, "cluster");
  }

  /**
   * Starts the live thread.
   *
   * @param speed virtual seconds per wall second, e.g. {@code 1} for real time, {@code 100} for a
   *     minute of virtual time in 0.6 s
   * @return this runner
   * @throws IllegalArgumentException if speed is not a positive finite number
   * @throws IllegalStateException if the runner is already running or the cluster is closed
   */
  public LiveRunner start(double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException(
          "speed must be a positive number of virtual seconds per wall second, but was " + speed);
    }
    lock.lock();
    try {
      if (!stopRequested) {
        throw new IllegalStateException(
            "the cluster is already live at speed " + this.speed + "; stop() it first");
      }
      if (cluster.isClosed()) throw new IllegalStateException("the cluster is closed");
      this.speed = speed;
      this.stopRequested = false;
      this.failure = null;
      Instant virtualStart = cluster.loop().now();
      long wallStart = System.nanoTime();
      Thread t =
          new Thread(
              () -> runLive(speed, virtualStart, wallStart),
              "kubemu-live@" + Integer.toHexString(System.identityHashCode(cluster)));
      t.setDaemon(true);
      this.thread = t;
      t.start();
      return this;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops the live thread; virtual time stays where it is. Idempotent.
   *
   * @throws IllegalStateException if the live thread had stopped on a failing task (the cause)
   */
  public void stop() {
    Thread t;
    lock.lock();
    try {
      stopRequested = true;
      t = thread;
      thread = null;
    } finally {
      lock.unlock();
    }
    if (t != null) LockSupport.unpark(t);
    rethrowFailure();
  }

  /** As {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** {@return whether the live thread is moving time} */
  public boolean isRunning() {
    lock.lock();
    try {
      return !stopRequested;
    } finally {
      lock.unlock();
    }
  }

  /** {@return the speed of the current or last run, in virtual seconds per wall second} */
  public double speed() {
    lock.lock();
    try {
      return speed;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} on the calling thread while the live thread is held off: use it for every
   * read or write of the cluster from another thread.
   *
   * @return what {@code work} returned
   * @throws IllegalStateException if the live thread stopped on a failing task (the cause)
   */
  public <T> T call(Supplier<T> work) {
    lock.lock();
    try {
      rethrowFailure();
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** As {@link #call(Supplier)} for work without a result. */
  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * {@return the lock the live thread holds while it moves time}; the cluster takes it to make its
   * facade thread-safe in live mode
   */
  Lock lock() {
    return lock;
  }

  private void rethrowFailure() {
    lock.lock();
    try {
      if (failure != null) {
        throw new IllegalStateException(
            "the live cluster stopped: a task failed at " + cluster.loop().now(), failure);
      }
    } finally {
      lock.unlock();
    }
  }

  /** The live thread: catch up with the wall clock in small steps, then park for a tick. */
  private void runLive(double speed, Instant virtualStart, long wallStart) {
    EventLoop loop = cluster.loop();
    Duration maxStep = virtualNanos(TICK_NANOS, speed);
    while (true) {
      Instant target = virtualStart.plus(virtualNanos(System.nanoTime() - wallStart, speed));
      boolean caughtUp;
      lock.lock();
      try {
        if (stopRequested || Thread.currentThread() != thread) return;
        if (cluster.isClosed()) {
          stopRequested = true;
          thread = null;
          return;
        }
        Instant now = loop.now();
        if (target.isAfter(now)) {
          Instant step = now.plus(maxStep);
          loop.advanceTo(target.isAfter(step) ? step : target);
        }
        caughtUp = !target.isAfter(loop.now());
      } catch (Throwable t) {
        failure = t;
        stopRequested = true;
        thread = null;
        return;
      } finally {
        lock.unlock();
      }
      if (caughtUp) LockSupport.parkNanos(this, TICK_NANOS);
    }
  }

  /** Wall nanoseconds times speed, as a duration (capped near 290 years of virtual time). */
  private static Duration virtualNanos(long wallNanos, double speed) {
    double nanos = wallNanos * speed;
    return Duration.ofNanos(nanos >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) nanos));
  }
}
