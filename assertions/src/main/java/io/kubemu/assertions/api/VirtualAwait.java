package io.kubemu.assertions.api;

import io.kubemu.assertions.error.ConditionTimeoutError;
import io.kubemu.assertions.internal.ClusterState;
import io.kubemu.assertions.internal.GoDurations;
import io.kubemu.engine.Cluster;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for a condition in a cluster's <em>virtual</em> time, with Awaitility's vocabulary:
 *
 * <pre><code class='java'>await(cluster).atMost(Duration.ofMinutes(10)).alias("5 pods ready")
 *     .until(() -&gt; cluster.list(Pod.class, "app", "app=web").stream().filter(PodPredicates.ready()).count() == 5);
 * await(cluster).untilAsserted(() -&gt; assertThat(cluster).deployment("app/web").hasReadyReplicas(5));</code>
 * </pre>
 *
 * <p>The condition is checked at once, then the cluster advances to the time of its next pending
 * task (everything due at that instant runs) and the condition is checked again, instant after
 * instant, until it holds or the virtual budget is spent. No wall-clock time passes and nothing
 * sleeps; the same cluster and seed give the same result every time. A condition that reads the
 * clock rather than the cluster can bound the step with {@link #pollInterval(Duration)}.
 *
 * <p>A timeout throws {@link ConditionTimeoutError} (an AssertionError) naming the condition (its
 * alias, else the method that waited), the virtual time, the last AssertionError of {@link
 * #untilAsserted} and the cluster's state. An exception other than an AssertionError thrown by the
 * condition propagates at once unless {@link #ignoreExceptions()} was set.
 *
 * <p>Defaults: at most {@value #DEFAULT_TIMEOUT_MINUTES} minutes of virtual time, no minimum, no
 * {@code during}, event-driven steps, exceptions propagate. Immutable: every setting returns a new
 * instance, so a configured instance can be shared; waiting is not thread-safe (nor is the
 * cluster). No static state.
 */
public final class VirtualAwait {

  /** The default virtual budget, in minutes. */
  public static final int DEFAULT_TIMEOUT_MINUTES = 10;

  /**
   * Steps after which a wait gives up even within the budget (a condition that keeps scheduling
   * work).
   */
  public static final long MAX_STEPS = 1_000_000;

  /** A check that may throw, for {@link #untilAsserted}. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    /** Runs the check; an AssertionError means "not yet". */
    void run() throws Throwable;
  }

  private final Cluster cluster;
  private final String alias;
  private final Duration atMost;
  private final Duration atLeast;
  private final Duration pollInterval;
  private final Duration during;
  private final boolean ignoreExceptions;

  private VirtualAwait(
      Cluster cluster,
      String alias,
      Duration atMost,
      Duration atLeast,
      Duration pollInterval,
      Duration during,
      boolean ignoreExceptions) {
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    this.alias = alias;
    this.atMost = atMost;
    this.atLeast = atLeast;
    this.pollInterval = pollInterval;
    this.during = during;
    this.ignoreExceptions = ignoreExceptions;
  }

  /** {@return a wait on the cluster with the defaults} */
  public static VirtualAwait await(Cluster cluster) {
    return new VirtualAwait(
        cluster,
        null,
        Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES),
        Duration.ZERO,
        null,
        Duration.ZERO,
        false);
  }

  /** {@return a copy naming the condition in timeout messages} */
  public VirtualAwait alias(String alias) {
    return new VirtualAwait(
        cluster, alias, atMost, atLeast, pollInterval, during, ignoreExceptions);
  }

  /**
   * {@return a copy with this virtual budget; default {@value #DEFAULT_TIMEOUT_MINUTES} minutes}
   */
  public VirtualAwait atMost(Duration atMost) {
    return new VirtualAwait(
        cluster,
        alias,
        positive(atMost, "atMost"),
        atLeast,
        pollInterval,
        during,
        ignoreExceptions);
  }

  /** {@return a copy failing when the condition holds before this much virtual time; default 0} */
  public VirtualAwait atLeast(Duration atLeast) {
    return new VirtualAwait(
        cluster,
        alias,
        atMost,
        positive(atLeast, "atLeast"),
        pollInterval,
        during,
        ignoreExceptions);
  }

  /**
   * {@return a copy that never advances more than {@code interval} at once, even when no task is
   * due sooner; default: advance to the next task}
   */
  public VirtualAwait pollInterval(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("pollInterval must be positive: " + interval);
    }
    return new VirtualAwait(cluster, alias, atMost, atLeast, interval, during, ignoreExceptions);
  }

  /** {@return a copy requiring the condition to hold for this much virtual time; default 0} */
  public VirtualAwait during(Duration during) {
    return new VirtualAwait(
        cluster,
        alias,
        atMost,
        atLeast,
        pollInterval,
        positive(during, "during"),
        ignoreExceptions);
  }

  /** {@return a copy treating any exception of the condition as "not yet"} */
  public VirtualAwait ignoreExceptions() {
    return new VirtualAwait(cluster, alias, atMost, atLeast, pollInterval, during, true);
  }

  /** {@return this; reads well: {@code await(cluster).atMost(...).and().pollInterval(...)}} */
  public VirtualAwait and() {
    return this;
  }

  /** {@return this; reads well: {@code await(cluster).with().alias(...)}} */
  public VirtualAwait with() {
    return this;
  }

  /**
   * Waits until the condition returns true.
   *
   * @return the virtual time waited
   * @throws ConditionTimeoutError if it did not within the budget
   */
  public Duration until(Callable<Boolean> condition) {
    return wait(() -> Boolean.TRUE.equals(condition.call()) ? null : NOT_YET).waited;
  }

  /**
   * Waits until the supplied value satisfies the predicate.
   *
   * @return the value that satisfied it
   * @throws ConditionTimeoutError if none did within the budget
   */
  public <T> T until(Callable<T> supplier, Predicate<? super T> predicate) {
    Object[] value = new Object[1];
    wait(
        () -> {
          value[0] = supplier.call();
          return predicate.test(cast(value[0])) ? null : NOT_YET;
        });
    return cast(value[0]);
  }

  /**
   * Waits until the assertion passes (throws no AssertionError).
   *
   * @return the virtual time waited
   * @throws ConditionTimeoutError embedding the last AssertionError if it did not within the budget
   */
  public Duration untilAsserted(ThrowingRunnable assertion) {
    return wait(() -> {
          assertion.run();
          return null;
        })
        .waited;
  }

  // ------------------------------------------------------------------ the loop

  private static final Throwable NOT_YET = new Throwable("not yet", null, false, false) {};

  private interface Probe {
    /** {@return null when satisfied, else why not} */
    Throwable check() throws Throwable;
  }

  private record Result(Duration waited) {}

  private Result wait(Probe probe) {
    String name =
        alias != null ? "Condition with alias '" + alias + "'" : "Condition defined in " + caller();
    Instant begin = cluster.now();
    Instant deadline = begin.plus(atMost);
    Instant holdingSince = null;
    Throwable last = null;
    for (long steps = 0; ; steps++) {
      Throwable why = evaluate(probe);
      Instant now = cluster.now();
      if (why == null) {
        if (holdingSince == null) holdingSince = now;
        if (!now.isBefore(holdingSince.plus(during))) {
          Duration early = Duration.between(begin, holdingSince);
          if (early.compareTo(atLeast) < 0) {
            throw timeout(
                name,
                "was fulfilled after "
                    + GoDurations.format(early)
                    + " of virtual time, earlier than the minimum of "
                    + GoDurations.format(atLeast),
                last,
                begin);
          }
          return new Result(Duration.between(begin, now));
        }
      } else {
        holdingSince = null;
        if (why != NOT_YET) last = why;
      }
      if (!now.isBefore(deadline) || steps >= MAX_STEPS) {
        String within = " within " + GoDurations.format(atMost) + " of virtual time";
        String outcome =
            during.isZero()
                ? "didn't complete" + within
                : "didn't hold for " + GoDurations.format(during) + within;
        throw timeout(
            name,
            steps >= MAX_STEPS ? outcome + " (gave up after " + steps + " steps)" : outcome,
            last,
            begin);
      }
      cluster.advanceTo(next(now, deadline, holdingSince));
    }
  }

  private Instant next(Instant now, Instant deadline, Instant holdingSince) {
    Instant next = deadline;
    Instant task = cluster.loop().nextTaskTime();
    if (task != null && task.isBefore(next)) next = task;
    if (pollInterval != null && now.plus(pollInterval).isBefore(next))
      next = now.plus(pollInterval);
    if (holdingSince != null && holdingSince.plus(during).isBefore(next))
      next = holdingSince.plus(during);
    return next.isBefore(now) ? now : next;
  }

  private Throwable evaluate(Probe probe) {
    try {
      return probe.check();
    } catch (AssertionError e) {
      return e;
    } catch (Throwable e) {
      if (ignoreExceptions && e instanceof Exception) return e;
      if (e instanceof RuntimeException r) throw r;
      if (e instanceof Error err) throw err;
      throw new IllegalStateException("the awaited condition threw " + e, e);
    }
  }

  private ConditionTimeoutError timeout(
      String name, String outcome, Throwable last, Instant begin) {
    Instant now = cluster.now();
    return new ConditionTimeoutError(
        name, outcome, now, Duration.between(begin, now), last, ClusterState.summary(cluster));
  }

  /** {@return the method that waited, as {@code Class.method} (a lambda named by its method)} */
  private static String caller() {
    String self = VirtualAwait.class.getName();
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(self))
                    .filter(f -> !f.getClassName().startsWith(self + "$"))
                    .filter(f -> !f.getClassName().equals(KubemuAssertions.class.getName()))
                    .findFirst()
                    .map(f -> f.getClassName() + "." + methodName(f.getMethodName()))
                    .orElse("an unknown method"));
  }

  private static String methodName(String name) {
    if (!name.startsWith("lambda$")) return name;
    int end = name.lastIndexOf('$');
    return end > "lambda$".length() ? name.substring("lambda$".length(), end) : name;
  }

  private static Duration positive(Duration d, String what) {
    if (d.isNegative()) throw new IllegalArgumentException(what + " must not be negative: " + d);
    return d;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }
}
