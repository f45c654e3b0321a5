package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldNeverExceed.shouldNeverBeBelow;
import static io.kubemu.assertions.error.ShouldNeverExceed.shouldNeverExceed;

import io.kubemu.assertions.error.ShouldNeverExceed.Stats;
import java.util.List;
import java.util.function.IntPredicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on a count over a timeline ({@link CountOverTime}): bounds it never crossed, and its
 * maximum and minimum as numbers. Reached with {@link TimelineAssert#count}. A count over no state
 * passes every bound; its max and min are 0.
 */
public class TimelineCountAssert extends AbstractAssert<TimelineCountAssert, CountOverTime> {

  Nav nav = Nav.DEFAULT;

  /** An assert on a count over time (public for soft-assertion proxies). */
  public TimelineCountAssert(CountOverTime actual) {
    super(actual, TimelineCountAssert.class);
  }

  /**
   * Verifies the count never went above {@code max}.
   *
   * <pre><code class='java'>// passes for 5 replicas rolled with maxSurge 1
   * assertThat(cluster.timeline()).count(Pod.class, "app=web").neverExceeded(6);
   * // fails with the first state above it, marked among the writes around it</code></pre>
   */
  public TimelineCountAssert neverExceeded(int max) {
    return check(
        c -> c > max, (stats, slice) -> shouldNeverExceed(actual.description(), max, stats, slice));
  }

  /**
   * Verifies the count never went below {@code min}.
   *
   * <pre>
   * <code class='java'>// passes for 5 replicas rolled with maxUnavailable 1, after the initial rollout
   * assertThat(cluster.timeline()).after(ready).count(Pod.class, "ready pods", PodPredicates.ready()).neverBelow(4);
   * // fails with the first state below it</code></pre>
   */
  public TimelineCountAssert neverBelow(int min) {
    return check(
        c -> c < min,
        (stats, slice) -> shouldNeverBeBelow(actual.description(), min, stats, slice));
  }

  /**
   * Navigates to the largest count.
   *
   * <pre>
   * <code class='java'>assertThat(cluster.timeline()).count(Pod.class, "app=web").max().isEqualTo(6);</code>
   * </pre>
   */
  public AbstractIntegerAssert<?> max() {
    isNotNull();
    return nav.integer(actual.max(), "max of " + actual.description());
  }

  /**
   * Navigates to the smallest count.
   *
   * <pre>
   * <code class='java'>assertThat(cluster.timeline()).after(ready).count(Pod.class, "app=web").min().isGreaterThanOrEqualTo(4);</code>
   * </pre>
   */
  public AbstractIntegerAssert<?> min() {
    isNotNull();
    return nav.integer(actual.min(), "min of " + actual.description());
  }

  private interface Message {
    ErrorMessageFactory create(Stats stats, String slice);
  }

  private TimelineCountAssert check(IntPredicate violates, Message message) {
    isNotNull();
    List<CountOverTime.Point> points = actual.points();
    for (int i = 0; i < points.size(); i++) {
      CountOverTime.Point p = points.get(i);
      if (violates.test(p.count())) {
        Stats stats =
            new Stats(
                p.count(),
                p.time(),
                p.write().sequence(),
                actual.max(),
                actual.min(),
                points.size());
        throwAssertionError(message.create(stats, Replay.countSlice(actual, i)));
      }
    }
    return myself;
  }
}
