package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldHoldAtEveryInstant.shouldHoldAtEveryInstant;

import io.kubemu.assertions.internal.Slice;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.Selector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Invariants over a cluster's {@link Timeline}: a condition at every state ({@link
 * #holdsAtEveryInstant}) and counts over time ({@link #count}).
 *
 * <p>A state is the cluster after one write: every state the API server held is checked, so a surge
 * that lasts zero virtual seconds (a pod created, then an old one deleted at the same instant) is
 * seen. {@link #atEndOfEachInstant()} checks only the state at the end of each virtual instant.
 * {@link #after(Instant)} and {@link #until(Instant)} narrow the window; the state the window
 * starts with counts. A window without any state passes every check.
 *
 * <pre><code class='java'>assertThat(cluster.timeline()).after(rolloutStart)
 *     .count(Pod.class, "app=web").neverExceeded(6).neverBelow(4);</code></pre>
 */
public class TimelineAssert extends AbstractAssert<TimelineAssert, Timeline> {

  Nav nav = Nav.DEFAULT;
  Window window = Window.ALL;

  /** An assert on a timeline (public for soft-assertion proxies). */
  public TimelineAssert(Timeline actual) {
    super(actual, TimelineAssert.class);
  }

  /**
   * Narrows the window to the state at the end of {@code instant} and every later one: writes at
   * {@code instant} itself (e.g. a test's setup) are before the window.
   *
   * <pre><code class='java'>Instant setUp = cluster.now();
   * // ... roll out ...
   * assertThat(cluster.timeline()).after(setUp).count(Pod.class, "app=web").neverBelow(3);</code>
   * </pre>
   *
   * @return a new assert on the narrowed window
   */
  public TimelineAssert after(Instant instant) {
    return nav.timeline(actual, new Window(instant, window.until(), window.perInstant()));
  }

  /** {@return a new assert on the window ending with the writes at {@code instant} (included)} */
  public TimelineAssert until(Instant instant) {
    return nav.timeline(actual, new Window(window.after(), instant, window.perInstant()));
  }

  /**
   * {@return a new assert looking only at the state at the end of each virtual instant, not after
   * every write}
   */
  public TimelineAssert atEndOfEachInstant() {
    return nav.timeline(actual, new Window(window.after(), window.until(), true));
  }

  /**
   * Counts the objects of a type matching a label selector at each state.
   *
   * <pre><code class='java'>// passes for a rollout of 5 replicas with maxSurge 1
   * assertThat(cluster.timeline()).count(Pod.class, "app=web").neverExceeded(6);</code></pre>
   *
   * @param labelSelector as {@code kubectl -l} takes it; empty for all
   * @return an assert on the count over time
   */
  public <T extends KubernetesObject> TimelineCountAssert count(
      Class<T> type, String labelSelector) {
    Kind kind = Kinds.of(type);
    Selector selector = Selector.parse(labelSelector);
    String description =
        kind.plural() + (labelSelector.isEmpty() ? "" : " matching " + labelSelector);
    return count(type, description, o -> selector.matches(o.metadata().labels()));
  }

  /**
   * Counts the objects of a type satisfying a predicate at each state.
   *
   * <pre><code class='java'>assertThat(cluster.timeline()).after(setUp)
   *     .count(Pod.class, "ready web pods", PodPredicates.ready().and(PodPredicates.labels("app=web")))
   *     .neverBelow(4);</code></pre>
   *
   * @param description what is counted, for messages
   */
  public <T extends KubernetesObject> TimelineCountAssert count(
      Class<T> type, String description, Predicate<? super T> predicate) {
    isNotNull();
    Predicate<KubernetesObject> p = o -> predicate.test(type.cast(o));
    return nav.count(Replay.count(actual, window, Kinds.of(type), description, p));
  }

  /**
   * Verifies a condition on the cluster's state at every state of the window.
   *
   * <pre><code class='java'>// passes when a web pod was Ready at every moment of the rollout
   * assertThat(cluster.timeline()).after(setUp)
   *     .holdsAtEveryInstant("a ready web pod", s -> s.count(Pod.class, PodPredicates.ready()) > 0);
   * // fails naming the first write after which it did not hold, with the writes around it</code>
   * </pre>
   *
   * @param description the condition, for messages
   * @param condition evaluated on each {@link ClusterSnapshot}
   */
  public TimelineAssert holdsAtEveryInstant(
      String description, Predicate<ClusterSnapshot> condition) {
    isNotNull();
    List<Replay.State> states = Replay.states(actual, window);
    for (int i = 0; i < states.size(); i++) {
      if (!condition.test(states.get(i).snapshot())) {
        ClusterSnapshot s = states.get(i).snapshot();
        throwAssertionError(
            shouldHoldAtEveryInstant(
                description,
                window.phrase(),
                s.time(),
                s.lastWrite().orElseThrow().sequence(),
                slice(states, i, condition)));
      }
    }
    return myself;
  }

  private static String slice(List<Replay.State> states, int marked, Predicate<ClusterSnapshot> c) {
    List<Slice.Row> rows = new ArrayList<>();
    int last = Math.min(states.size() - 1, marked + Slice.AFTER);
    for (int i = 0; i <= last; i++) {
      Replay.State st = states.get(i);
      ClusterSnapshot s = st.snapshot();
      String holds = i < marked ? "holds" : (c.test(s) ? "holds" : "violated");
      rows.add(
          new Slice.Row(
              Replay.rowText(s.lastWrite().orElseThrow(), s.time(), st.carried()), holds));
    }
    for (int i = last + 1; i < states.size(); i++) rows.add(new Slice.Row("", ""));
    return Slice.render(rows, marked);
  }
}
