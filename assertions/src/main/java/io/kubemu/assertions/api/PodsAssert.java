package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldBeCreatedAfterPreviousReady.shouldBeCreatedAfterPreviousReady;
import static io.kubemu.assertions.error.ShouldBeCreatedAfterPreviousReady.shouldHaveBeenCreated;
import static io.kubemu.assertions.error.ShouldHaveHappenedInOrder.shouldHaveHappened;
import static io.kubemu.assertions.error.ShouldHaveHappenedInOrder.shouldHaveHappenedInOrder;

import io.kubemu.assertions.internal.Milestone;
import io.kubemu.assertions.internal.PodHistory;
import io.kubemu.assertions.internal.PodHistory.Point;
import io.kubemu.assertions.internal.Slice;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assertions on a group of pods: list assertions, state and filters ({@link AbstractPodsAssert}),
 * placement ({@link AbstractPodsPlacementAssert}) and the order of their lives read from the
 * cluster's timeline.
 *
 * <p>Ordering assertions name pods, deleted ones included: a name is looked up in the group's
 * namespace ({@code pods("app", ...)}), else the namespace all the pods share, else {@code
 * default}; {@code namespace/name} is also accepted. Each milestone is the first write that shows
 * it (see {@link Milestone}); writes at one virtual instant are ordered as they were committed.
 *
 * <pre>
 * <code class='java'>assertThat(cluster).pods("app", "app=nginx").hasSize(3).allAreReady().areSpreadOverNodes(3);
 * assertThat(cluster).pods("app", "app=nginx").wereCreatedOrderedReady();</code></pre>
 */
public class PodsAssert extends AbstractPodsPlacementAssert<PodsAssert> {

  /** An assert on a list of pods (public for soft-assertion proxies). */
  public PodsAssert(List<? extends Pod> actual) {
    super(actual, PodsAssert.class);
  }

  @Override
  protected PodsAssert newAbstractIterableAssert(Iterable<? extends Pod> iterable) {
    List<Pod> pods = new ArrayList<>();
    iterable.forEach(pods::add);
    return nav.pods(pods, namespace);
  }

  /**
   * Verifies the pods were first created in this order.
   *
   * <pre><code class='java'>// passes for a StatefulSet scaled up from 0
   * assertThat(cluster).pods("app").wereCreatedInOrder("web-0", "web-1", "web-2");
   * // fails: "but web-2 was created before web-1" with each pod's creation time</code></pre>
   */
  public PodsAssert wereCreatedInOrder(String... names) {
    return inOrder(Milestone.CREATED, names);
  }

  /**
   * Verifies the pods first became Ready in this order.
   *
   * <pre><code class='java'>// passes when web-0 was Ready before web-1, and web-1 before web-2
   * assertThat(cluster).pods("app").becameReadyInOrder("web-0", "web-1", "web-2");
   * // fails naming the first pod Ready too early, or one never Ready</code></pre>
   */
  public PodsAssert becameReadyInOrder(String... names) {
    return inOrder(Milestone.READY, names);
  }

  /**
   * Verifies the pods' termination began in this order: the first write giving each a
   * deletionTimestamp (a graceful delete), or its removal when it had none (a forced delete).
   *
   * <pre><code class='java'>// passes for a StatefulSet scaled down from 3 to 0
   * assertThat(cluster).pods("app").wereTerminatedInOrder("web-2", "web-1", "web-0");
   * // fails naming the first pod terminated too early</code></pre>
   */
  public PodsAssert wereTerminatedInOrder(String... names) {
    return inOrder(Milestone.TERMINATED, names);
  }

  /**
   * Verifies the pods left the store ({@code deleted-final}) in this order.
   *
   * <pre><code class='java'>// passes when web-2 was gone before web-1, and web-1 before web-0
   * assertThat(cluster).pods("app").wereDeletedInOrder("web-2", "web-1", "web-0");</code></pre>
   */
  public PodsAssert wereDeletedInOrder(String... names) {
    return inOrder(Milestone.DELETED, names);
  }

  /**
   * Verifies each pod was created only while the previous one existed and was Ready: a
   * StatefulSet's {@code OrderedReady} pod management. Without names, the group's pods are taken in
   * ordinal order (the number after the last {@code -}).
   *
   * <pre><code class='java'>// passes for an OrderedReady StatefulSet
   * assertThat(cluster).pods("app", "app=nginx").wereCreatedOrderedReady();
   * // fails for Parallel: "but web-1 was created at ... while web-0 was not Ready"</code></pre>
   */
  public PodsAssert wereCreatedOrderedReady(String... names) {
    isNotNull();
    Timeline timeline = nav.cluster("wereCreatedOrderedReady(...)").timeline();
    List<String> order = names.length == 0 ? ordinalOrder() : List.of(names);
    PodHistory previous = null;
    for (String name : order) {
      PodHistory history = PodHistory.of(timeline, key(name));
      Point created = history.first(Milestone.CREATED);
      if (created == null) throwAssertionError(shouldHaveBeenCreated(order, name));
      long at = created.entry().sequence();
      if (previous != null && !previous.readyBefore(at)) {
        String prev = order.get(order.indexOf(name) - 1);
        throwAssertionError(
            shouldBeCreatedAfterPreviousReady(
                order, name, when(created), prev, writes(previous, history, at)));
      }
      previous = history;
    }
    return myself;
  }

  private PodsAssert inOrder(Milestone milestone, String... names) {
    isNotNull();
    Timeline timeline = nav.cluster("ordering assertions").timeline();
    List<String> expected = List.of(names);
    List<Point> reached = new ArrayList<>();
    for (String name : names) reached.add(PodHistory.of(timeline, key(name)).first(milestone));
    for (int i = 0; i < names.length; i++) {
      if (reached.get(i) == null) {
        throwAssertionError(
            shouldHaveHappened(milestone, expected, names[i], times(milestone, names, reached, i)));
      }
      if (i > 0 && reached.get(i).entry().sequence() < reached.get(i - 1).entry().sequence()) {
        throwAssertionError(
            shouldHaveHappenedInOrder(
                milestone, expected, names[i], names[i - 1], times(milestone, names, reached, i)));
      }
    }
    return myself;
  }

  /** The pods' milestones in actual order (missing ones last), the offender marked. */
  private static String times(
      Milestone milestone, String[] names, List<Point> reached, int marked) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < names.length; i++) order.add(i);
    order.sort(
        Comparator.comparingLong(
            i -> reached.get(i) == null ? Long.MAX_VALUE : reached.get(i).entry().sequence()));
    List<Slice.Row> rows = new ArrayList<>();
    for (int i : order) {
      Point p = reached.get(i);
      String text =
          p == null
              ? names[i] + " " + milestone.never()
              : names[i] + " " + milestone.past() + " at " + when(p);
      rows.add(new Slice.Row(text, ""));
    }
    return Slice.render(rows, order.indexOf(marked));
  }

  /** Both pods' writes up to a few after the creation, the creation marked. */
  private static String writes(PodHistory previous, PodHistory created, long at) {
    List<Point> points = new ArrayList<>(previous.points());
    points.addAll(created.points());
    points.sort(Comparator.comparingLong(p -> p.entry().sequence()));
    List<Slice.Row> rows = new ArrayList<>();
    int marked = 0;
    for (Point p : points) {
      if (p.entry().sequence() == at) marked = rows.size();
      rows.add(new Slice.Row("#" + p.entry().sequence() + " " + p.entry().line(), ""));
    }
    return Slice.render(rows, marked);
  }

  private static String when(Point p) {
    return p.entry().time() + " (write #" + p.entry().sequence() + ")";
  }

  private List<String> ordinalOrder() {
    return actual.stream()
        .map(p -> p.metadata().name())
        .sorted(Comparator.comparingLong(PodsAssert::ordinal).thenComparing(n -> n))
        .toList();
  }

  private static long ordinal(String name) {
    try {
      return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private String key(String name) {
    if (name.contains("/")) return name;
    String ns = namespace;
    if (ns == null) {
      List<String> namespaces =
          actual.stream().map(p -> p.metadata().namespace()).distinct().toList();
      ns = namespaces.size() == 1 ? namespaces.get(0) : "default";
    }
    return ns + "/" + name;
  }
}
