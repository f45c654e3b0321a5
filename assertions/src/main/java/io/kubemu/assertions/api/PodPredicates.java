package io.kubemu.assertions.api;

import io.kubemu.assertions.internal.PodStates;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Predicates on pods for counts over the timeline, snapshots and virtual waits:
 *
 * <pre>
 * <code class='java'>await(cluster).until(() -&gt; cluster.list(Pod.class, "app", "app=web").stream().filter(ready()).count() == 5);
 * assertThat(cluster.timeline()).count(Pod.class, "ready web pods", ready().and(labels("app=web"))).neverBelow(4);</code>
 * </pre>
 */
public final class PodPredicates {
  private PodPredicates() {}

  /** {@return pods whose Ready condition is True} */
  public static Predicate<Pod> ready() {
    return PodStates::isReady;
  }

  /** {@return pods in the phase} */
  public static Predicate<Pod> phase(String phase) {
    return p -> Objects.equals(phase, PodStates.phase(p));
  }

  /** {@return pods in phase Running} */
  public static Predicate<Pod> running() {
    return phase(Pod.PHASE_RUNNING);
  }

  /** {@return pods whose labels match a selector as {@code kubectl -l} takes it} */
  public static Predicate<Pod> labels(String labelSelector) {
    Selector selector = Selector.parse(labelSelector);
    return p -> selector.matches(p.metadata().labels());
  }

  /** {@return pods bound to a node} */
  public static Predicate<Pod> scheduled() {
    return p -> PodStates.nodeName(p) != null;
  }

  /** {@return pods bound to the named node} */
  public static Predicate<Pod> onNode(String node) {
    return p -> node.equals(PodStates.nodeName(p));
  }

  /** {@return pods with a deletionTimestamp (kubectl's Terminating)} */
  public static Predicate<Pod> terminating() {
    return PodStates::isTerminating;
  }
}
