package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverBeBelowAvailable;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverBeBelowReady;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldNeverExceedPods;
import static io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.shouldScaleDownOldOnlyAfterNewAvailable;

import io.kubemu.assertions.error.ShouldStayWithinRolloutBounds.Offence;
import io.kubemu.assertions.internal.Slice;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Invariants of a Deployment's rollout over the cluster's timeline, as kube-controller-manager
 * promises them: never more than {@code replicas + maxSurge} pods, never fewer than {@code replicas
 * - maxUnavailable} available, and old ReplicaSets scaled down only once new pods are available.
 * Reached with {@link DeploymentAssert#rollout()}; see {@link RolloutOverTime} for what is counted.
 * Every state after a write is checked, so a surge lasting zero virtual seconds is seen. A failure
 * names the first offending state and prints the states around it with their pod counts.
 *
 * <pre><code class='java'>Instant before = cluster.now();
 * cluster.apply(Manifests.readResource("seed/manifests/nginx-v1.14.yaml"));
 * cluster.rollout().status("app/nginx-deploy");
 * assertThat(cluster).deployment("app/nginx-deploy").rollout().after(before)
 *     .staysWithinItsBounds()      // the Deployment's own maxSurge and maxUnavailable
 *     .neverExceededPods(6)
 *     .neverBelowAvailable(5);</code></pre>
 *
 * <p>The Deployment's bounds are read at each state, so they follow a re-applied strategy. A
 * lowered bound (scale-down) and a raised minimum (scale-up, or the Deployment's first rollout)
 * count from the first state that meets them: a Deployment is not expected to have five available
 * pods the instant it is created.
 */
public class RolloutAssert extends AbstractAssert<RolloutAssert, RolloutOverTime> {

  Nav nav = Nav.DEFAULT;
  Timeline timeline;
  Window window = Window.ALL;

  /** An assert on a rollout over time (public for soft-assertion proxies). */
  public RolloutAssert(RolloutOverTime actual) {
    super(actual, RolloutAssert.class);
  }

  /** {@return an assert on the rollout of the Deployment {@code key} over a whole timeline} */
  static RolloutAssert of(Nav nav, Timeline timeline, Window window, String key) {
    RolloutOverTime r = RolloutOverTime.replay(timeline, window, key);
    RolloutAssert a =
        nav.soft == null
            ? new RolloutAssert(r)
            : nav.soft.proxy(RolloutAssert.class, RolloutOverTime.class, r);
    a.nav = nav;
    a.timeline = timeline;
    a.window = window;
    return a;
  }

  /**
   * Narrows the window to the states after the end of {@code instant}, as {@link
   * TimelineAssert#after(Instant)}: take {@code cluster.now()} before applying the change.
   *
   * @return a new assert on the narrowed window
   */
  public RolloutAssert after(Instant instant) {
    isNotNull();
    return of(nav, timeline, new Window(instant, window.until(), false), actual.deployment());
  }

  /** {@return a new assert on the window ending with the writes at {@code instant} (included)} */
  public RolloutAssert until(Instant instant) {
    isNotNull();
    return of(nav, timeline, new Window(window.after(), instant, false), actual.deployment());
  }

  /**
   * Checks {@link #neverExceedsMaxSurge()}, {@link #neverBelowMinAvailable()} and {@link
   * #scalesDownOldOnlyAfterNewPodsAreAvailable()}.
   */
  public RolloutAssert staysWithinItsBounds() {
    return neverExceedsMaxSurge()
        .neverBelowMinAvailable()
        .scalesDownOldOnlyAfterNewPodsAreAvailable();
  }

  /**
   * Verifies the rollout never ran more than {@code replicas + maxSurge} active pods.
   *
   * <pre>
   * <code class='java'>// passes for the seed's nginx-v1.14 (replicas 5, maxSurge 1): at most 6 pods
   * assertThat(cluster).deployment("app/nginx-deploy").rollout().after(before).neverExceedsMaxSurge();
   * // fails when a 7th pod ran, naming the write that created it</code></pre>
   */
  public RolloutAssert neverExceedsMaxSurge() {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    boolean armed = true;
    for (int i = 0; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      if (i > 0 && s.maxPods() < states.get(i - 1).maxPods()) armed = false;
      if (!armed && s.pods() <= s.maxPods()) armed = true;
      if (armed && s.pods() > s.maxPods()) {
        fail(
            shouldNeverExceedPods(
                actual.deployment(),
                s.maxPods() + " (replicas " + s.replicas() + " + maxSurge " + s.maxSurge() + ")",
                actual.window(),
                offence("it had " + s.pods() + " pods", i)));
      }
    }
    return myself;
  }

  /**
   * Verifies the rollout never had fewer than {@code replicas - maxUnavailable} available pods,
   * from the first state that had that many.
   *
   * <pre>
   * <code class='java'>// passes for the seed's blue-green (maxUnavailable 0): 5 available throughout
   * assertThat(cluster).deployment("app/nginx-deploy").rollout().neverBelowMinAvailable();</code>
   * </pre>
   */
  public RolloutAssert neverBelowMinAvailable() {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    boolean armed = false;
    for (int i = 0; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      if (i > 0 && s.minAvailable() > states.get(i - 1).minAvailable()) armed = false;
      if (!armed && s.available() >= s.minAvailable()) armed = true;
      if (armed && s.available() < s.minAvailable()) {
        fail(
            shouldNeverBeBelowAvailable(
                actual.deployment(),
                minBound(s),
                actual.window(),
                offence("it had " + s.available() + " available pods", i)));
      }
    }
    return myself;
  }

  /**
   * Verifies that whenever an old ReplicaSet (any but the one with the highest revision) was scaled
   * down, the ReplicaSets still kept {@code replicas - maxUnavailable} available pods, or the
   * scale-down removed only unavailable ones: old pods make way only for new available ones.
   *
   * <pre>
   * <code class='java'>// passes for the seed's rolling update; fails if the old set shrank before a new pod was ready
   * assertThat(cluster).deployment("app/nginx-deploy").rollout().after(before)
   *     .scalesDownOldOnlyAfterNewPodsAreAvailable();</code></pre>
   */
  public RolloutAssert scalesDownOldOnlyAfterNewPodsAreAvailable() {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    for (int i = 1; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      RolloutOverTime.State before = states.get(i - 1);
      if (s.carried() || !s.write().is(ReplicaSet.class)) continue;
      String name = s.write().object().metadata().name();
      if (name.equals(s.newReplicaSet())) continue;
      RolloutOverTime.ReplicaSetCount now = s.replicaSet(name);
      RolloutOverTime.ReplicaSetCount then = before.replicaSet(name);
      if (now == null || then == null || now.replicas() >= then.replicas()) continue;
      int kept = s.keptAvailable();
      if (kept < s.minAvailable() && kept < before.keptAvailable()) {
        fail(
            shouldScaleDownOldOnlyAfterNewAvailable(
                actual.deployment(),
                minBound(s),
                actual.window(),
                offence(
                    "ReplicaSet "
                        + name
                        + " was scaled down from "
                        + then.replicas()
                        + " to "
                        + now.replicas()
                        + ", keeping "
                        + kept
                        + " available pods",
                    i)));
      }
    }
    return myself;
  }

  /**
   * Verifies the rollout never ran more than {@code max} active pods.
   *
   * <pre>
   * <code class='java'>assertThat(cluster).deployment("app/web").rollout().after(before).neverExceededPods(6);</code>
   * </pre>
   */
  public RolloutAssert neverExceededPods(int max) {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    for (int i = 0; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      if (s.pods() > max) {
        fail(
            shouldNeverExceedPods(
                actual.deployment(),
                String.valueOf(max),
                actual.window(),
                offence("it had " + s.pods() + " pods", i)));
      }
    }
    return myself;
  }

  /**
   * Verifies the rollout never had fewer than {@code min} available pods in the window (from its
   * first state: start the window after the Deployment first became available).
   *
   * <pre><code class='java'>Instant before = cluster.now(); // 3 replicas available
   * cluster.rollout().setImage("app/web", "web", "nginx:1.26");
   * cluster.rollout().status("app/web");
   * assertThat(cluster).deployment("app/web").rollout().after(before).neverBelowAvailable(3);</code>
   * </pre>
   */
  public RolloutAssert neverBelowAvailable(int min) {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    for (int i = 0; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      if (s.available() < min) {
        fail(
            shouldNeverBeBelowAvailable(
                actual.deployment(),
                String.valueOf(min),
                actual.window(),
                offence("it had " + s.available() + " available pods", i)));
      }
    }
    return myself;
  }

  /** As {@link #neverBelowAvailable(int)} for pods Ready, whatever {@code minReadySeconds}. */
  public RolloutAssert neverBelowReady(int min) {
    isNotNull();
    List<RolloutOverTime.State> states = actual.states();
    for (int i = 0; i < states.size(); i++) {
      RolloutOverTime.State s = states.get(i);
      if (s.ready() < min) {
        fail(
            shouldNeverBeBelowReady(
                actual.deployment(),
                String.valueOf(min),
                actual.window(),
                offence("it had " + s.ready() + " ready pods", i)));
      }
    }
    return myself;
  }

  private static String minBound(RolloutOverTime.State s) {
    return s.minAvailable()
        + " (replicas "
        + s.replicas()
        + " - maxUnavailable "
        + s.maxUnavailable()
        + ")";
  }

  private Offence offence(String found, int marked) {
    RolloutOverTime.State s = actual.states().get(marked);
    return new Offence(found, s.time(), s.write().sequence(), slice(actual.states(), marked));
  }

  private void fail(org.assertj.core.error.ErrorMessageFactory message) {
    throwAssertionError(message);
  }

  static String slice(List<RolloutOverTime.State> states, int marked) {
    List<Slice.Row> rows = new ArrayList<>();
    for (RolloutOverTime.State s : states) {
      rows.add(new Slice.Row(Replay.rowText(s.write(), s.time(), s.carried()), s.counts()));
    }
    return Slice.render(rows, marked);
  }
}
