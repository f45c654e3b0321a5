package io.kubemu.engine.controller;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.time.EventLoop;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A controller's work queue (client-go's rate-limiting workqueue) on the virtual clock: a key added
 * several times before it is processed is processed once; each key is synced in its own event-loop
 * task at the instant it was added, in the order keys were added.
 *
 * <p>A sync that throws an {@link ApiException} (a conflict, say) is retried after the per-item
 * exponential back-off of client-go's DefaultControllerRateLimiter: 5 ms doubling to 1000 s, reset
 * by {@link #forget}. Any other exception is a bug and propagates.
 *
 * <p>Not thread-safe: runs on the loop's thread.
 */
public final class WorkQueue {

  static final Duration BASE_DELAY = Duration.ofMillis(5);
  static final Duration MAX_DELAY = Duration.ofSeconds(1000);

  private final EventLoop loop;
  private final String name;
  private final Consumer<String> sync;
  private final Set<String> dirty = new HashSet<>(); // membership only
  private final Map<String, Integer> failures = new HashMap<>(); // lookups only

  /**
   * @param name the controller's name, shown in the loop's task descriptions
   * @param sync the reconcile function for one key
   */
  public WorkQueue(EventLoop loop, String name, Consumer<String> sync) {
    this.loop = Objects.requireNonNull(loop);
    this.name = Objects.requireNonNull(name);
    this.sync = Objects.requireNonNull(sync);
  }

  /** Queues a key to be synced at the current instant, unless it is queued already. */
  public void add(String key) {
    if (!dirty.add(key)) return;
    loop.schedule(loop.now(), name + " sync " + key, () -> process(key));
  }

  /** Queues a key after a delay (client-go's AddAfter). */
  public void addAfter(String key, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      add(key);
      return;
    }
    loop.scheduleAfter(delay, name + " requeue " + key, () -> add(key));
  }

  /** Queues a key after its next back-off delay (client-go's AddRateLimited). */
  public void addRateLimited(String key) {
    int n = failures.merge(key, 1, Integer::sum) - 1;
    addAfter(key, backoff(n));
  }

  /** Forgets a key's failures, resetting its back-off. */
  public void forget(String key) {
    failures.remove(key);
  }

  /** {@return the n-th back-off delay (0-based): 5 ms * 2^n, at most 1000 s} */
  static Duration backoff(int n) {
    if (n >= 20) return MAX_DELAY; // 5 ms * 2^18 already exceeds 1000 s
    Duration d = BASE_DELAY.multipliedBy(1L << n);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  private void process(String key) {
    dirty.remove(key);
    try {
      sync.accept(key);
      forget(key);
    } catch (ApiException e) {
      addRateLimited(key);
    }
  }
}
